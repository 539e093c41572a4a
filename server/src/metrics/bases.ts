/**
 * The row sets the KPIs count, as SQL common table expressions. Every set carries a `scope_id`:
 * one statement answers several scopes at once (each department, each month of a series). A
 * KPI's figure is a count (or a sum) of the rows of one set that meet its condition, and its
 * evidence is those very rows, so the two cannot disagree.
 *
 * All scopes of one statement share a filter kind (none, department or region), and the SQL is
 * written for that kind: a plain range scan for the whole jurisdiction, index look-ups by
 * department otherwise. No OR across kinds is left for the planner to guess about.
 *
 * Parameters: $1 scopes (jsonb: id, from_date, to_date, as_of, department, region prefix),
 * $2 credit-class bands per scope (jsonb), $3/$4 the calendar's range, $5 holidays on weekdays,
 * $6 weekend working days (调休) within it.
 */
export type BaseName = 'task' | 'result' | 'department' | 'item' | 'inspector' | 'subject' | 'plan' | 'saved_visit';

/** What the scopes of a statement filter by. */
export type FilterKind = 'none' | 'department' | 'region';

interface Cte {
  deps: string[];
  sql: (kind: FilterKind) => string;
}

const PUBLICATION_WORKING_DAYS = 20;
const MARKET_ENTITY_TYPES = `('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE')`;
const same = (sql: string) => () => sql;

export const CTES: Record<string, Cte> = {
  scope: {
    deps: [],
    sql: same(`select * from jsonb_to_recordset($1::jsonb)
      as s(id text, from_date date, to_date date, as_of date, department text, region text)`),
  },
  band: {
    deps: [],
    sql: same(`select * from jsonb_to_recordset($2::jsonb) as b(scope_id text, credit_class text, low numeric, high numeric)`),
  },
  // The departments a scope covers: all, one, or a region's.
  scope_dept: {
    deps: ['scope'],
    sql: (kind) => `select s.id as scope_id, d.code, d.is_member, d.qualified_staff
      from scope s join department d on ${{
        none: 'true',
        department: 'd.code = s.department and (s.region is null or d.region_code like s.region || \'%\')',
        region: `d.region_code like s.region || '%'`,
      }[kind]}`,
  },
  // Tasks starting within any scope's period, with the facts that do not depend on the scope.
  task_fact: {
    deps: ['scope'],
    sql: same(`select t.code, t.initiator_code, t.credit_tiered, t.starts_on, t.due_on, t.completed_on,
        exists (select 1 from task_cooperator c where c.task_code = t.code and c.department_code <> t.initiator_code) as is_joint
      from task t
      where t.starts_on between (select min(from_date) from scope) and (select max(to_date) from scope)`),
  },
  participant: {
    deps: ['task_fact'],
    sql: same(`select code as task_code, initiator_code as department_code from task_fact
      union
      select c.task_code, c.department_code from task_cooperator c join task_fact f on f.code = c.task_code`),
  },
  // T of each scope: tasks starting in its period in which one of its departments takes part.
  scope_task: {
    deps: ['scope', 'scope_dept', 'task_fact', 'participant'],
    sql: (kind) => kind === 'none'
      ? `select s.id as scope_id, f.code as task_code
         from scope s join task_fact f on f.starts_on between s.from_date and s.to_date`
      : `select distinct s.id as scope_id, f.code as task_code
         from scope s
         join scope_dept sd on sd.scope_id = s.id
         join participant p on p.department_code = sd.code
         join task_fact f on f.code = p.task_code and f.starts_on between s.from_date and s.to_date`,
  },
  // Per credit-tiered task with class counts: does every class with a pool draw within its band?
  // floor/ceil over numeric keep 100 × 3% at exactly 3.
  task_band_check: {
    deps: ['scope_task', 'band'],
    sql: same(`select st.scope_id, st.task_code,
        bool_and(d.drawn_count between floor(d.pool_count * b.low / 100) and ceil(d.pool_count * b.high / 100)) as complies,
        string_agg(case when d.drawn_count not between floor(d.pool_count * b.low / 100) and ceil(d.pool_count * b.high / 100)
          then d.credit_class || '类库内' || d.pool_count || '户抽取' || d.drawn_count || '户，应为 ' || floor(d.pool_count * b.low / 100)
            || '–' || ceil(d.pool_count * b.high / 100) || ' 户' end, '；' order by d.credit_class) as violations
      from scope_task st
      join task_class_draw d on d.task_code = st.task_code and d.pool_count > 0
      join band b on b.scope_id = st.scope_id and b.credit_class = d.credit_class
      group by st.scope_id, st.task_code`),
  },
  b_task: {
    deps: ['scope', 'scope_task', 'task_fact', 'task_band_check'],
    sql: same(`select st.scope_id, f.code as key, f.is_joint, f.credit_tiered,
        (c.task_code is not null) as has_class_counts, coalesce(c.complies, false) as complies, c.violations,
        f.due_on, f.completed_on,
        ((f.completed_on is null or f.completed_on > s.as_of) and f.due_on < s.as_of)
          or (f.completed_on <= s.as_of and f.completed_on > f.due_on) as overdue
      from scope_task st
      join scope s on s.id = st.scope_id
      join task_fact f on f.code = st.task_code
      left join task_band_check c on c.scope_id = st.scope_id and c.task_code = st.task_code`),
  },
  // Working days numbered in order: the Nth working day after D is the working day numbered n(D) + N.
  calendar: {
    deps: [],
    sql: same(`select day, working, sum(case when working then 1 else 0 end) over (order by day) as n
      from (select d::date as day,
                   (extract(isodow from d) < 6 and not (d::date = any ($5::date[]))) or d::date = any ($6::date[]) as working
            from generate_series($3::date, $4::date, interval '1 day') d) days`),
  },
  working_day: {
    deps: ['calendar'],
    sql: same(`select n, day from calendar where working`),
  },
  // I of each scope: the results of its period (of its departments, through their index).
  scope_result: {
    deps: ['scope', 'scope_dept'],
    sql: (kind) => `select s.id as scope_id, s.as_of, i.id, i.found_problem, i.inspected_on, i.published_on
      from scope s ${kind === 'none' ? '' : 'join scope_dept sd on sd.scope_id = s.id'}
      join inspection i on ${kind === 'none' ? '' : 'i.department_code = sd.code and'} i.inspected_on between s.from_date and s.to_date`,
  },
  b_result: {
    deps: ['scope_result', 'calendar', 'working_day'],
    sql: same(`select x.*,
        x.published and x.published_on <= x.deadline as timely,
        (x.published and x.published_on > x.deadline) or (not x.published and x.as_of > x.deadline) as late
      from (
        select r.scope_id, r.id as key, r.found_problem, r.inspected_on, r.published_on, r.as_of,
          (r.published_on is not null and r.published_on <= r.as_of) as published, w.day as deadline
        from scope_result r
        -- Left joins: a result is never dropped, even if the calendar's range were too short.
        left join calendar c on c.day = r.inspected_on
        left join working_day w on w.n = c.n + ${PUBLICATION_WORKING_DAYS}
      ) x`),
  },
  // Which departments take part in each scope's tasks, and which items those tasks use: joined
  // as sets, not probed once per department or item.
  scope_participant: {
    deps: ['scope_task', 'participant'],
    sql: same(`select distinct st.scope_id, p.department_code from scope_task st join participant p on p.task_code = st.task_code`),
  },
  scope_item_used: {
    deps: ['scope_task'],
    sql: same(`select distinct st.scope_id, ti.item_code from scope_task st join task_item ti on ti.task_code = st.task_code`),
  },
  b_department: {
    deps: ['scope_dept', 'scope_participant'],
    sql: same(`select sd.scope_id, sd.code as key, sd.qualified_staff, (sp.department_code is not null) as participates
      from scope_dept sd
      left join scope_participant sp on sp.scope_id = sd.scope_id and sp.department_code = sd.code
      where sd.is_member`),
  },
  b_item: {
    deps: ['scope_dept', 'scope_item_used'],
    sql: same(`select sd.scope_id, i.code as key, (u.item_code is not null) as covered
      from scope_dept sd join inspection_item i on i.department_code = sd.code
      left join scope_item_used u on u.scope_id = sd.scope_id and u.item_code = i.code
      where sd.is_member`),
  },
  b_inspector: {
    deps: ['scope', 'scope_dept'],
    sql: same(`select sd.scope_id, i.certificate_no as key, i.certificate_expires_on, i.certificate_expires_on >= s.as_of as valid
      from scope_dept sd join scope s on s.id = sd.scope_id
      join inspector i on i.department_code = sd.code
      where sd.is_member`),
  },
  // The subject table is the registry; a department's part of it is what its 入库 rows hold, and
  // only a region's several departments can hold the same subject twice.
  b_subject: {
    deps: ['scope', 'scope_dept'],
    sql: (kind) => `select ${kind === 'none' ? 'r.id' : 'r.scope_id'} as scope_id, s.code as key, s.subject_type in ${MARKET_ENTITY_TYPES} as market_entity,
        s.credit_class is not null as classified
      from ${{
        none: 'scope r cross join subject s',
        department: `(select sd.scope_id, sr.subject_code from scope_dept sd join subject_registry sr on sr.department_code = sd.code) r
          join subject s on s.code = r.subject_code`,
        region: `(select distinct sd.scope_id, sr.subject_code from scope_dept sd
                  join subject_registry sr on sr.department_code = sd.code) r
          join subject s on s.code = r.subject_code`,
      }[kind]}`,
  },
  b_plan: {
    deps: ['scope', 'scope_dept'],
    sql: (kind) => `select distinct s.id as scope_id, p.code as key, p.entered_on,
        p.entered_on <= least(s.as_of, make_date(p.year, 3, 31)) as on_time
      from scope s
      join plan p on p.year between extract(year from s.from_date) and extract(year from s.to_date)
      ${kind === 'none' ? '' : `join scope_dept sd on sd.scope_id = s.id
        and (sd.code = p.initiator_code
             or exists (select 1 from plan_cooperator c where c.plan_code = p.code and c.department_code = sd.code))`}`,
  },
  // 进一次门、查多项事: each joint task saves, per subject it reached, one visit per cooperator.
  b_saved_visit: {
    deps: ['scope', 'scope_task', 'task_fact'],
    // Codes hold no spaces, so a space joins the three parts of the key unambiguously.
    sql: same(`select st.scope_id, st.task_code || ' ' || v.subject_code || ' ' || c.department_code as key,
        st.task_code, v.subject_code, c.department_code
      from scope_task st
      join scope s on s.id = st.scope_id
      join task_fact f on f.code = st.task_code and f.is_joint
      -- Per joint task, its subjects through the (task_code, …) unique index.
      cross join lateral (select distinct i.subject_code from inspection i
                          where i.task_code = st.task_code and i.inspected_on <= s.as_of) v
      join task_cooperator c on c.task_code = st.task_code and c.department_code <> f.initiator_code`),
  },
};

/** The named CTEs with everything they depend on, dependencies first, written for `kind`. */
export function withClause(kind: FilterKind, names: string[]): string {
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    CTES[name].deps.forEach(visit);
    ordered.push(name);
  };
  names.forEach(visit);
  return `with ${ordered.map((name) => `${name} as (${CTES[name].sql(kind)})`).join(',\n')}`;
}
