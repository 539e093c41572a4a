/** 自评表: each indicator for the State Council inspection with its value, target, verdict and rows. */
import type { IsoDate } from '../domain/dates';
import type { KpiUnit } from '../domain/format';
import { KPI_DEFINITIONS } from '../metrics/definitions';
import { kpisFor, type KpiFilter, type KpiPeriod, type KpiSetting } from '../metrics/operations';
import type { Queryable } from '../store/repositories/sql-filter';

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

export async function buildSelfEvaluation(
  db: Queryable, setting: KpiSetting, period: KpiPeriod, filter: KpiFilter, baseUrl: string,
): Promise<SelfEvaluationRow[]> {
  const figures = await kpisFor(db, setting, period, filter);
  return figures.map((f) => {
    const d = KPI_DEFINITIONS.find((k) => k.key === f.key)!;
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
