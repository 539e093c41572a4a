import type { EngineParam } from './engine-parameters';
import { CLASS_CHECK_CTES } from './class-check-ctes';
import { VISIT_CTES } from './visits/visit-bases';

/**
 * The row sets the KPIs count, as SQL common table expressions. Every set carries a `scope_id`:
 * one statement answers several scopes at once (each department, each month of a series). A
 * KPI's figure is a count (or a sum) of the rows of one set that meet its condition, and its
 * evidence is those very rows, so the two cannot disagree. Which columns each set offers the
 * catalogue is declared in base-sets.ts.
 *
 * All scopes of one statement share a filter kind (none, department or region), and the SQL is
 * written for that kind: a plain range scan for the whole jurisdiction, index look-ups by
 * department otherwise. No OR across kinds is left for the planner to guess about.
 *
 * Parameters are named (`${$.firstDay}`, see engine-parameters.ts) and passed as arrays wherever
 * there are rows, because unnest over an array parameter lets the planner see how many there are
 * (a JSON record set would be guessed at 100, a join at 1, and joined accordingly).
 */

/** What the scopes of a statement filter by. */
export type FilterKind = 'none' | 'department' | 'region';

/** What the SQL of a statement is written for. */
export interface StatementShape {
  kind: FilterKind;
  /**
   * Whether every department and year of the statement has the same publication window: then
   * deadlines are one per day; otherwise one per department and day.
   */
  uniformWindow: boolean;
  /** Whether the statement answers more than one scope (a league table, a series). */
  manyScopes: boolean;
  /**
   * Whether every scope has the same period and cut-off (a league table): rows then need no
   * per-scope date test, and the planner's row estimates stay exact instead of shrinking by a
   * guessed range selectivity (which turned hash joins into a probe per task).
   */
  samePeriod: boolean;
  /** Whether every scope is one department: a task then belongs to a scope once without a DISTINCT. */
  singleDepartment: boolean;
  /** Whether every class band of the scopes has at most 6 decimals: the check is then in bigints alone. */
  exactBands: boolean;
}

export type Refs = Record<EngineParam, string>;

/** The task columns scope_task carries, from the task table aliased `t`. */
const TASK_COLUMNS = (t: string) => `${t}.code as task_code, ${t}.initiator_code, ${t}.is_joint, ${t}.credit_tiered, ${t}.due_on, ${t}.completed_on`;

export interface Cte {
  /** The CTEs its SQL reads, for the shape it is written for. */
  deps: string[] | ((shape: StatementShape) => string[]);
  sql: (shape: StatementShape, $: Refs) => string;
  /**
   * Computed once, whatever the joins around it: a set read once for all scopes that the
   * planner, misjudging a few scopes as one row, would otherwise recompute for each of them.
   */
  materialized?: boolean;
  /**
   * Computed once (MATERIALIZED) for statements of many scopes filtered by department or region,
   * even where one set reads it: inlined, the planner may join its rows in an order that
   * multiplies them by the scopes. For one scope, and for the whole jurisdiction (a series, whose
   * tasks come straight from the covering start-date index), inlined plans are the faster: writing
   * and reading back 10^5 tasks cost more than the statements' joins (docs/benchmarks/kpis.md).
   */
  materializedForManyScopes?: boolean;
}

export const CTES: Record<string, Cte> = {
  scope: {
    deps: [],
    sql: (_q, $) => (`select * from unnest(${$.scopeIds}, ${$.scopeFrom}, ${$.scopeTo}, ${$.scopeAsOf}, ${$.scopeDepartment}, ${$.scopeRegion}, ${$.scopeBands},
        ${$.scopeRepeatWindow}, ${$.scopeVisitCap})
      as s(id, from_date, to_date, as_of, department, region, bands, window_days, cap)`),
  },
  // The departments a scope covers: all, one, or a region's.
  scope_dept: {
    deps: [],
    sql: (_q, $) => (`select x.scope_id, d.code, d.is_member, d.qualified_staff
      from unnest(${$.pairScope}, ${$.pairDepartment}) as x(scope_id, code) join department d on d.code = x.code`),
  },
  // T of each scope: tasks starting in its period in which one of its departments takes part.
  // The whole jurisdiction takes the start-date index's range; a filter starts from the scopes'
  // departments and reaches their tasks through the initiator and cooperator indexes, which
  // holds for one department as for the 55 of a league table. Each row carries
  // the task's columns the figures read and the scope's cut-off, so that later sets do not read
  // the task table again (initiators, flags, saved visits).
  //
  // One department per scope: a task is its initiator's once and each cooperator's once (a
  // cooperator row naming the initiator adds nothing), so no DISTINCT sorts the rows.
  scope_task: {
    deps: ['scope', 'scope_dept'],
    materializedForManyScopes: true,
    sql: ({ kind, samePeriod, singleDepartment }, $) => kind === 'none'
      ? `select s.id as scope_id, s.as_of, ${TASK_COLUMNS('t')}
         from scope s join task t on t.starts_on between s.from_date and s.to_date`
      : `select ${singleDepartment ? '' : 'distinct '}p.scope_id, s.as_of, p.task_code, p.initiator_code, p.is_joint, p.credit_tiered, p.due_on, p.completed_on
         from (select sd.scope_id, ${TASK_COLUMNS('t')}, t.starts_on from scope_dept sd
               join task t on t.initiator_code = sd.code and t.starts_on between ${$.firstDay} and ${$.lastDay}
               union all
               select sd.scope_id, ${TASK_COLUMNS('t')}, t.starts_on from scope_dept sd
               join task_cooperator c on c.department_code = sd.code
               join task t on t.code = c.task_code and t.starts_on between ${$.firstDay} and ${$.lastDay}
               ${singleDepartment ? 'where c.department_code <> t.initiator_code' : ''}) p
         join scope s on s.id = p.scope_id${samePeriod ? '' : ' and p.starts_on between s.from_date and s.to_date'}`,
  },
  // The scope's departments taking part in its tasks, as initiator or cooperator. A department
  // takes part in a task of the scope exactly when it takes part in any task starting in the
  // period (the scope's tasks are those its departments take part in), so this reads the months
  // of each department's tasks (task_participant_month, migration task_day_tallies) and no task.
  scope_participant: {
    deps: ['scope', 'scope_dept'],
    sql: () => `select distinct sd.scope_id, p.department_code
      from scope_dept sd join scope s on s.id = sd.scope_id
      join task_participant_month p on p.department_code = sd.code and ${monthsOf('p', 's')}`,
  },
  // The class columns come from left joins on the class sets' grouping key: a statement that
  // reads none of a set's columns has its join removed by the planner.
  b_task: {
    deps: ['scope_task', 'task_class_check', 'task_class_violation'],
    sql: () => `select st.scope_id, st.task_code as key, st.is_joint, st.credit_tiered,
        coalesce(c.draws, 0) > 0 as has_class_counts, coalesce(c.complies, false) as complies, v.violations,
        st.due_on, st.completed_on,
        ((st.completed_on is null or st.completed_on > st.as_of) and st.due_on < st.as_of)
          or (st.completed_on <= st.as_of and st.completed_on > st.due_on) as overdue
      from scope_task st
      left join task_class_check c on c.scope_id = st.scope_id and c.task_code = st.task_code
      left join task_class_violation v on v.scope_id = st.scope_id and v.task_code = st.task_code`,
  },
  // Working days numbered in order: the Nth working day after D is the working day numbered n(D) + N.
  calendar: {
    deps: [],
    sql: (_q, $) => (`select day, working, sum(case when working then 1 else 0 end) over (order by day) as n
      from (select d::date as day,
                   (extract(isodow from d) < 6 and not (d::date = any (${$.holidays}))) or d::date = any (${$.workingWeekends}) as working
            from generate_series(${$.calendarFrom}, ${$.calendarTo}, interval '1 day') d) days`),
  },
  // Each day's publication deadline: looked up once per day, not once per result.
  // With one window for all, per day; otherwise per department and day of the years its
  // window is set for (publication_window, from the settings).
  deadline: {
    deps: ['calendar'],
    sql: ({ uniformWindow }, $) => uniformWindow
      ? `select c.day, w.day as deadline
         from calendar c left join calendar w on w.working and w.n = c.n + ${$.publicationDays}`
      : `select pw.code as department_code, c.day, w.day as deadline
         from unnest(${$.windowDepartment}, ${$.windowYear}, ${$.windowDays}) as pw(code, year, days)
         join calendar c on c.day >= make_date(pw.year, 1, 1) and c.day < make_date(pw.year + 1, 1, 1)
         left join calendar w on w.working and w.n = c.n + pw.days`,
  },
  // I of each scope: the results of its period (of its departments, through their index).
  scope_result: {
    deps: ['scope', 'scope_dept'],
    // Lateral per department, kept from being flattened (offset 0), so that both the department
    // and the dates reach its index; flattened, the planner filters a department's every result.
    sql: ({ kind }, $) => kind === 'none'
      ? `select s.id as scope_id, s.as_of, i.id, i.department_code, i.found_problem, i.inspected_on, i.published_on
         from scope s join inspection i on i.inspected_on between s.from_date and s.to_date`
      : `select s.id as scope_id, s.as_of, i.id, sd.code as department_code, i.found_problem, i.inspected_on, i.published_on
         from scope s join scope_dept sd on sd.scope_id = s.id
         cross join lateral (select i.id, i.found_problem, i.inspected_on, i.published_on from inspection i
                             where i.department_code = sd.code and i.inspected_on between s.from_date and s.to_date
                             offset 0) i`,
  },
  b_result: {
    deps: ['scope_result', 'deadline'],
    sql: (shape) => resultFlags(shape, 'scope_result', 'r.id as key'),
  },
  // The results of the same scopes, grouped first by what the flags depend on (department, day
  // inspected, day published, problem found): a year of a province's results is a few tens of
  // thousands of groups, so a series of overlapping periods joins groups, not rows.
  // The whole jurisdiction with one window reads the cells the database keeps (result_day_tally
  // migration); where windows differ between departments it groups the rows by department.
  result_group: {
    deps: [],
    sql: ({ kind, uniformWindow }, $) => kind === 'none'
      ? (uniformWindow
        ? `select null::text as department_code, g.inspected_on, g.published_on, g.found_problem, g.results as n
           from result_day_tally g where g.inspected_on between ${$.firstDay} and ${$.lastDay}`
        : `select i.department_code, i.inspected_on, i.published_on, i.found_problem, count(*) as n
           from inspection i where i.inspected_on between ${$.firstDay} and ${$.lastDay}
           group by i.department_code, i.inspected_on, i.published_on, i.found_problem`)
      : `select d.code as department_code, i.inspected_on, i.published_on, i.found_problem, count(*) as n
         from (select distinct code from unnest(${$.pairDepartment}) as c(code)) d
         cross join lateral (select i.inspected_on, i.published_on, i.found_problem from inspection i
                             where i.department_code = d.code and i.inspected_on between ${$.firstDay} and ${$.lastDay}
                             offset 0) i
         group by d.code, i.inspected_on, i.published_on, i.found_problem`,
  },
  // Each scope's days, so that groups join scopes on equal days (hashed), not on a date range.
  // (Read instead by each scope's range of the cells' index, a cumulative series took 1.6× as long.)
  scope_result_group: {
    deps: ['scope', 'scope_dept', 'result_group'],
    sql: ({ kind }, $) => `select s.id as scope_id, s.as_of, g.department_code, g.found_problem, g.inspected_on, g.published_on, g.n
      from scope s cross join lateral generate_series(s.from_date, s.to_date, interval '1 day') as day
      ${kind === 'none' ? '' : 'join scope_dept sd on sd.scope_id = s.id'}
      join result_group g on ${kind === 'none' ? '' : 'g.department_code = sd.code and'} g.inspected_on = day::date`,
  },
  result_tally: {
    deps: ['scope_result_group', 'deadline'],
    sql: (shape) => resultFlags(shape, 'scope_result_group', 'r.n as results'),
  },
  // Which items each scope's tasks use, joined as a set, not probed once per item. The whole
  // jurisdiction reads them by month (task_item_month, migration task_day_tallies).
  scope_item_used: {
    deps: ({ kind }) => (kind === 'none' ? ['scope'] : ['scope_task']),
    sql: ({ kind }) => kind === 'none'
      ? `select distinct s.id as scope_id, u.item_code
         from scope s join task_item_month u on ${monthsOf('u', 's')}`
      : `select distinct st.scope_id, ti.item_code from scope_task st join task_item ti on ti.task_code = st.task_code`,
  },
  b_department: {
    deps: ['scope_dept', 'scope_participant'],
    sql: (_q, $) => (`select sd.scope_id, sd.code as key, sd.qualified_staff, (sp.department_code is not null) as participates
      from scope_dept sd
      left join scope_participant sp on sp.scope_id = sd.scope_id and sp.department_code = sd.code
      where sd.is_member`),
  },
  b_item: {
    deps: ['scope_dept', 'scope_item_used'],
    sql: (_q, $) => (`select sd.scope_id, i.code as key, (u.item_code is not null) as covered
      from scope_dept sd join inspection_item i on i.department_code = sd.code
      left join scope_item_used u on u.scope_id = sd.scope_id and u.item_code = i.code
      where sd.is_member`),
  },
  b_inspector: {
    deps: ['scope', 'scope_dept'],
    sql: (_q, $) => (`select sd.scope_id, i.certificate_no as key, i.certificate_expires_on, i.certificate_expires_on >= s.as_of as valid
      from scope_dept sd join scope s on s.id = sd.scope_id
      join inspector i on i.department_code = sd.code
      where sd.is_member`),
  },
  // The same counts for many scopes (a series, a league table): inspectors grouped by expiry day
  // first, per department, or for the whole jurisdiction over all member departments at once, so
  // that a scope meets a few thousand days, not every inspector.
  inspector_tally: {
    deps: ['scope', 'scope_dept'],
    sql: ({ kind }) => kind === 'none'
      ? `select s.id as scope_id, e.expires_on >= s.as_of as valid, sum(e.n) as inspectors
         from scope s
         cross join (select i.certificate_expires_on as expires_on, count(*) as n
                     from inspector i join department d on d.code = i.department_code and d.is_member group by 1) e
         group by 1, 2`
      : `select sd.scope_id, e.expires_on >= s.as_of as valid, sum(e.n) as inspectors
         from scope_dept sd join scope s on s.id = sd.scope_id
         join (select department_code, certificate_expires_on as expires_on, count(*) as n from inspector group by 1, 2) e
           on e.department_code = sd.code
         where sd.is_member
         group by 1, 2`,
  },
  // The subject table is the registry; a department's part of it is what its 入库 rows hold, and
  // only a region's several departments can hold the same subject twice.
  b_subject: {
    deps: ['scope', 'scope_dept'],
    sql: ({ kind }, $) => `select ${kind === 'none' ? 'r.id' : 'r.scope_id'} as scope_id, s.code as key, is_market_entity(s.subject_type) as market_entity,
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
  // The registry's counts per scope, read from the tallies the database keeps (see the kpi_facts
  // and region_registry_tally migrations).
  subject_tally: {
    deps: ['scope', 'scope_dept'],
    sql: ({ kind }, $) => ({
      none: `select s.id as scope_id, t.market_entity, t.classified, t.subjects
        from scope s join registry_tally t on t.department_code is null`,
      department: `select sd.scope_id, t.market_entity, t.classified, t.subjects
        from scope_dept sd join registry_tally t on t.department_code = sd.code`,
      region: `select s.id as scope_id, t.market_entity, t.classified, t.subjects
        from scope s join registry_region_tally t on t.prefix = s.region`,
    })[kind],
  },
  b_plan: {
    deps: ['scope', 'scope_dept'],
    sql: ({ kind }, $) => `select distinct s.id as scope_id, p.code as key, p.entered_on,
        p.entered_on <= least(s.as_of, pd.deadline) as on_time
      from scope s
      join plan p on p.year between extract(year from s.from_date) and extract(year from s.to_date)
      -- Each plan's entry deadline, by its initiator's jurisdiction and its year (the settings).
      join unnest(${$.planDeadlineDepartment}, ${$.planDeadlineYear}, ${$.planDeadlineDay}) as pd(code, year, deadline)
        on pd.code = p.initiator_code and pd.year = p.year
      ${kind === 'none' ? '' : `join scope_dept sd on sd.scope_id = s.id
        and (sd.code = p.initiator_code
             or exists (select 1 from plan_cooperator c where c.plan_code = p.code and c.department_code = sd.code))`}`,
  },
  // 进一次门、查多项事: each joint task saves, per subject it reached, one visit per cooperator.
  b_saved_visit: {
    deps: ['scope', 'scope_task'],
    // Codes hold no spaces, so a space joins the three parts of the key unambiguously.
    sql: (_q, $) => (`select st.scope_id, st.task_code || ' ' || v.subject_code || ' ' || c.department_code as key,
        st.task_code, v.subject_code, c.department_code
      from scope_task st
      join scope s on s.id = st.scope_id
      join task f on f.code = st.task_code and f.is_joint
      -- Per joint task, its subjects through the (task_code, …) unique index.
      cross join lateral (select distinct i.subject_code from inspection i
                          where i.task_code = st.task_code and i.inspected_on <= s.as_of) v
      join task_cooperator c on c.task_code = st.task_code and c.department_code <> f.initiator_code`),
  },
  // The same count without listing the visits: per joint task, its cooperators times its
  // subjects inspected by the cut-off, which are those first inspected under it by then: the rows
  // the database keeps per task and day of first visit (task_first_visit, migration of that name).
  // Summed once per task and cut-off, not once per scope: a league table holds a joint task in
  // its initiator's and every cooperator's row. The whole jurisdiction sums the same visits kept
  // by start day (saved_visit_day, migration task_day_tallies).
  saved_visit_tally: {
    deps: ({ kind }) => (kind === 'none' ? ['scope'] : ['scope_task', 'saved_visit_task']),
    sql: ({ kind }) => kind === 'none'
      ? `select s.id as scope_id, v.visits
         from scope s join saved_visit_day v on v.starts_on between s.from_date and s.to_date and v.first_on <= s.as_of`
      : `select st.scope_id, v.visits
         from scope_task st join saved_visit_task v on v.task_code = st.task_code and v.as_of = st.as_of
         where st.is_joint`,
  },
  // Per joint task and cut-off, the visits it saved. Materialized: misjudging the scope's tasks as
  // one row, the planner summed a task's rows again for every task of the scope.
  saved_visit_task: {
    deps: ['scope_task'],
    materialized: true,
    sql: () => `select j.task_code, j.as_of, sum(f.visits) as visits
      from (select distinct task_code, as_of from scope_task where is_joint) j
      join task_first_visit f on f.task_code = j.task_code and f.first_on <= j.as_of
      group by j.task_code, j.as_of`,
  },
  ...CLASS_CHECK_CTES,
  ...VISIT_CTES,
};

/**
 * The rows of a month tally (`t`: month, days as bits, bit d − 1 for day d) holding a start day
 * in the period of scope `s`: the months it overlaps, and in each the bits of its days there.
 */
function monthsOf(t: string, s: string): string {
  const monthEnd = `(${t}.month + interval '1 month')::date - 1`;
  return `${t}.month between date_trunc('month', ${s}.from_date)::date and ${s}.to_date
           and ${t}.days & ((1::bigint << (least(${s}.to_date, ${monthEnd}) - ${t}.month + 1))
                            - (1::bigint << (greatest(${s}.from_date, ${t}.month) - ${t}.month))) <> 0`;
}

/** A result's publication flags, as of its scope's day, over rows or groups of `source`. */
function resultFlags({ uniformWindow }: StatementShape, source: string, extra: string): string {
  return `select x.*,
      x.published and x.published_on <= x.deadline as timely,
      (x.published and x.published_on > x.deadline) or (not x.published and x.as_of > x.deadline) as late
    from (
      select r.scope_id, ${extra}, r.found_problem, r.inspected_on, r.published_on, r.as_of,
        (r.published_on is not null and r.published_on <= r.as_of) as published, d.deadline
      from ${source} r
      -- A left join: a result is never dropped, even if the calendar's range were too short.
      left join deadline d on ${uniformWindow ? '' : 'd.department_code = r.department_code and '}d.day = r.inspected_on
    ) x`;
}

/** The named CTEs with everything they depend on, dependencies first, written for `shape`; parameters are allocated as the text uses them. */
export function withClause(shape: StatementShape, $: Refs, names: readonly string[]): string {
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    const { deps } = CTES[name];
    (typeof deps === 'function' ? deps(shape) : deps).forEach(visit);
    ordered.push(name);
  };
  names.forEach(visit);
  const mode = (cte: Cte) => {
    if (cte.materialized) return 'materialized ';
    if (!cte.materializedForManyScopes) return '';
    // Inlined for the whole jurisdiction even where two sets name it (the task flags and the
    // violations of the evidence): PostgreSQL would otherwise write it out whichever of them runs.
    if (shape.kind === 'none') return 'not materialized ';
    return shape.manyScopes ? 'materialized ' : '';
  };
  return `with ${ordered.map((name) => `${name} as ${mode(CTES[name])}(${CTES[name].sql(shape, $)})`).join(',\n')}`;
}
