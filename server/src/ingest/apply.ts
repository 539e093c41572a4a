import type pg from 'pg';
import type { KindName } from './kinds';

/**
 * Classifies every staged row as new (I), changed (U) or unchanged (N) against the store, and
 * writes the new and changed ones: scalars by upsert on the natural key, lists (cooperators,
 * items, registries, inspectors, class draws) by replacing the children of changed records.
 * Unchanged records keep the batch that last wrote them.
 */
interface Child {
  table: string;
  /** Matches a child row `c` to its parent record `t`. */
  link: string;
  /** True when the staged row `s` lists other children than the stored record `t` has. */
  changed: string;
  columns: string;
  /** Rows to insert for staged row `s` and its now-stored record `t`. */
  select: string;
}

interface Target {
  kind: KindName;
  stage: string;
  table: string;
  key: string[];
  scalars: string[];
  children: Child[];
}

/** A child list kept as (parent key, code) pairs, compared as a set. */
function listChild(table: string, parentColumn: string, parentValue: string, valueColumn: string, stageColumn: string): Child {
  const stored = `(select coalesce(array_agg(c.${valueColumn}::text), '{}') from ${table} c where c.${parentColumn} = ${parentValue})`;
  return {
    table,
    link: `c.${parentColumn} = ${parentValue}`,
    changed: `not (s.${stageColumn} @> ${stored} and s.${stageColumn} <@ ${stored})`,
    columns: `${parentColumn}, ${valueColumn}`,
    select: `select ${parentValue}, v from unnest(s.${stageColumn}) v`,
  };
}

const CLASSES = ['a', 'b', 'c', 'd'];
const CLASS_DRAWS: Child = {
  table: 'task_class_draw',
  link: 'c.task_code = t.code',
  changed: `array[${CLASSES.map((k) => `s.pool_${k}, s.drawn_${k}`).join(', ')}] is distinct from
    (select array[${CLASSES.map((k) => `max(c.pool_count) filter (where c.credit_class = '${k.toUpperCase()}'),
      max(c.drawn_count) filter (where c.credit_class = '${k.toUpperCase()}')`).join(', ')}]
     from task_class_draw c where c.task_code = t.code)`,
  columns: 'task_code, credit_class, pool_count, drawn_count',
  select: `select t.code, x.cls, x.pool, x.drawn
    from (values ${CLASSES.map((k) => `('${k.toUpperCase()}', s.pool_${k}, s.drawn_${k})`).join(', ')}) x(cls, pool, drawn)
    where x.pool is not null`,
};

export const TARGETS: Target[] = [
  { kind: '部门', stage: 'stage_department', table: 'department', key: ['code'],
    scalars: ['name', 'region_code', 'qualified_staff', 'is_member'], children: [] },
  { kind: '抽查事项', stage: 'stage_item', table: 'inspection_item', key: ['code'],
    scalars: ['name', 'department_code', 'category', 'ratio_ceiling', 'legal_basis'], children: [] },
  { kind: '检查对象', stage: 'stage_subject', table: 'subject', key: ['code'],
    scalars: ['code_kind', 'name', 'subject_type', 'industry_code', 'region_code', 'credit_class'],
    children: [listChild('subject_registry', 'subject_code', 't.code', 'department_code', 'departments')] },
  { kind: '执法人员', stage: 'stage_inspector', table: 'inspector', key: ['certificate_no'],
    scalars: ['name', 'department_code', 'certificate_expires_on', 'expertise'], children: [] },
  { kind: '抽查计划', stage: 'stage_plan', table: 'plan', key: ['code'],
    scalars: ['name', 'year', 'initiator_code', 'entered_on', 'published_on'],
    children: [listChild('plan_cooperator', 'plan_code', 't.code', 'department_code', 'cooperators')] },
  { kind: '抽查任务', stage: 'stage_task', table: 'task', key: ['code'],
    scalars: ['plan_code', 'name', 'initiator_code', 'credit_tiered', 'starts_on', 'due_on', 'completed_on'],
    children: [
      listChild('task_cooperator', 'task_code', 't.code', 'department_code', 'cooperators'),
      listChild('task_item', 'task_code', 't.code', 'item_code', 'items'),
      CLASS_DRAWS,
    ] },
  { kind: '检查结果', stage: 'stage_inspection', table: 'inspection', key: ['task_code', 'subject_code', 'department_code'],
    scalars: ['inspected_on', 'methods', 'categories', 'published_on', 'follow_up'],
    children: [listChild('inspection_inspector', 'inspection_id', 't.id', 'certificate_no', 'inspectors')] },
];

export interface KindCount {
  inserted: number;
  updated: number;
  unchanged: number;
}

const keyMatch = (target: Target) => target.key.map((k) => `t.${k} = s.${k}`).join(' and ');

/** Marks each staged row I, U or N and returns the counts per kind. */
export async function classify(client: pg.PoolClient): Promise<Map<KindName, KindCount>> {
  const counts = new Map<KindName, KindCount>();
  for (const target of TARGETS) {
    const scalarsDiffer = `(${target.scalars.map((c) => `t.${c}`).join(', ')}) is distinct from (${target.scalars.map((c) => `s.${c}`).join(', ')})`;
    const changed = [scalarsDiffer, ...target.children.map((child) => child.changed)].join(' or ');
    await client.query(
      `update ${target.stage} s set status = case when ${changed} then 'U' else 'N' end
       from ${target.table} t where ${keyMatch(target)}`,
    );
    await client.query(`update ${target.stage} set status = 'I' where status is null`);
    const { rows } = await client.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from ${target.stage} group by status`,
    );
    const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
    counts.set(target.kind, { inserted: count('I'), updated: count('U'), unchanged: count('N') });
  }
  return counts;
}

/** Writes new and changed rows, in an order that satisfies every foreign key. */
export async function applyStaged(client: pg.PoolClient, batchId: number): Promise<void> {
  for (const target of TARGETS) {
    const columns = [...target.key, ...target.scalars];
    await client.query(
      `insert into ${target.table} (${columns.join(', ')}, batch_id)
       select ${columns.join(', ')}, $1 from ${target.stage} where status in ('I', 'U')
       on conflict (${target.key.join(', ')}) do update
       set ${[...target.scalars, 'batch_id'].map((c) => `${c} = excluded.${c}`).join(', ')}`,
      [batchId],
    );
    for (const child of target.children) {
      await client.query(
        `delete from ${child.table} c using ${target.stage} s join ${target.table} t on ${keyMatch(target)}
         where s.status = 'U' and ${child.link}`,
      );
      await client.query(
        `insert into ${child.table} (${child.columns})
         select x.* from ${target.stage} s join ${target.table} t on ${keyMatch(target)}
         cross join lateral (${child.select}) x
         where s.status in ('I', 'U')`,
      );
    }
  }
}
