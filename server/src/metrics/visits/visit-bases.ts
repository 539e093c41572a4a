/**
 * The row sets of the visit KPIs (检查频次), in the engine's CTE form (see ../bases.ts): visits
 * keyed by subject and day, repeat-visited and over-cap subjects keyed by subject. Each scope
 * carries its window W (`s.window_days`) and cap C (`s.cap`, null when none is set).
 *
 * All three read the (subject_code, inspected_on) visit index once for the statement's whole
 * range, grouped by subject as the index returns it, and only then meet the scopes: a subject's
 * results are compared with each other in memory, never through a join of the results table with
 * itself. Market entities are checked after the grouping, by primary key.
 */
import type { Cte } from '../ctes';

/** A result as the notes name it: 2024-07-01 A局（TA）. */
const named = (day: string, department: string, task: string) =>
  `${day} || ' ' || (select name from department where code = ${department}) || '（' || ${task} || '）'`;

export const VISIT_CTES: Record<string, Cte> = {
  // Every visit of the range: a market entity and a day, with the departments and tasks there.
  visit_all: {
    deps: [],
    materialized: true,
    sql: (_q, $) => (`select v.subject_code, v.inspected_on, v.departments, v.tasks
      from (select i.subject_code, i.inspected_on,
                   array_agg(distinct i.department_code order by i.department_code) as departments,
                   array_agg(distinct i.task_code order by i.task_code) as tasks
            from inspection i where i.inspected_on between ${$.firstDay} and ${$.lastDay}
            group by i.subject_code, i.inspected_on) v
      where not exists (select 1 from subject m where m.code = v.subject_code and not is_market_entity(m.subject_type))`),
  },
  // A scope's visits: all of its period, or those one of its departments took part in (once each,
  // however many of a region's departments were there).
  b_visit: {
    deps: ['scope', 'visit_all'],
    // Visits, spread over their departments (fenced by offset 0), meet the scopes' (scope,
    // department, period) pairs by hash, straight from the parameter arrays whose length the planner
    // knows: through scope_dept and scope it guesses one pair and loops over all visits once per
    // department (a region's 19 departments: 15 s instead of a fraction of one).
    sql: ({ kind }, $) => kind === 'none'
      ? `select s.id as scope_id, v.subject_code || ' ' || v.inspected_on as key, v.subject_code, v.inspected_on,
           v.departments, v.tasks, cardinality(v.departments) > 1 as joint
         from scope s join visit_all v on v.inspected_on between s.from_date and s.to_date`
      : `select distinct sd.scope_id, v.subject_code || ' ' || v.inspected_on as key, v.subject_code, v.inspected_on,
           v.departments, v.tasks, cardinality(v.departments) > 1 as joint
         from (select v.*, p.code from visit_all v cross join lateral unnest(v.departments) as p(code) offset 0) v
         join unnest(${$.pairScope}, ${$.pairDepartment}, ${$.pairFrom}, ${$.pairTo}) as sd(scope_id, code, from_date, to_date)
           on sd.code = v.code and v.inspected_on between sd.from_date and sd.to_date`,
  },
  // Two results of one subject by different departments on different days at most the widest
  // scope's W apart: the candidates every scope picks its repeats from. Only subjects seen by two
  // departments on two days are paired.
  repeat_pair: {
    deps: ['scope'],
    materialized: true,
    sql: (_q, $) => (`select c.subject_code, x.d as d1, x.t as t1, x.k as k1, y.d as d2, y.t as t2, y.k as k2
      from (select i.subject_code, array_agg(i.department_code) as depts, array_agg(i.inspected_on) as days, array_agg(i.task_code) as tasks
            from inspection i where i.inspected_on between ${$.firstDay} and ${$.lastDay}
            group by i.subject_code
            having min(i.department_code) <> max(i.department_code) and min(i.inspected_on) <> max(i.inspected_on)) c
      cross join lateral unnest(c.depts, c.days, c.tasks) as x(d, t, k)
      join lateral unnest(c.depts, c.days, c.tasks) as y(d, t, k)
        on y.d > x.d and y.t <> x.t and abs(y.t - x.t) <= (select max(window_days) from scope)
      where not exists (select 1 from subject m where m.code = c.subject_code and not is_market_entity(m.subject_type))`),
  },
  // A scope's repeat-visited subjects: a pair within its period and its W, one of the two by one
  // of its departments when it filters; the note names the pairs.
  b_repeat_subject: {
    deps: ['scope', 'scope_dept', 'repeat_pair'],
    sql: ({ kind }) => `select s.id as scope_id, p.subject_code as key,
        string_agg(distinct ${named('p.t1', 'p.d1', 'p.k1')} || ' 与 ' || ${named('p.t2', 'p.d2', 'p.k2')}, '；') as pairs
      from repeat_pair p
      ${kind === 'none' ? 'cross join scope s' : `cross join lateral (values (p.d1), (p.d2)) as e(code)
      join scope_dept sd on sd.code = e.code join scope s on s.id = sd.scope_id`}
      where p.t1 between s.from_date and s.to_date and p.t2 between s.from_date and s.to_date and abs(p.t2 - p.t1) <= s.window_days
      group by s.id, p.subject_code`,
  },
  // Member departments' days at each subject from the first 1 January of the scopes' years,
  // kept only where they exceed the smallest cap any scope has (no scope has one: no rows).
  cap_candidate: {
    deps: ['scope'],
    materialized: true,
    sql: (_q, $) => (`select i.subject_code, i.department_code, array_agg(distinct i.inspected_on order by i.inspected_on) as days
      from inspection i join department d on d.code = i.department_code and d.is_member
      where i.inspected_on between (select make_date(extract(year from min(to_date))::int, 1, 1) from scope) and ${$.lastDay}
      group by i.subject_code, i.department_code
      having count(distinct i.inspected_on) > (select min(cap) from scope)`),
  },
  // A scope's over-cap subjects: a member department (one of its own when it filters) on more than
  // C days from 1 January of the year of its end to its end; the note names the department's days.
  b_over_cap_subject: {
    deps: ['scope', 'scope_dept', 'cap_candidate'],
    sql: ({ kind }) => `select s.id as scope_id, c.subject_code as key,
        string_agg((select name from department where code = c.department_code) || ' ' || k.n || ' 天：' || k.days, '；'
                   order by c.department_code) as days
      from cap_candidate c
      ${kind === 'none' ? 'join scope s on s.cap is not null' : 'join scope_dept sd on sd.code = c.department_code join scope s on s.id = sd.scope_id and s.cap is not null'}
      cross join lateral (select count(*) as n, string_agg(t::text, '、' order by t) as days from unnest(c.days) as t
                          where t between make_date(extract(year from s.to_date)::int, 1, 1) and s.to_date) k
      where k.n > s.cap
        and not exists (select 1 from subject m where m.code = c.subject_code and not is_market_entity(m.subject_type))
      group by s.id, c.subject_code`,
  },
};
