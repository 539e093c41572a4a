/**
 * Everything a monthly summary or quarterly circular states, gathered from the KPI engine: the
 * figures of the period, of the period before and of the same period last year, the ranked
 * member departments with their statistics, and the rows for the attachments.
 */
import { KPI } from '../domain/kpi-keys';
import { addDays } from '../domain/dates';
import { bucketOf, type DateRange } from '../domain/period';
import type { KpiFigure } from '../metrics/scope';
import { departmentKpis, kpiEvidence, KpiQueryError, kpiSeries, kpisFor, type KpiPeriod, type KpiSetting } from '../metrics/operations';
import type { RankedDepartment } from '../metrics/ranking';
import type { EvidenceFacts } from '../metrics/evidence';
import type { Queryable } from '../store/repositories/sql-filter';
import { buildStatistics, type StatisticsRow } from './statistics';
import { submissionStatus } from '../oversight/submission';

export type ReportKind = 'summary' | 'circular';

export interface AttachmentRow {
  key: string;
  note: string | null;
  facts: EvidenceFacts | null;
  record: object;
}

/** A department taking part in an overdue task, and whether it is the one behind the delay. */
export interface Participant {
  code: string;
  name: string;
  initiator: boolean;
  /** Its last inspection in the task up to the cut-off. */
  lastInspected: string | null;
  late: boolean;
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
  /** Per overdue task, every department taking part: the initiator first. */
  participants: Map<string, Participant[]>;
  latePublications: AttachmentRow[];
  /** Names of the member departments with a month of the period without any result (报送情况). */
  unsubmitted: string[];
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

/**
 * The departments of each overdue task. A participant is late when it had no result in the task by
 * the deadline or inspected after it; when none was, the delay is the initiator's, who completes the task.
 */
async function overdueParticipants(db: Queryable, codes: string[], asOf: string): Promise<Map<string, Participant[]>> {
  const { rows } = await db.query(
    `select p.task_code, p.code, d.name, p.initiator, max(i.inspected_on)::text as last_inspected,
            count(i.id) filter (where i.inspected_on <= t.due_on) = 0 or max(i.inspected_on) > t.due_on as late
     from (select code as task_code, initiator_code as code, true as initiator from task where code = any($1::text[])
           union all
           select task_code, department_code, false from task_cooperator where task_code = any($1::text[])) p
     join task t on t.code = p.task_code
     join department d on d.code = p.code
     left join inspection i on i.task_code = p.task_code and i.department_code = p.code and i.inspected_on <= $2::date
     group by p.task_code, p.code, d.name, p.initiator, t.due_on
     order by p.task_code, p.initiator desc, p.code`,
    [codes, asOf],
  );
  const byTask = new Map<string, Participant[]>();
  for (const r of rows) {
    const list = byTask.get(r.task_code) ?? [];
    list.push({ code: r.code, name: r.name, initiator: r.initiator, lastInspected: r.last_inspected, late: r.late });
    byTask.set(r.task_code, list);
  }
  for (const list of byTask.values()) if (!list.some((p) => p.late)) list[0].late = true;
  return byTask;
}

export async function gatherCircularData(
  db: Queryable, setting: KpiSetting, kind: ReportKind, period: KpiPeriod, departmentCode: string | null = null,
): Promise<CircularData> {
  const full = { from: period.from, to: period.to, asOf: period.asOf ?? period.to };
  const department = departmentCode === null ? null : setting.departments.find((d) => d.code === departmentCode);
  if (department === undefined) throw new KpiQueryError(`部门代码 ${departmentCode} 不存在`);
  const filter = { departmentCode };
  const months = twelveMonths(full);
  const [figures, previous, lastYear, departments, statistics, overdue, late, joint, tiered, submissions] = await Promise.all([
    kpisFor(db, setting, full, filter),
    kpisFor(db, setting, periodBefore(full, kind), filter),
    kpisFor(db, setting, sameTimeLastYear(full), filter),
    departmentKpis(db, setting, full),
    buildStatistics(db, setting, full),
    kpiEvidence(db, setting, KPI.overdueTasks, full, filter, 'NUMERATOR', ATTACHMENT_LIMIT, 0),
    kpiEvidence(db, setting, KPI.timelyPublicationRate, full, filter, 'SHORTFALL', ATTACHMENT_LIMIT, 0),
    kpiSeries(db, setting, KPI.jointTaskShare, months, 'MONTH', false, filter),
    kpiSeries(db, setting, KPI.creditTieredTaskShare, months, 'MONTH', false, filter),
    submissionStatus(db, full),
  ]);
  const participants = await overdueParticipants(db, overdue.rows.map((r) => r.key), full.asOf);
  return {
    kind, period: full, department: department && { code: department.code, name: department.name }, figures, previous, lastYear, departments, statistics,
    overdueTasks: overdue.rows, participants, latePublications: late.rows,
    unsubmitted: submissions.filter((s) => s.monthsWithoutResults.length > 0).map((s) => s.departmentName),
    trend: { labels: joint.map((p) => p.label), joint: joint.map((p) => p.figure.value), tiered: tiered.map((p) => p.figure.value) },
  };
}
