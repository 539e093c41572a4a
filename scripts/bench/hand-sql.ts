/**
 * The 14 State Council figures as a DBA would write them by hand: plain SQL over the tables, one
 * statement per table read, nothing shared with the engine's CTEs (server/src/metrics/bases.ts).
 * Two uses: the yardstick of `npm run bench:kpis` (the engine's time over this one's, in the same
 * run), and the reference the engine is compared with in tests/metrics/reference.test.ts.
 *
 * The definitions are docs/指标定义.md's. The filter is none, one department, or a region (the
 * departments whose division code starts with the prefix); the registry figures are counted
 * either from the subject rows themselves or from the tallies the database keeps (a DBA keeps a
 * counter for 10^6 rows; the test checks both against the engine).
 */
import type { WorkCalendar } from '../../server/src/domain/work-calendar';
import { addDays } from '../../server/src/domain/dates';
import { DEFAULT_PLAN_ENTRY_DEADLINE, DEFAULT_PUBLICATION_WORKING_DAYS } from '../../server/src/domain/publication';
import type { Queryable } from '../../server/src/store/repositories/sql-filter';

export type HandFilter = { kind: 'none' } | { kind: 'department'; code: string } | { kind: 'region'; prefix: string };

export interface HandQuestion {
  from: string;
  to: string;
  asOf: string;
  filter: HandFilter;
  /** The 6-digit division whose credit-class bands apply. */
  jurisdiction: string;
  /** Working days from `from` to well past the later of `to` and `asOf`. */
  workingDays: string[];
  /**
   * The publication window, when the caller knows that one holds for every department and year
   * of the question (no deadline setting differs): then deadlines are one per day, as the engine
   * has them in that case. Without it each department's window is read from the settings.
   */
  window?: number;
  /** Registry figures from the subject rows or from the tallies. */
  registry: 'rows' | 'tally';
}

export interface HandFigure {
  key: string;
  numerator: number;
  denominator: number | null;
}

/** Working days from `from` to 120 days past `seen`: the calendar a question needs. */
export function workingDaysFor(calendar: WorkCalendar, from: string, seen: string): string[] {
  const days: string[] = [];
  for (let day = from, end = addDays(seen, 120); day <= end; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) days.push(day);
  return days;
}

/** The one publication window of every department in the years from `from` to `to`, if they share one. */
export function sharedWindow(
  departments: readonly { regionCode: string }[], deadlines: (year: number, jurisdiction: string) => { publicationWorkingDays: number },
  from: string, to: string,
): number | undefined {
  const windows = new Set<number>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const d of departments) windows.add(deadlines(year, d.regionCode).publicationWorkingDays);
  }
  return windows.size === 1 ? [...windows][0] : undefined;
}

/** `:name` placeholders to `$n` with their values; `::type` casts are left alone. */
function named(sql: string, values: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):([a-z_]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for :${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { text, values: order.map((n) => values[n]) };
}

/** The departments of the filter: all, one, or a region's. */
function departments(filter: HandFilter): string {
  return {
    none: 'select code, is_member, qualified_staff from department',
    department: 'select code, is_member, qualified_staff from department where code = :department',
    region: `select code, is_member, qualified_staff from department where region_code like :prefix || '%'`,
  }[filter.kind];
}

/** The tasks starting in the period in which one of the filter's departments takes part (as initiator or cooperator). */
function tasks(filter: HandFilter): string {
  if (filter.kind === 'none') return 'select * from task where starts_on between :from and :to';
  return `select t.* from task t where t.starts_on between :from and :to and t.code in (
      select t.code from task t join d on d.code = t.initiator_code where t.starts_on between :from and :to
      union
      select c.task_code from task_cooperator c join d on d.code = c.department_code
        join task t on t.code = c.task_code where t.starts_on between :from and :to)`;
}

interface Statement {
  keys: string[];
  sql: (q: HandQuestion) => string;
}

const withDepartments = (q: HandQuestion, rest: string) => `with d as materialized (${departments(q.filter)}), ${rest}`;

/**
 * Each department's deadlines per year of the period (kpi_deadline_setting): the publication
 * window and the plan-entry day, each from the most specific jurisdiction covering the
 * department's division that sets it, then the latest year not after; else the national default.
 */
const DEADLINES = `dd as materialized (select dep.code, y.year,
    coalesce((select s.publication_working_days from kpi_deadline_setting s
              where s.publication_working_days is not null and s.year <= y.year
                and dep.region_code like regexp_replace(s.jurisdiction, '(00)+$', '') || '%'
              order by length(regexp_replace(s.jurisdiction, '(00)+$', '')) desc, s.year desc limit 1), :default_window) as days,
    to_date(y.year || '-' || coalesce((select s.plan_entry_deadline from kpi_deadline_setting s
              where s.plan_entry_deadline is not null and s.year <= y.year
                and dep.region_code like regexp_replace(s.jurisdiction, '(00)+$', '') || '%'
              order by length(regexp_replace(s.jurisdiction, '(00)+$', '')) desc, s.year desc limit 1), :default_plan), 'YYYY-MM-DD') as plan_deadline
  from department dep cross join generate_series(:first_year::int, :year::int) y(year))`;

const STATEMENTS: Statement[] = [
  {
    keys: ['joint_task_share', 'credit_tiered_task_share', 'overdue_tasks'],
    sql: (q) => withDepartments(q, `t as (${tasks(q.filter)})
      select count(*) filter (where exists (select 1 from task_cooperator c where c.task_code = t.code and c.department_code <> t.initiator_code)) as joint_task_share_n,
        count(*) as joint_task_share_d,
        count(*) filter (where t.credit_tiered) as credit_tiered_task_share_n, count(*) as credit_tiered_task_share_d,
        count(*) filter (where ((t.completed_on is null or t.completed_on > :as_of) and t.due_on < :as_of)
                            or (t.completed_on <= :as_of and t.completed_on > t.due_on)) as overdue_tasks_n
      from t`),
  },
  {
    // The bands of the most specific jurisdiction covering the question's, then the latest year not after the period's.
    keys: ['tier_ratio_compliance'],
    sql: (q) => withDepartments(q, `t as (${tasks(q.filter)}),
      b as (select distinct on (credit_class) credit_class, low_percent, high_percent from credit_class_band
            where year <= :year and :jurisdiction like regexp_replace(jurisdiction, '(00)+$', '') || '%'
            order by credit_class, length(regexp_replace(jurisdiction, '(00)+$', '')) desc, year desc)
      select count(*) filter (where ok) as tier_ratio_compliance_n, count(*) as tier_ratio_compliance_d
      from (select bool_and(x.drawn_count between floor(x.pool_count * b.low_percent / 100) and ceil(x.pool_count * b.high_percent / 100)) as ok
            from t join task_class_draw x on x.task_code = t.code and x.pool_count > 0
            join b on b.credit_class = x.credit_class
            where t.credit_tiered group by t.code) c`),
  },
  {
    keys: ['department_coverage'],
    sql: (q) => withDepartments(q, `t as (${tasks(q.filter)}),
      p as (select initiator_code as code from t union select c.department_code from t join task_cooperator c on c.task_code = t.code)
      select count(p.code) as department_coverage_n, count(*) as department_coverage_d
      from d left join p on p.code = d.code where d.is_member`),
  },
  {
    keys: ['item_coverage'],
    sql: (q) => withDepartments(q, `t as (${tasks(q.filter)}),
      u as (select distinct ti.item_code from t join task_item ti on ti.task_code = t.code)
      select count(u.item_code) as item_coverage_n, count(*) as item_coverage_d
      from inspection_item i join d on d.code = i.department_code and d.is_member left join u on u.item_code = i.code`),
  },
  {
    keys: ['inspector_registry_rate'],
    sql: (q) => withDepartments(q, `n as (select count(*) as n from inspector i join d on d.code = i.department_code and d.is_member
                                           where i.certificate_expires_on >= :as_of)
      select n.n as inspector_registry_rate_n, (select coalesce(sum(qualified_staff), 0) from d where is_member) as inspector_registry_rate_d from n`),
  },
  {
    keys: ['subject_registry_size', 'credit_class_coverage'],
    sql: (q) => {
      const columns = (n: string, market: string, classified: string) => `${n} as subject_registry_size_n,
        ${classified} as credit_class_coverage_n, ${market} as credit_class_coverage_d`;
      // The whole country (prefix '') has no region tally.
      if (q.registry === 'tally' && !(q.filter.kind === 'region' && q.filter.prefix === '')) {
        const sum = (where: string) => `coalesce(sum(subjects) filter (where ${where}), 0)`;
        const tallied = columns(sum('true'), sum('market_entity'), sum('market_entity and classified'));
        return {
          none: `select ${tallied} from registry_tally where department_code is null`,
          department: `select ${tallied} from registry_tally where department_code = :department`,
          region: `select ${tallied} from registry_region_tally where prefix = :prefix`,
        }[q.filter.kind];
      }
      const counted = columns('count(*)', 'count(*) filter (where is_market_entity(s.subject_type))',
        'count(*) filter (where is_market_entity(s.subject_type) and s.credit_class is not null)');
      return {
        none: `select ${counted} from subject s`,
        department: `select ${counted} from subject_registry r join subject s on s.code = r.subject_code where r.department_code = :department`,
        region: withDepartments(q, `r as (select distinct r.subject_code from subject_registry r join d on d.code = r.department_code)
          select ${counted} from r join subject s on s.code = r.subject_code`),
      }[q.filter.kind];
    },
  },
  {
    // Working day k after the day inspected (day 0) is working day number n(day) + k of the list,
    // n counting the listed working days up to the day; k is the inspecting department's window in
    // the year inspected.
    keys: ['publication_rate', 'timely_publication_rate', 'problem_rate'],
    sql: (q) => withDepartments(q, `${DEADLINES},
      n as materialized (select g::date as day, count(w.day) over (order by g) as n
            from generate_series(:from::date, :to::date, interval '1 day') g
            left join unnest(:working_days::date[]) w(day) on w.day = g::date),
      r as (select i.found_problem, i.published_on is not null and i.published_on <= :as_of as published, i.published_on,
              (:working_days::date[])[n.n + ${q.window === undefined ? 'dd.days' : ':window'}] as deadline
            from inspection i ${q.filter.kind === 'none' ? '' : 'join d on d.code = i.department_code'}
            join n on n.day = i.inspected_on
            ${q.window === undefined ? 'join dd on dd.code = i.department_code and dd.year = extract(year from i.inspected_on)::int' : ''}
            where i.inspected_on between :from and :to)
      select count(*) filter (where published) as publication_rate_n, count(*) as publication_rate_d,
        count(*) filter (where published and published_on <= deadline) as timely_publication_rate_n,
        count(*) filter (where (published and deadline is not null) or (not published and :as_of::date > deadline)) as timely_publication_rate_d,
        count(*) filter (where found_problem) as problem_rate_n, count(*) as problem_rate_d
      from r`),
  },
  {
    // Per joint task: its cooperators other than the initiator × the subjects it reached by the day seen.
    keys: ['inspections_saved'],
    sql: (q) => withDepartments(q, `t as (${tasks(q.filter)}),
      c as (select t.code, count(*) as n from t join task_cooperator c on c.task_code = t.code and c.department_code <> t.initiator_code group by t.code),
      v as (select task_code, count(*) as n from (select distinct i.task_code, i.subject_code from inspection i
            where i.task_code in (select code from c) and i.inspected_on <= :as_of) x group by task_code)
      select coalesce(sum(c.n * v.n), 0) as inspections_saved_n from c join v on v.task_code = c.code`),
  },
  {
    keys: ['plans_entered_on_time'],
    // A plan is due by its initiator's plan-entry day of its year.
    sql: (q) => withDepartments(q, `${DEADLINES}, p as (select * from plan p where p.year between :first_year and :year
      ${q.filter.kind === 'none' ? '' : `and (p.initiator_code in (select code from d)
           or exists (select 1 from plan_cooperator c join d on d.code = c.department_code where c.plan_code = p.code))`})
      select count(*) filter (where p.entered_on <= least(:as_of::date, dd.plan_deadline)) as plans_entered_on_time_n,
        count(*) as plans_entered_on_time_d from p join dd on dd.code = p.initiator_code and dd.year = p.year`),
  },
];

/** Every statement with its parameters, as the bench and the test send them. */
export function handStatements(q: HandQuestion): { keys: string[]; text: string; values: unknown[] }[] {
  const values = {
    from: q.from, to: q.to, as_of: q.asOf, year: Number(q.to.slice(0, 4)), first_year: Number(q.from.slice(0, 4)),
    jurisdiction: q.jurisdiction, working_days: q.workingDays,
    default_window: DEFAULT_PUBLICATION_WORKING_DAYS, window: q.window ?? null, default_plan: DEFAULT_PLAN_ENTRY_DEADLINE,
    department: q.filter.kind === 'department' ? q.filter.code : null,
    prefix: q.filter.kind === 'region' ? q.filter.prefix : null,
  };
  return STATEMENTS.map((s) => ({ keys: s.keys, ...named(s.sql(q), values) }));
}

const COUNTS = new Set(['subject_registry_size', 'overdue_tasks', 'inspections_saved']);

/** The 14 figures (or the statements holding `keys`), the statements run side by side on the pool's connections. */
export async function handFigures(db: Queryable, q: HandQuestion, keys?: readonly string[]): Promise<HandFigure[]> {
  const statements = handStatements(q).filter((s) => !keys || s.keys.some((k) => keys.includes(k)));
  const rows = await Promise.all(statements.map((s) => db.query(s.text, s.values).then((r) => r.rows[0] as Record<string, unknown>)));
  return statements.flatMap((s, i) => s.keys.map((key) => ({
    key,
    numerator: Number(rows[i][`${key}_n`]),
    denominator: COUNTS.has(key) ? null : Number(rows[i][`${key}_d`]),
  })));
}
