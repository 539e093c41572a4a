import type { Queryable } from '../../store/repositories/sql-filter';
import { loadBurdenSettingRows } from '../../store/repositories/inspection-burden.repository';
import type { KpiSetting } from '../operations';
import { KpiQueryError } from '../query-error';
import { resolveBurden } from './burden-settings';

export interface JointOpportunity {
  departmentA: { code: string; name: string };
  departmentB: { code: string; name: string };
  /** Distinct market entities both came to, on different days at most W days apart. */
  subjects: number;
}

/**
 * Pairs of member departments that came separately to the same firms within W days: the office's
 * list of joint tasks to plan next year. One pass over the (subject_code, inspected_on) visit
 * index groups each subject's results (streaming, no sort); only subjects seen by two departments
 * on two days are paired, in memory, and only the subjects that pair up are looked up (by primary
 * key) for being market entities. A plain self-join of the period's visits spills and rescans:
 * about four times slower on the province set (docs/benchmarks/kpis.md).
 * $1/$2 the period, $3 W, $4 how many pairs, $5 the member departments.
 */
const PAIRS_SQL = `with s as (
    select i.subject_code, array_agg(i.department_code) as depts, array_agg(i.inspected_on) as days
    from inspection i
    where i.inspected_on between $1::date and $2::date and i.department_code = any ($5::text[])
    group by i.subject_code
    having min(i.department_code) <> max(i.department_code) and min(i.inspected_on) <> max(i.inspected_on)),
  candidate as (
    select s.subject_code, p.a, p.b
    from s cross join lateral (
      select distinct x.d as a, y.d as b
      from unnest(s.depts, s.days) x(d, t) join unnest(s.depts, s.days) y(d, t)
        on y.d > x.d and y.t <> x.t and y.t between x.t - $3::int and x.t + $3::int) p),
  pair as (
    select c.a, c.b, count(*)::int as subjects
    from candidate c
    where not exists (select 1 from subject m where m.code = c.subject_code and not is_market_entity(m.subject_type))
    group by c.a, c.b
    order by subjects desc, c.a, c.b
    limit $4)
  select p.a, da.name as a_name, p.b, db.name as b_name, p.subjects
  from pair p join department da on da.code = p.a join department db on db.code = p.b
  order by p.subjects desc, p.a, p.b`;

export const MAX_JOINT_OPPORTUNITIES = 500;

/** The whole hub's period, judged by the window set for the hub's jurisdiction in the year of `to`. */
export async function jointOpportunities(
  db: Queryable, setting: KpiSetting, period: { from: string; to: string }, first: number | null,
): Promise<JointOpportunity[]> {
  if (period.to < period.from) throw new KpiQueryError(`期间的结束日期 ${period.to} 早于开始日期 ${period.from}`);
  const limit = first ?? MAX_JOINT_OPPORTUNITIES;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_JOINT_OPPORTUNITIES) {
    throw new KpiQueryError(`first 应为 0–${MAX_JOINT_OPPORTUNITIES} 的整数，实为 ${limit}`);
  }
  const burden = resolveBurden(await loadBurdenSettingRows(db), Number(period.to.slice(0, 4)), setting.hubJurisdiction);
  const members = setting.departments.filter((d) => d.isMember).map((d) => d.code);
  const { rows } = await db.query(PAIRS_SQL, [period.from, period.to, burden.repeatWindowDays, limit, members]);
  return rows.map((r) => ({
    departmentA: { code: r.a, name: r.a_name },
    departmentB: { code: r.b, name: r.b_name },
    subjects: r.subjects,
  }));
}
