/** 自评表: each indicator for the State Council inspection with its value, target, verdict and rows. */
import type { IsoDate } from '../domain/dates';
import { formatBound, type KpiUnit } from '../../../common/format';
import { STATE_COUNCIL_KPIS } from '../domain/kpi-keys';
import { kpiDefinition } from '../metrics/definitions';
import type { KpiFilter, KpiPeriod } from '../metrics/operations';
import type { KpiFigure } from '../metrics/scope';

export interface SelfEvaluationRow {
  key: string;
  name: string;
  unit: KpiUnit;
  definition: string;
  source: string;
  value: number | null;
  numerator: number;
  denominator: number | null;
  target: number | null;
  comparator: string | null;
  met: boolean | null;
  /** The dashboard page listing the rows behind the figure. */
  link: string;
}

/** The rows of the table from the figures of the period and filter they were computed for. */
export function selfEvaluationRows(figures: readonly KpiFigure[], period: KpiPeriod, filter: KpiFilter, baseUrl: string): SelfEvaluationRow[] {
  const listed = new Set<string>(STATE_COUNCIL_KPIS);
  return figures.filter((f) => listed.has(f.key)).map((f) => {
    const d = kpiDefinition(f.key)!;
    const query = new URLSearchParams({ from: period.from, to: period.to });
    if (period.asOf) query.set('asOf', period.asOf as IsoDate);
    if (filter.departmentCode) query.set('department', filter.departmentCode);
    if (filter.regionCode) query.set('region', filter.regionCode);
    return {
      key: f.key, name: d.name, unit: d.unit as KpiUnit, definition: d.definition, source: d.source,
      value: f.value, numerator: f.numerator, denominator: f.denominator,
      target: f.target?.target ?? null, comparator: f.target?.comparator ?? null, met: f.met,
      link: `${baseUrl.replace(/\/$/, '')}/kpi/${f.key}?${query}`,
    };
  });
}

export const verdict = (met: boolean | null) => (met === null ? '无目标' : met ? '达标' : '未达标');

/** The target under the heading 目标 (no need to repeat the word); a dash where there is none. */
export const targetText = (r: SelfEvaluationRow) => (r.target === null || r.comparator === null ? '—' : formatBound(r.unit, r.comparator, r.target));
