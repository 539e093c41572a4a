import type pg from 'pg';
import { LISTED_ISSUES, type ImportIssue, type IssueLog } from './issues';
import { part } from './step-timing';

/**
 * Checks across rows and against stored data, run by PostgreSQL over the staged import. Each
 * query yields the offending rows with their origin, the column, the value and the reason.
 * A reference resolves when its target is staged in this import (even on a row with errors of
 * its own, which is reported there) or already stored. Each query also yields a `reason`: the
 * message without the row's own values, by which the issues are counted.
 */
interface Check {
  severity: ImportIssue['severity'];
  sql: string;
  /** The staging table a reference check resolves against. */
  target?: string;
}

const ORIGIN = 's.src_file, s.src_sheet, s.src_row';

function duplicates(table: string, key: string[], column: string, shown: string): Check {
  return {
    severity: 'error',
    sql: `select src_file, src_sheet, src_row, '${column}' as col, ${shown} as val,
            '与 ' || first_file || ' 第 ' || first_row || ' 行重复（同一记录出现两次）' as message,
            '与前面的行重复（同一记录出现两次）' as reason
          from (select *, first_value(src_file) over w as first_file, first_value(src_row) over w as first_row,
                       row_number() over w as rn
                from ${table}
                -- Only keys staged twice go through the window's sort; finding them is one hashing pass.
                where (${key.join(', ')}) in (select ${key.join(', ')} from ${table} group by ${key.join(', ')} having count(*) > 1)
                window w as (partition by ${key.join(', ')} order by src_file, src_sheet, src_row)) d
          where rn > 1`,
  };
}

/** `value` is an expression over the staged row `s`. */
function reference(table: string, column: string, value: string, target: { stage: string; table: string; key: string }, what: string): Check {
  return {
    severity: 'error',
    target: target.stage,
    sql: `select ${ORIGIN}, '${column}' as col, ${value} as val,
            '${what}不存在：本次导入和已有数据中都没有' as message, '${what}不存在：本次导入和已有数据中都没有' as reason
          from ${table} s
          where ${value} is not null
            and not exists (select 1 from ${target.stage} t where t.${target.key} = ${value})
            and not exists (select 1 from ${target.table} t where t.${target.key} = ${value})`,
  };
}

function listReference(table: string, listColumn: string, column: string, target: { stage: string; table: string; key: string }, what: string): Check {
  return {
    severity: 'error',
    target: target.stage,
    sql: `select ${ORIGIN}, '${column}' as col, v as val, '${what}不存在：本次导入和已有数据中都没有' as message,
            '${what}不存在：本次导入和已有数据中都没有' as reason
          from ${table} s cross join lateral unnest(s.${listColumn}) v
          where not exists (select 1 from ${target.stage} t where t.${target.key} = v)
            and not exists (select 1 from ${target.table} t where t.${target.key} = v)`,
  };
}

const DEPARTMENT = { stage: 'stage_department', table: 'department', key: 'code' };
const ITEM = { stage: 'stage_item', table: 'inspection_item', key: 'code' };
const SUBJECT = { stage: 'stage_subject', table: 'subject', key: 'code' };
const INSPECTOR = { stage: 'stage_inspector', table: 'inspector', key: 'certificate_no' };
const PLAN = { stage: 'stage_plan', table: 'plan', key: 'code' };
const TASK = { stage: 'stage_task', table: 'task', key: 'code' };

/** Each task as it will be after this import: staged if staged, else stored. */
const EFFECTIVE_TASKS = `(
  select code, initiator_code, cooperators, starts_on, due_on from stage_task
  union all
  select t.code, t.initiator_code,
         coalesce((select array_agg(c.department_code) from task_cooperator c where c.task_code = t.code), '{}'),
         t.starts_on, t.due_on
  from task t where not exists (select 1 from stage_task st where st.code = t.code))`;

/** Each inspector as it will be after this import. */
const EFFECTIVE_INSPECTORS = `(
  select certificate_no, department_code, certificate_expires_on from stage_inspector
  union all
  select certificate_no, department_code, certificate_expires_on from inspector i
  where not exists (select 1 from stage_inspector si where si.certificate_no = i.certificate_no))`;

const CHECKS: Check[] = [
  duplicates('stage_department', ['code'], '部门代码', 'code'),
  duplicates('stage_item', ['code'], '事项编码', 'code'),
  duplicates('stage_subject', ['code'], '统一社会信用代码', 'code'),
  duplicates('stage_inspector', ['certificate_no'], '执法证号', 'certificate_no'),
  duplicates('stage_plan', ['code'], '计划编号', 'code'),
  duplicates('stage_task', ['code'], '任务编号', 'code'),
  duplicates('stage_inspection', ['task_code', 'subject_code', 'department_code'], '统一社会信用代码',
    `task_code || ' / ' || subject_code || ' / ' || department_code`),
  reference('stage_item', '部门代码', 's.department_code', DEPARTMENT, '部门'),
  listReference('stage_subject', 'departments', '入库部门', DEPARTMENT, '部门'),
  reference('stage_inspector', '部门代码', 's.department_code', DEPARTMENT, '部门'),
  reference('stage_plan', '发起部门代码', 's.initiator_code', DEPARTMENT, '部门'),
  listReference('stage_plan', 'cooperators', '配合部门代码', DEPARTMENT, '部门'),
  reference('stage_task', '计划编号', 's.plan_code', PLAN, '抽查计划'),
  reference('stage_task', '发起部门代码', 's.initiator_code', DEPARTMENT, '部门'),
  listReference('stage_task', 'cooperators', '配合部门代码', DEPARTMENT, '部门'),
  listReference('stage_task', 'items', '抽查事项编码', ITEM, '抽查事项'),
  reference('stage_inspection', '任务编号', 's.task_code', TASK, '抽查任务'),
  reference('stage_inspection', '统一社会信用代码', 's.subject_code', SUBJECT, '检查对象（须先在检查对象名录库中）'),
  reference('stage_inspection', '检查部门代码', 's.department_code', DEPARTMENT, '部门'),
  listReference('stage_inspection', 'inspectors', '检查人员执法证号', INSPECTOR, '执法人员（须先在执法检查人员名录库中）'),
  {
    severity: 'error',
    sql: `select ${ORIGIN}, '检查部门代码' as col, s.department_code as val,
            '检查部门不是任务 ' || t.code || ' 的发起部门或配合部门' as message, '检查部门不是任务的发起部门或配合部门' as reason
          from stage_inspection s join ${EFFECTIVE_TASKS} t on t.code = s.task_code
          where s.department_code <> t.initiator_code and not (s.department_code = any (t.cooperators))`,
  },
  {
    // Changing a task's participants must not strand results already stored for it.
    severity: 'error',
    sql: `select ${ORIGIN}, '配合部门代码' as col, i.department_code as val,
            '已有该部门对本任务的检查结果，修改后该部门不再参与任务' as message,
            '已有该部门对本任务的检查结果，修改后该部门不再参与任务' as reason
          from stage_task s join inspection i on i.task_code = s.code
          where i.department_code <> s.initiator_code and not (i.department_code = any (s.cooperators))
            and not exists (select 1 from stage_inspection si where si.task_code = i.task_code
                            and si.subject_code = i.subject_code and si.department_code = i.department_code)
          group by ${ORIGIN}, i.department_code`,
  },
  {
    severity: 'warning',
    sql: `select ${ORIGIN}, '检查日期' as col, s.inspected_on::text as val,
            '检查日期不在任务 ' || t.code || ' 的期限 ' || t.starts_on || ' 至 ' || t.due_on || ' 内' as message,
            '检查日期不在任务的期限内' as reason
          from stage_inspection s join ${EFFECTIVE_TASKS} t on t.code = s.task_code
          where s.inspected_on < t.starts_on or s.inspected_on > t.due_on`,
  },
  {
    severity: 'warning',
    sql: `select ${ORIGIN}, '检查人员执法证号' as col, v as val,
            case when i.department_code <> s.department_code then '该执法人员属于部门 ' || i.department_code || '，不是检查部门'
                 else '检查日期时该执法证已过有效期（' || i.certificate_expires_on || '）' end as message,
            case when i.department_code <> s.department_code then '该执法人员不属于检查部门'
                 else '检查日期时该执法证已过有效期' end as reason
          from stage_inspection s cross join lateral unnest(s.inspectors) v
          join ${EFFECTIVE_INSPECTORS} i on i.certificate_no = v
          where i.department_code <> s.department_code or i.certificate_expires_on < s.inspected_on`,
  },
  {
    severity: 'warning',
    sql: `select ${ORIGIN}, '抽查事项编码' as col, v as val,
            '该事项属于部门 ' || e.department_code || '，该部门未参与本任务' as message, '该事项所属部门未参与本任务' as reason
          from stage_task s cross join lateral unnest(s.items) v
          join (select code, department_code from stage_item
                union all select code, department_code from inspection_item ii
                where not exists (select 1 from stage_item si where si.code = ii.code)) e on e.code = v
          where e.department_code <> s.initiator_code and not (e.department_code = any (s.cooperators))`,
  },
];

interface IssueRow {
  src_file: string;
  src_sheet: string | null;
  src_row: number;
  col: string;
  val: string | null;
  message: string;
}

/**
 * One statement per check counts every hit by column and reason and returns only the first
 * LISTED_ISSUES in file and row order: a million bad rows never come into memory.
 */
function bounded(sql: string): string {
  return `with hits as materialized (${sql})
    select (select coalesce(json_agg(g), '[]') from (select col, reason, count(*)::int as count from hits group by col, reason) g) as groups,
           (select coalesce(json_agg(l), '[]') from (select src_file, src_sheet, src_row, col, val, message from hits
                                                      order by src_file, src_sheet, src_row limit ${LISTED_ISSUES}) l) as listed`;
}

/** Runs one check's SQL (with `params`) into the log: every hit counted, the first ones listed. */
export async function collectHits(
  client: pg.PoolClient, severity: ImportIssue['severity'], sql: string, log: IssueLog, params: unknown[] = [],
): Promise<void> {
  const { rows } = await client.query<{ groups: { col: string; reason: string; count: number }[]; listed: IssueRow[] }>(bounded(sql), params);
  for (const g of rows[0].groups) log.count(severity, g.col, g.reason, g.count);
  for (const r of rows[0].listed) {
    log.list({ severity, file: r.src_file, sheet: r.src_sheet, row: r.src_row, column: r.col, value: r.val, message: r.message });
  }
}

/**
 * Runs every check into the log. References into a staging table whose file could not be read
 * (say, a required column was missing) are skipped: they would only repeat that one error row by row.
 */
export async function runChecks(client: pg.PoolClient, unreadable: ReadonlySet<string>, log: IssueLog): Promise<void> {
  for (const [i, check] of CHECKS.entries()) {
    if (check.target && unreadable.has(check.target)) continue;
    await part(`check ${i + 1}`, () => collectHits(client, check.severity, check.sql, log));
  }
}
