/**
 * 报送情况: for each member department, when an import last wrote its rows and which months of a
 * period have no result of it. Rows carry the batch that last wrote them (batch ids grow with
 * time, imports are serialised), so the newest batch among a department's current rows — its
 * results, the tasks and plans it initiates, its inspectors and its items — is the last import
 * that wrote any of them; read from the end of an index per table, never by scanning.
 */
import { bucketOf, type DateRange } from '../domain/period';
import { addDays } from '../domain/dates';
import type { Queryable } from '../store/repositories/sql-filter';

export interface SubmissionStatus {
  departmentCode: string;
  departmentName: string;
  /** ISO 8601; null when no import has written a row of the department. */
  lastImportAt: string | null;
  /** Results of the department inspected in the period. */
  resultCount: number;
  /** "YYYY-MM" months of the period (clipped to it) with no result of the department. */
  monthsWithoutResults: string[];
}

/** The months a period touches, each clipped to it. */
export function periodMonths(period: DateRange): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  for (let start = period.from; start <= period.to; ) {
    const b = bucketOf(start, 'MONTH');
    out.push({ month: start.slice(0, 7), from: start, to: b.to < period.to ? b.to : period.to });
    start = addDays(b.to, 1);
  }
  return out;
}

export const MAX_PERIOD_MONTHS = 120;

export async function submissionStatus(db: Queryable, period: DateRange): Promise<SubmissionStatus[]> {
  const months = periodMonths(period);
  const { rows } = await db.query(
    `with m as (select * from unnest($1::text[], $2::date[], $3::date[]) as m(month, from_date, to_date)),
     d as (select code, name from department where is_member)
     select d.code as "departmentCode", d.name as "departmentName",
       (select to_char(b.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from import_batch b where b.id = greatest(
          (select max(batch_id) from inspection where department_code = d.code),
          (select max(batch_id) from task where initiator_code = d.code),
          (select max(batch_id) from plan where initiator_code = d.code),
          (select max(batch_id) from inspector where department_code = d.code),
          (select max(batch_id) from inspection_item where department_code = d.code))) as "lastImportAt",
       (select count(*) from inspection i where i.department_code = d.code and i.inspected_on between $4::date and $5::date)::int as "resultCount",
       array(select m.month from m
             where not exists (select 1 from inspection i where i.department_code = d.code and i.inspected_on between m.from_date and m.to_date)
             order by m.month) as "monthsWithoutResults"
     from d order by d.code`,
    [months.map((m) => m.month), months.map((m) => m.from), months.map((m) => m.to), period.from, period.to],
  );
  return rows as SubmissionStatus[];
}
