import { loadBurdenSettingRows } from '../../store/repositories/inspection-burden.repository';
import type { Queryable } from '../../store/repositories/sql-filter';
import type { KpiSetting } from '../operations';
import { KpiQueryError } from '../query-error';
import { resolveBurden } from './burden-settings';
import { MAX_JOINT_OPPORTUNITIES } from './joint-opportunities';

export interface VisitedSubject {
  subject: { code: string; name: string };
  /** Distinct days with inspectors at the door (上门次数). */
  visits: number;
  departments: number;
  results: number;
  lastVisitOn: string;
}

export interface SubjectVisit {
  department: { code: string; name: string };
  inspectedOn: string;
  task: { code: string; name: string };
}

export interface PairSubject {
  subject: { code: string; name: string };
  /** Both departments' results at the subject in the period, by day. */
  visits: SubjectVisit[];
}

function checked(period: { from: string; to: string }, first: number | null): number {
  if (period.to < period.from) throw new KpiQueryError(`期间的结束日期 ${period.to} 早于开始日期 ${period.from}`);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_JOINT_OPPORTUNITIES) {
    throw new KpiQueryError(`first 应为 0–${MAX_JOINT_OPPORTUNITIES} 的整数，实为 ${limit}`);
  }
  return limit;
}

/**
 * The market entities with most days of visits in the period (all departments' results), most
 * first, then by code. Grouped in one pass over the subject visit index and sorted before the
 * market-entity check, so that only the leading groups are looked up (by primary key), not all.
 */
export async function mostVisitedSubjects(
  db: Queryable, period: { from: string; to: string }, first: number | null,
): Promise<VisitedSubject[]> {
  const limit = checked(period, first);
  const { rows } = await db.query(
    `select g.subject_code, m.name, g.visits, g.departments, g.results, g.last_visit_on::text
     from (select i.subject_code, count(distinct i.inspected_on)::int as visits, count(distinct i.department_code)::int as departments,
                  count(*)::int as results, max(i.inspected_on) as last_visit_on
           from inspection i where i.inspected_on between $1::date and $2::date
           group by i.subject_code
           order by visits desc, results desc, i.subject_code) g
     cross join lateral (select s.name from subject s where s.code = g.subject_code and is_market_entity(s.subject_type) offset 0) m
     order by g.visits desc, g.results desc, g.subject_code
     limit $3`,
    [period.from, period.to, limit],
  );
  return rows.map((r) => ({
    subject: { code: r.subject_code, name: r.name }, visits: r.visits, departments: r.departments, results: r.results, lastVisitOn: r.last_visit_on,
  }));
}

/**
 * The subjects behind one cell of the joint-opportunity map: market entities that departments A
 * and B each inspected in the period on different days at most W days apart, with both
 * departments' visits there. Read per department through its (department_code, inspected_on) index.
 */
export async function jointOpportunitySubjects(
  db: Queryable, setting: KpiSetting, period: { from: string; to: string }, departmentA: string, departmentB: string, first: number | null,
): Promise<PairSubject[]> {
  const limit = checked(period, first);
  for (const code of [departmentA, departmentB]) {
    if (!setting.departments.some((d) => d.code === code && d.isMember)) throw new KpiQueryError(`部门代码 ${code} 不是联席会议成员单位`);
  }
  const burden = resolveBurden(await loadBurdenSettingRows(db), Number(period.to.slice(0, 4)), setting.hubJurisdiction);
  const { rows } = await db.query(
    `with x as (select i.subject_code, i.department_code, i.inspected_on, i.task_code from inspection i
                where i.department_code in ($3, $4) and i.inspected_on between $1::date and $2::date),
     pair as (select distinct a.subject_code from x a join x b on b.subject_code = a.subject_code
              and a.department_code = $3 and b.department_code = $4
              and b.inspected_on <> a.inspected_on and b.inspected_on between a.inspected_on - $5::int and a.inspected_on + $5::int),
     chosen as (select p.subject_code, s.name from pair p join subject s on s.code = p.subject_code and is_market_entity(s.subject_type)
                order by p.subject_code limit $6)
     select c.subject_code, c.name,
       json_agg(json_build_object('department', json_build_object('code', d.code, 'name', d.name), 'inspectedOn', x.inspected_on,
                                  'task', json_build_object('code', t.code, 'name', t.name))
                order by x.inspected_on, x.department_code, x.task_code) as visits
     from chosen c join x on x.subject_code = c.subject_code
     join department d on d.code = x.department_code join task t on t.code = x.task_code
     group by c.subject_code, c.name
     order by c.subject_code`,
    [period.from, period.to, departmentA, departmentB, burden.repeatWindowDays, limit],
  );
  return rows.map((r) => ({ subject: { code: r.subject_code, name: r.name }, visits: r.visits }));
}
