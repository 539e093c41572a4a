/**
 * What a chase notice (督办通知单) to one department states, as of a cut-off: every task it
 * initiates or joins that is past its 截止日期 and not completed by the cut-off; its results
 * published after their deadline (inspected from 1 January of the cut-off's year) or not
 * published although the deadline has passed (whenever inspected); its early warnings; and which
 * of its registries are empty. Set-based: one statement per list.
 */
import type { KpiSetting } from '../metrics/operations';
import type { Queryable } from '../store/repositories/sql-filter';
import { daysPast, deadlineDays, departmentWindow } from './deadlines';
import { earlyWarnings, WarningQueryError, type WarningItem } from './warnings';

/** A notice is read and signed by people: a department's lists stop here (the counts say how many there are). */
export const NOTICE_ROW_LIMIT = 5_000;

export interface NoticeTask {
  taskCode: string;
  taskName: string;
  /** 牵头 (initiator) or 配合 (cooperator). */
  initiator: boolean;
  startsOn: string;
  dueOn: string;
  daysOverdue: number;
}

export interface NoticePublication {
  taskCode: string;
  subjectCode: string;
  subjectName: string;
  inspectedOn: string;
  deadline: string;
  /** null: not published by the cut-off. */
  publishedOn: string | null;
}

export interface ChaseNotice {
  asOf: string;
  department: { code: string; name: string };
  /** Late publications are those of results inspected from this day (1 January of the cut-off's year). */
  lateSince: string;
  leadWorkingDays: number;
  windowEnd: string;
  /** The department's publication window in the cut-off's year, in working days (the settings; 20 by default). */
  publicationWorkingDays: number;
  overdueTasks: NoticeTask[];
  /** Not published, deadline passed: oldest first. */
  unpublished: NoticePublication[];
  /** Published after the deadline. */
  late: NoticePublication[];
  /** Deadlines and due dates within the next K working days. */
  warnings: WarningItem[];
  registries: { subjects: number; inspectors: number; items: number };
}

export async function chaseNotice(db: Queryable, setting: KpiSetting, departmentCode: string, asOf: string): Promise<ChaseNotice> {
  const department = setting.departments.find((d) => d.code === departmentCode);
  if (!department) throw new WarningQueryError(`部门代码 ${departmentCode} 不存在`);
  const lateSince = `${asOf.slice(0, 4)}-01-01`;
  const [warnings, tasks, registries, oldest] = await Promise.all([
    earlyWarnings(db, setting, { asOf, departmentCode, first: NOTICE_ROW_LIMIT }),
    db.query(
      `select t.code as "taskCode", t.name as "taskName", p.initiator, t.starts_on::text as "startsOn", t.due_on::text as "dueOn"
       from (select code, true as initiator from task where initiator_code = $1
             union all
             select task_code, false from task_cooperator where department_code = $1) p
       join task t on t.code = p.code
       where (t.completed_on is null or t.completed_on > $2::date) and t.due_on < $2::date
       order by t.due_on, t.code limit $3`,
      [departmentCode, asOf, NOTICE_ROW_LIMIT],
    ),
    db.query(
      `select (select count(*) from subject_registry where department_code = $1)::int as subjects,
              (select count(*) from inspector where department_code = $1)::int as inspectors,
              (select count(*) from inspection_item where department_code = $1)::int as items`,
      [departmentCode],
    ),
    db.query(
      `select least((select min(inspected_on) from inspection where department_code = $1 and published_on is null and inspected_on <= $2::date),
                    (select min(inspected_on) from (select inspected_on from inspection where published_on > $2::date and department_code = $1 offset 0) later
                     where inspected_on <= $2::date))::text as day`,
      [departmentCode, asOf],
    ),
  ]);
  const first = oldest.rows[0].day && oldest.rows[0].day < lateSince ? oldest.rows[0].day : lateSince;
  const { departments, days, deadlines } = deadlineDays(setting, first, asOf);
  // Three index ranges: never published (the partial index), published after the cut-off, and this year's published ones.
  const publications = await db.query(
    `with deadline as (select * from unnest($7::text[], $3::date[], $4::date[]) as x(department_code, day, deadline)),
     candidate as (
       select task_code, subject_code, inspected_on, null::date as published_on from inspection
       where department_code = $1 and published_on is null and inspected_on <= $2::date
       union all
       select task_code, subject_code, inspected_on, null from inspection
       where published_on > $2::date and inspected_on <= $2::date and department_code = $1
       union all
       select task_code, subject_code, inspected_on, published_on from inspection
       where department_code = $1 and inspected_on between $5::date and $2::date and published_on <= $2::date
     )
     select c.task_code as "taskCode", c.subject_code as "subjectCode", s.name as "subjectName", c.inspected_on::text as "inspectedOn",
            dl.deadline::text as deadline, c.published_on::text as "publishedOn"
     from candidate c
     join deadline dl on dl.day = c.inspected_on and (dl.department_code is null or dl.department_code = $1)
     join subject s on s.code = c.subject_code
     where dl.deadline < $2::date and (c.published_on is null or c.published_on > dl.deadline)
     order by c.inspected_on, c.task_code, c.subject_code limit $6`,
    [departmentCode, asOf, days, deadlines, lateSince, NOTICE_ROW_LIMIT * 2, departments],
  );
  const rows = publications.rows as NoticePublication[];
  return {
    asOf, department: { code: department.code, name: department.name }, lateSince,
    leadWorkingDays: warnings.leadWorkingDays, windowEnd: warnings.windowEnd,
    publicationWorkingDays: departmentWindow(setting, departmentCode, asOf),
    overdueTasks: tasks.rows.map((t) => ({ ...t, daysOverdue: daysPast(t.dueOn, asOf) })) as NoticeTask[],
    unpublished: rows.filter((r) => r.publishedOn === null).slice(0, NOTICE_ROW_LIMIT),
    late: rows.filter((r) => r.publishedOn !== null).slice(0, NOTICE_ROW_LIMIT),
    warnings: warnings.items.filter((w) => w.kind === 'PUBLICATION_DUE_SOON' || w.kind === 'TASK_DUE_SOON'),
    registries: registries.rows[0],
  };
}
