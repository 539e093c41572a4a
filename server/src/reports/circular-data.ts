/**
 * Everything a monthly summary or quarterly circular states, gathered from the KPI engine: the
 * figures of the period, of the period before and of the same period last year, the ranked
 * member departments with their statistics, and the rows for the attachments.
 */
import { addDays } from '../domain/dates';
import { bucketOf, type DateRange } from '../domain/period';
import type { KpiFigure } from '../metrics/scope';
import { departmentKpis, kpiEvidence, KpiQueryError, kpiSeries, kpisFor, type KpiPeriod, type KpiSetting } from '../metrics/operations';
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
  /** The member department the report is about; null for the whole jurisdiction. */
  department: { code: string; name: string } | null;
  /** The report's own figures: the jurisdiction's, or its department's. */
  figures: KpiFigure[];
  previous: KpiFigure[];
  lastYear: KpiFigure[];
  /** Every member department, ranked: a department's report still shows where it stands. */
  departments: RankedDepartment[];
  statistics: StatisticsRow[];
  overdueTasks: AttachmentRow[];
  latePublications: AttachmentRow[];
  /** The twelve months up to the period's end: joint and credit-tiered shares. */
  trend: { labels: string[]; joint: (number | null)[]; tiered: (number | null)[] };
}

/** The twelve months ending with the period's last month. */
function twelveMonths(period: DateRange): DateRange {
  const end = bucketOf(period.to, 'MONTH');
  const start = new Date(`${end.from}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 11);
  return { from: start.toISOString().slice(0, 10), to: period.to };
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

export async function gatherCircularData(
  db: Queryable, setting: KpiSetting, kind: ReportKind, period: KpiPeriod, departmentCode: string | null = null,
): Promise<CircularData> {
  const full = { from: period.from, to: period.to, asOf: period.asOf ?? period.to };
  const department = departmentCode === null ? null : setting.departments.find((d) => d.code === departmentCode);
  if (department === undefined) throw new KpiQueryError(`部门代码 ${departmentCode} 不存在`);
  const filter = { departmentCode };
  const months = twelveMonths(full);
  const [figures, previous, lastYear, departments, statistics, overdue, late, joint, tiered] = await Promise.all([
    kpisFor(db, setting, full, filter),
    kpisFor(db, setting, periodBefore(full, kind), filter),
    kpisFor(db, setting, sameTimeLastYear(full), filter),
    departmentKpis(db, setting, full),
    buildStatistics(db, setting, full),
    kpiEvidence(db, setting, 'overdue_tasks', full, filter, 'NUMERATOR', ATTACHMENT_LIMIT, 0),
    kpiEvidence(db, setting, 'timely_publication_rate', full, filter, 'SHORTFALL', ATTACHMENT_LIMIT, 0),
    kpiSeries(db, setting, 'joint_task_share', months, 'MONTH', false, filter),
    kpiSeries(db, setting, 'credit_tiered_task_share', months, 'MONTH', false, filter),
  ]);
  return {
    kind, period: full, department: department && { code: department.code, name: department.name }, figures, previous, lastYear, departments, statistics,
    overdueTasks: overdue.rows, latePublications: late.rows,
    trend: { labels: joint.map((p) => p.label), joint: joint.map((p) => p.figure.value), tiered: tiered.map((p) => p.figure.value) },
  };
}
