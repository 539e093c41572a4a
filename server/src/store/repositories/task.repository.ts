import type { CreditClass } from '../../domain/vocabulary';
import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import { isJoint, type CodeAndName } from './refs';
import { containsPattern, loadGrouped, regionPrefix, SqlFilter, type Period, type Queryable } from './sql-filter';

export type TaskStatus = 'OPEN' | 'COMPLETED' | 'OVERDUE';

export interface ClassDrawRecord {
  creditClass: CreditClass;
  poolCount: number;
  drawnCount: number;
}

export interface TaskRecord {
  code: string;
  name: string;
  plan: CodeAndName | null;
  initiator: CodeAndName;
  cooperators: CodeAndName[];
  isJoint: boolean;
  items: CodeAndName[];
  creditTiered: boolean;
  classDraws: ClassDrawRecord[];
  startsOn: string;
  dueOn: string;
  completedOn: string | null;
  batchId: number;
}

export interface TaskFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
  period?: Period | null;
  planCode?: string | null;
  status?: TaskStatus | null;
  /** 超期 as the KPI 超期任务数 counts it, as of `asOf`: past due unfinished, or finished after the due date. */
  overdue?: boolean | null;
  /** The day the status is judged on. */
  asOf: string;
  creditTiered?: boolean | null;
  search?: string | null;
}

/** A task is completed once its completion date has come, overdue once its deadline has passed without it. */
export function taskStatus(task: Pick<TaskRecord, 'dueOn' | 'completedOn'>, asOf: string): TaskStatus {
  if (task.completedOn && task.completedOn <= asOf) return 'COMPLETED';
  return task.dueOn < asOf ? 'OVERDUE' : 'OPEN';
}

/** 超期任务数's condition (bases.ts, b_task.overdue) for one task: unfinished past its due date, or finished late. */
export function isOverdue(task: Pick<TaskRecord, 'dueOn' | 'completedOn'>, asOf: string): boolean {
  const done = task.completedOn !== null && task.completedOn <= asOf;
  return done ? task.completedOn! > task.dueOn : task.dueOn < asOf;
}

type TaskRow = Omit<TaskRecord, 'cooperators' | 'isJoint' | 'items' | 'classDraws'>;

const SHAPE: ListShape<TaskRow> = {
  select: `t.code, t.name, case when p.code is null then null else json_build_object('code', p.code, 'name', p.name) end as plan,
    json_build_object('code', d.code, 'name', d.name) as initiator, t.credit_tiered as "creditTiered",
    t.starts_on as "startsOn", t.due_on as "dueOn", t.completed_on as "completedOn", t.batch_id as "batchId"`,
  from: 'task t join department d on d.code = t.initiator_code left join plan p on p.code = t.plan_code',
  keyColumns: ['t.code'],
  keyChecks: [isCode],
  keyOf: (row) => [row.code],
};

function where(filter: TaskFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) {
    const code = w.param(filter.departmentCode);
    w.where(`(t.initiator_code = ${code} or exists (select 1 from task_cooperator c
      where c.task_code = t.code and c.department_code = ${code}))`);
  }
  if (filter.regionCode) w.where(`d.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.period) w.where(`t.starts_on between ${w.param(filter.period.from)} and ${w.param(filter.period.to)}`);
  if (filter.planCode) w.where(`t.plan_code = ${w.param(filter.planCode)}`);
  if (filter.status) {
    const asOf = `${w.param(filter.asOf)}::date`;
    const done = `t.completed_on <= ${asOf}`;
    if (filter.status === 'COMPLETED') w.where(done);
    else w.where(`(t.completed_on is null or not ${done}) and t.due_on ${filter.status === 'OVERDUE' ? '<' : '>='} ${asOf}`);
  }
  if (filter.overdue != null) {
    const asOf = `${w.param(filter.asOf)}::date`;
    const overdue = `(((t.completed_on is null or t.completed_on > ${asOf}) and t.due_on < ${asOf})
      or (t.completed_on <= ${asOf} and t.completed_on > t.due_on))`;
    w.where(filter.overdue ? overdue : `not ${overdue}`);
  }
  if (filter.creditTiered != null) w.where(`t.credit_tiered = ${w.param(filter.creditTiered)}`);
  if (filter.search) w.where(`t.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

/** Three queries for the relations of the whole page, whatever its size. */
async function withRelations(db: Queryable, rows: TaskRow[]): Promise<TaskRecord[]> {
  const codes = rows.map((row) => row.code);
  const [cooperators, items, draws] = await Promise.all([
    loadGrouped<CodeAndName>(db, `select c.task_code as owner, d.code, d.name from task_cooperator c
      join department d on d.code = c.department_code where c.task_code = any($1) order by d.code`, codes),
    loadGrouped<CodeAndName>(db, `select ti.task_code as owner, i.code, i.name from task_item ti
      join inspection_item i on i.code = ti.item_code where ti.task_code = any($1) order by i.code`, codes),
    loadGrouped<ClassDrawRecord>(db, `select task_code as owner, credit_class as "creditClass", pool_count as "poolCount",
      drawn_count as "drawnCount" from task_class_draw where task_code = any($1) order by credit_class`, codes),
  ]);
  return rows.map((row) => {
    const taskCooperators = cooperators.get(row.code) ?? [];
    return {
      ...row,
      cooperators: taskCooperators,
      isJoint: isJoint(row.initiator.code, taskCooperators),
      items: items.get(row.code) ?? [],
      classDraws: draws.get(row.code) ?? [],
    };
  });
}

export async function listTasks(db: Queryable, filter: TaskFilter, page: PageRequest): Promise<Page<TaskRecord>> {
  const result = await fetchPage(db, SHAPE, where(filter), page);
  return { ...result, nodes: await withRelations(db, result.nodes) };
}

export async function findTask(db: Queryable, code: string): Promise<TaskRecord | null> {
  const [row] = await findTasks(db, [code]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findTasks(db: Queryable, keys: readonly string[]): Promise<TaskRecord[]> {
  const w = new SqlFilter();
  return await withRelations(db, await fetchAll(db, SHAPE, w.where(`t.code = any(${w.param(keys)})`)));
}
