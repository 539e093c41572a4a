/**
 * Early warnings (预警) as of a cut-off day, for one department or all: results not published by
 * the cut-off whose deadline falls within the next K working days or has passed, and tasks not
 * completed by the cut-off whose 截止日期 falls within the same window or has passed. One
 * statement: the open results come from the unpublished-results index (and, for a cut-off in the
 * past, from those published after it), their deadlines from the table of deadlineDays().
 */
import type { KpiSetting } from '../metrics/operations';
import type { Queryable } from '../store/repositories/sql-filter';
import { deadlineDays, warningWindowEnd } from './deadlines';
import { leadWorkingDaysFor } from './warning-settings';

export type WarningKind = 'PUBLICATION_OVERDUE' | 'TASK_OVERDUE' | 'PUBLICATION_DUE_SOON' | 'TASK_DUE_SOON';

export const WARNING_KIND_NAMES: Record<WarningKind, string> = {
  PUBLICATION_OVERDUE: '逾期未公示',
  TASK_OVERDUE: '超期未完成的任务',
  PUBLICATION_DUE_SOON: '即将到期未公示',
  TASK_DUE_SOON: '即将到期未完成的任务',
};

export interface WarningCounts {
  publicationsDueSoon: number;
  publicationsOverdue: number;
  tasksDueSoon: number;
  tasksOverdue: number;
  total: number;
}

export interface DepartmentWarnings extends WarningCounts {
  departmentCode: string;
  departmentName: string;
}

export interface WarningItem {
  kind: WarningKind;
  /** The result's department; for a task, its initiator. */
  departmentCode: string;
  departmentName: string;
  taskCode: string;
  taskName: string;
  /** For a result: which one, of which subject, inspected when. */
  inspectionId: string | null;
  subjectCode: string | null;
  subjectName: string | null;
  inspectedOn: string | null;
  /** The publication deadline, or the task's 截止日期. */
  dueOn: string;
  /** For a task, every department taking part (initiator first), by code. */
  participants: string[];
}

export interface EarlyWarnings extends WarningCounts {
  asOf: string;
  leadWorkingDays: number;
  windowEnd: string;
  departmentCode: string | null;
  /** Every department of the scope, most warnings first. */
  departments: DepartmentWarnings[];
  items: WarningItem[];
}

export interface WarningQuery {
  asOf: string;
  departmentCode: string | null;
  /** Items returned, most urgent first; the counts cover all. */
  first: number;
  /** K; when absent, the office's setting for the cut-off's year and the scope's jurisdiction. */
  leadWorkingDays?: number;
}

export class WarningQueryError extends Error {}

/** $1 cut-off, $2 window end, $3 the scope's departments, $7/$4/$5 (department or null, day, deadline); $6 the items' limit. */
const OPEN_CTES = `
  scope_dept as (select code from unnest($3::text[]) as d(code)),
  -- Read again by the items (when asked for) rather than written out for both: the counts read it grouped.
  open_result as not materialized (
    select i.id, i.department_code, i.inspected_on, i.task_code, i.subject_code
    from scope_dept d
    cross join lateral (select id, department_code, inspected_on, task_code, subject_code from inspection
                        where department_code = d.code and published_on is null and inspected_on <= $1::date offset 0) i
    union all
    select i.id, i.department_code, i.inspected_on, i.task_code, i.subject_code from inspection i
    where i.published_on > $1::date and i.inspected_on <= $1::date and i.department_code = any($3::text[])
  ),
  deadline as (select * from unnest($7::text[], $4::date[], $5::date[]) as x(department_code, day, deadline)),
  warned_result as (
    select o.id, o.department_code, o.inspected_on, o.task_code, o.subject_code, dl.deadline as due_on,
           case when dl.deadline < $1::date then 'PUBLICATION_OVERDUE' else 'PUBLICATION_DUE_SOON' end as kind
    from open_result o
    join deadline dl on dl.day = o.inspected_on and (dl.department_code is null or dl.department_code = o.department_code)
    where dl.deadline <= $2::date
  ),
  -- The counts per department and day first: the deadlines then meet days, not every open result.
  warned_result_count as (
    select o.department_code, case when dl.deadline < $1::date then 'PUBLICATION_OVERDUE' else 'PUBLICATION_DUE_SOON' end as kind,
           sum(o.n) as n
    from (select department_code, inspected_on, count(*) as n from open_result group by 1, 2) o
    join deadline dl on dl.day = o.inspected_on and (dl.department_code is null or dl.department_code = o.department_code)
    where dl.deadline <= $2::date
    group by 1, 2
  ),
  -- The tasks open on the cut-off and due by the window's end first, then who takes part in them:
  -- not every task's participants (a province's 1.7·10^5) for the few thousand open ones.
  open_task as materialized (
    select t.code, t.initiator_code, t.due_on, case when t.due_on < $1::date then 'TASK_OVERDUE' else 'TASK_DUE_SOON' end as kind
    from task t
    where (t.completed_on is null or t.completed_on > $1::date) and t.due_on <= $2::date
  ),
  warned_task as (
    select p.department_code, o.code as task_code, o.due_on, o.kind
    from (select o.code as task_code, o.initiator_code as department_code from open_task o where o.initiator_code = any($3::text[])
          union
          select c.task_code, c.department_code from open_task o join task_cooperator c on c.task_code = o.code
          where c.department_code = any($3::text[])) p
    join open_task o on o.code = p.task_code
  )`;

/** The earliest inspection day among results still unpublished on the cut-off: where the deadline table starts. */
async function firstOpenDay(db: Queryable, codes: string[], asOf: string): Promise<string | null> {
  const { rows } = await db.query(
    `select least(
       (select min(i.inspected_on) from unnest($1::text[]) as d(code)
        cross join lateral (select min(inspected_on) as inspected_on from inspection
                            where department_code = d.code and published_on is null and inspected_on <= $2::date) i),
       -- Kept from min()'s rewrite into an ordered scan of every result: few were published after the cut-off.
       (select min(inspected_on) from (select inspected_on from inspection
         where published_on > $2::date and department_code = any($1::text[]) offset 0) later where inspected_on <= $2::date)
     )::text as day`,
    [codes, asOf],
  );
  return rows[0].day;
}

const counts = (r: Record<string, unknown>): WarningCounts => {
  const c = {
    publicationsDueSoon: Number(r.publicationsDueSoon ?? 0), publicationsOverdue: Number(r.publicationsOverdue ?? 0),
    tasksDueSoon: Number(r.tasksDueSoon ?? 0), tasksOverdue: Number(r.tasksOverdue ?? 0),
  };
  return { ...c, total: c.publicationsDueSoon + c.publicationsOverdue + c.tasksDueSoon + c.tasksOverdue };
};

/** The one statement of a warning query with its parameters: run by earlyWarnings, explained by the benchmark. */
export async function warningStatement(db: Queryable, setting: KpiSetting, query: WarningQuery) {
  const { asOf, departmentCode } = query;
  const department = departmentCode === null ? null : setting.departments.find((d) => d.code === departmentCode);
  if (department === undefined) throw new WarningQueryError(`部门代码 ${departmentCode} 不存在`);
  const codes = department ? [department.code] : setting.departments.map((d) => d.code);
  const calendar = setting.engine.calendar;
  const lead = query.leadWorkingDays
    ?? await leadWorkingDaysFor(db, Number(asOf.slice(0, 4)), department?.regionCode ?? setting.hubJurisdiction);
  const windowEnd = warningWindowEnd(calendar, asOf, lead);
  const { departments, days, deadlines } = deadlineDays(setting, await firstOpenDay(db, codes, asOf), asOf);
  const sql = `with ${OPEN_CTES},
     per_department as (
       select department_code, kind, n from warned_result_count
       union all
       select department_code, kind, count(*) from warned_task group by 1, 2
     ),
     item as (
       select r.kind, r.department_code, r.task_code, r.id::text as inspection_id, r.subject_code, r.inspected_on, r.due_on
       from warned_result r
       union all
       (select distinct on (w.task_code) w.kind, t.initiator_code, w.task_code, null, null, null::date, w.due_on
        from warned_task w join task t on t.code = w.task_code
        order by w.task_code)
     ),
     ranked as (
       select * from item order by kind like '%OVERDUE' desc, due_on, task_code, inspection_id nulls first limit $6
     )
     select
       (select coalesce(json_object_agg(department_code || '|' || kind, n), '{}') from per_department) as per_department,
       (select coalesce(sum(n), 0) from warned_result_count where kind = 'PUBLICATION_DUE_SOON') as "publicationsDueSoon",
       (select coalesce(sum(n), 0) from warned_result_count where kind = 'PUBLICATION_OVERDUE') as "publicationsOverdue",
       (select count(distinct task_code) from warned_task where kind = 'TASK_DUE_SOON') as "tasksDueSoon",
       (select count(distinct task_code) from warned_task where kind = 'TASK_OVERDUE') as "tasksOverdue",
       (select coalesce(json_agg(json_build_object(
          'kind', r.kind, 'departmentCode', r.department_code, 'departmentName', d.name, 'taskCode', r.task_code, 'taskName', t.name,
          'inspectionId', r.inspection_id, 'subjectCode', r.subject_code, 'subjectName', s.name, 'inspectedOn', r.inspected_on::text,
          'dueOn', r.due_on::text,
          'participants', case when r.inspection_id is null then array(
            select t.initiator_code union all
            (select c.department_code from task_cooperator c where c.task_code = r.task_code order by c.department_code)) else '{}' end)
          order by r.kind like '%OVERDUE' desc, r.due_on, r.task_code, r.inspection_id nulls first), '[]')
        from ranked r join department d on d.code = r.department_code join task t on t.code = r.task_code
        left join subject s on s.code = r.subject_code) as items`;
  return { sql, params: [asOf, windowEnd, codes, days, deadlines, query.first, departments], department, lead, windowEnd };
}

export async function earlyWarnings(db: Queryable, setting: KpiSetting, query: WarningQuery): Promise<EarlyWarnings> {
  const { asOf } = query;
  const { sql, params, department, lead, windowEnd } = await warningStatement(db, setting, query);
  const { rows } = await db.query(sql, params);
  const row = rows[0];
  const perDepartment = row.per_department as Record<string, number>;
  const departments = (department ? [department] : setting.departments).map((d) => {
    const n = (kind: WarningKind) => perDepartment[`${d.code}|${kind}`] ?? 0;
    return {
      departmentCode: d.code, departmentName: d.name,
      ...counts({ publicationsDueSoon: n('PUBLICATION_DUE_SOON'), publicationsOverdue: n('PUBLICATION_OVERDUE'), tasksDueSoon: n('TASK_DUE_SOON'), tasksOverdue: n('TASK_OVERDUE') }),
    };
  }).sort((a, b) => b.total - a.total || a.departmentCode.localeCompare(b.departmentCode));
  return {
    asOf, leadWorkingDays: lead, windowEnd, departmentCode: department?.code ?? null, ...counts(row), departments, items: row.items as WarningItem[],
  };
}
