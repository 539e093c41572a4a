/**
 * Everything a monthly summary or quarterly circular states, gathered from the KPI engine: the
 * figures of the period, of the period before and of the same period last year, the ranked
 * member departments with their statistics, and the rows for the attachments.
 */
import { addDays } from '../domain/dates';
import { bucketOf, type DateRange } from '../domain/period';
import type { KpiFigure } from '../metrics/scope';
import { departmentKpis, kpiEvidence, kpisFor, type KpiPeriod, type KpiSetting } from '../metrics/operations';
import type { RankedDepartment } from '../metrics/ranking';
import type { Queryable } from '../store/repositories/sql-filter';
import { buildStatistics, type StatisticsRow } from './statistics';

export type ReportKind = 'summary' | 'circular';

export interface AttachmentRow {
  key: string;
  note: string | null;
  record: object;
}

export interface CircularData {
  kind: ReportKind;
  period: Required<KpiPeriod>;
  figures: KpiFigure[];
  previous: KpiFigure[];
  lastYear: KpiFigure[];
  departments: RankedDepartment[];
  statistics: StatisticsRow[];
  overdueTasks: AttachmentRow[];
  latePublications: AttachmentRow[];
}

/** The month or quarter before, as circulars compare. */
export function periodBefore(period: DateRange, kind: ReportKind): DateRange {
  const b = bucketOf(addDays(period.from, -1), kind === 'summary' ? 'MONTH' : 'QUARTER');
  return { from: b.from, to: b.to };
}

export function sameTimeLastYear(period: DateRange): DateRange {
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`;
  return { from: back(period.from), to: back(period.to) };
}

/** Attachments list every row: a county's quarter is hundreds, not millions. */
const ATTACHMENT_LIMIT = 10_000;

export async function gatherCircularData(db: Queryable, setting: KpiSetting, kind: ReportKind, period: KpiPeriod): Promise<CircularData> {
  const full = { from: period.from, to: period.to, asOf: period.asOf ?? period.to };
  const [figures, previous, lastYear, departments, statistics, overdue, late] = await Promise.all([
    kpisFor(db, setting, full, {}),
    kpisFor(db, setting, periodBefore(full, kind), {}),
    kpisFor(db, setting, sameTimeLastYear(full), {}),
    departmentKpis(db, setting, full),
    buildStatistics(db, setting, full),
    kpiEvidence(db, setting, 'overdue_tasks', full, {}, 'NUMERATOR', ATTACHMENT_LIMIT, 0),
    kpiEvidence(db, setting, 'timely_publication_rate', full, {}, 'SHORTFALL', ATTACHMENT_LIMIT, 0),
  ]);
  return {
    kind, period: full, figures, previous, lastYear, departments, statistics,
    overdueTasks: overdue.rows, latePublications: late.rows,
  };
}
