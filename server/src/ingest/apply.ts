import type pg from 'pg';
import { TALLY_TABLES } from '../database/privileges';
import type { KindName } from './kinds';
import { part, write } from './step-timing';

/**
 * Classifies the staged rows against the store and writes the new and changed ones, a few
 * set-based statements per kind (no statement per row, no lookup per row):
 *
 * - classify: one `create table … as select` per kind joins the staged rows to the stored records
 *   and to their stored lists and keeps only the new and the changed rows in `change_<table>`; an
 *   unchanged re-import writes nothing there.
 * - apply: `insert … select` the new records, `update … from` the changed ones, and replace the
 *   lists (cooperators, items, registries, inspectors, class draws) of the changed ones.
 *
 * Unchanged records keep the batch that last wrote them.
 */
interface ListChild {
  table: string;
  /** The child's column holding its parent's key (or id). */
  parentColumn: string;
  valueColumn: string;
  /** The staged list column. */
  stageColumn: string;
}

interface Target {
  kind: KindName;
  stage: string;
  table: string;
  key: string[];
  scalars: string[];
  lists: ListChild[];
  /** task_class_draw: four (pool, drawn) pairs compared as one array. */
  classDraws?: boolean;
  /** Children hang on the stored record's id (inspection), not on its natural key. */
  byId?: boolean;
}

const list = (table: string, parentColumn: string, valueColumn: string, stageColumn: string): ListChild =>
  ({ table, parentColumn, valueColumn, stageColumn });

export const TARGETS: Target[] = [
  { kind: '部门', stage: 'stage_department', table: 'department', key: ['code'],
    scalars: ['name', 'region_code', 'qualified_staff', 'is_member'], lists: [] },
  { kind: '抽查事项', stage: 'stage_item', table: 'inspection_item', key: ['code'],
    scalars: ['name', 'department_code', 'category', 'ratio_ceiling', 'legal_basis'], lists: [] },
  { kind: '检查对象', stage: 'stage_subject', table: 'subject', key: ['code'],
    scalars: ['code_kind', 'name', 'subject_type', 'industry_code', 'region_code', 'credit_class'],
    lists: [list('subject_registry', 'subject_code', 'department_code', 'departments')] },
  { kind: '执法人员', stage: 'stage_inspector', table: 'inspector', key: ['certificate_no'],
    scalars: ['name', 'department_code', 'certificate_expires_on', 'expertise'], lists: [] },
  { kind: '抽查计划', stage: 'stage_plan', table: 'plan', key: ['code'],
    scalars: ['name', 'year', 'initiator_code', 'entered_on', 'published_on'],
    lists: [list('plan_cooperator', 'plan_code', 'department_code', 'cooperators')] },
  { kind: '抽查任务', stage: 'stage_task', table: 'task', key: ['code'],
    scalars: ['plan_code', 'name', 'initiator_code', 'credit_tiered', 'starts_on', 'due_on', 'completed_on'],
    lists: [list('task_cooperator', 'task_code', 'department_code', 'cooperators'), list('task_item', 'task_code', 'item_code', 'items')],
    classDraws: true },
  { kind: '检查结果', stage: 'stage_inspection', table: 'inspection', key: ['task_code', 'subject_code', 'department_code'],
    scalars: ['inspected_on', 'methods', 'categories', 'published_on', 'follow_up'],
    lists: [list('inspection_inspector', 'inspection_id', 'certificate_no', 'inspectors')], byId: true },
];

export interface KindCount {
  inserted: number;
  updated: number;
  unchanged: number;
}

const CLASSES = ['a', 'b', 'c', 'd'];
const STAGED_DRAWS = `array[${CLASSES.map((k) => `s.pool_${k}, s.drawn_${k}`).join(', ')}]`;
const STORED_DRAWS = `array[${CLASSES.map((k) => `max(c.pool_count) filter (where c.credit_class = '${k.toUpperCase()}'),
  max(c.drawn_count) filter (where c.credit_class = '${k.toUpperCase()}')`).join(', ')}]`;

const match = (target: Target, t: string, s: string) => target.key.map((k) => `${t}.${k} = ${s}.${k}`).join(' and ');
const changeTable = (target: Target) => `change_${target.table}`;

/** The staged records' keys, as the children's parent values. */
const stagedKeys = (target: Target) => `select s2.${target.key[0]} from ${target.stage} s2`;

/**
 * When the staged rows of a kind stored by id are at least this share of the stored ones, their
 * lists are compared against the whole child table grouped once (one pass over its primary key)
 * rather than looked up record by record (an index descent each, about 3 µs).
 */
const GROUP_WHOLE_CHILD_SHARE = 0.5;

/** One statement: the new and changed staged rows of a kind, with `is_new` and the stored id (inspection). */
function classifySql(target: Target, groupWholeChild = false): string {
  const parentRef = target.byId ? 't.id' : `t.${target.key[0]}`;
  const joins: string[] = [`left join ${target.table} t on ${match(target, 't', 's')}`];
  const changed = [
    `t.${target.key[0]} is null`,
    `(${target.scalars.map((c) => `t.${c}`).join(', ')}) is distinct from (${target.scalars.map((c) => `s.${c}`).join(', ')})`,
  ];
  target.lists.forEach((child, i) => {
    // By id, the stored record is found per staged row anyway: its list is two index entries away.
    // By natural key, one grouping over the staged keys beats a lookup per row.
    joins.push(target.byId && groupWholeChild
      ? `left join (select c.${child.parentColumn} as parent, array_agg(c.${child.valueColumn}::text) as list
          from ${child.table} c group by 1) k${i} on k${i}.parent = ${parentRef}`
      : target.byId
      ? `left join lateral (select array_agg(c.${child.valueColumn}::text) as list from ${child.table} c
          where c.${child.parentColumn} = ${parentRef}) k${i} on true`
      : `left join (select c.${child.parentColumn} as parent, array_agg(c.${child.valueColumn}::text) as list
          from ${child.table} c where c.${child.parentColumn} in (${stagedKeys(target)}) group by 1) k${i} on k${i}.parent = ${parentRef}`);
    // Lists compare as sets: order and repeats in the file mean nothing.
    changed.push(`not (s.${child.stageColumn} @> coalesce(k${i}.list, '{}') and s.${child.stageColumn} <@ coalesce(k${i}.list, '{}'))`);
  });
  if (target.classDraws) {
    joins.push(`left join (select c.task_code as parent, ${STORED_DRAWS} as draws from task_class_draw c
      where c.task_code in (${stagedKeys(target)}) group by 1) kd on kd.parent = t.code`);
    changed.push(`${STAGED_DRAWS} is distinct from coalesce(kd.draws, array[${CLASSES.map(() => 'null, null').join(', ')}]::integer[])`);
  }
  // New records get their ids here, in key order (nextval is evaluated after the sort), so that the
  // write needs no join back from `insert … returning`.
  const id = target.byId ? `, coalesce(t.id, nextval('${target.table}_id_seq')) as record_id` : '';
  // Kept in key order: the write then appends to its indexes and probes its references in order.
  return `create temp table ${changeTable(target)} on commit drop as
    select s.*, t.${target.key[0]} is null as is_new${id}
    from ${target.stage} s ${joins.join('\n    ')}
    where ${changed.join('\n       or ')}
    order by ${target.key.map((k) => `s.${k}`).join(', ')}`;
}

/** Whether `table` holds at most `rows` rows, by the planner's estimate (every import ends with ANALYZE). */
async function storedAtMost(client: pg.PoolClient, table: string, rows: number): Promise<boolean> {
  const { rows: found } = await client.query<{ stored: number }>(
    `select greatest(reltuples, 0)::float8 as stored from pg_class where oid = $1::regclass`, [`public.${table}`]);
  return found[0].stored <= rows;
}

/**
 * Keeps the new and changed staged rows of every kind in `change_*` and returns the counts per
 * kind; `staged` is how many rows of each kind were staged.
 */
export async function classify(client: pg.PoolClient, staged: ReadonlyMap<KindName, number>): Promise<Map<KindName, KindCount>> {
  for (const target of TARGETS) {
    const groupWholeChild = target.byId === true && await storedAtMost(client, target.table, (staged.get(target.kind) ?? 0) / GROUP_WHOLE_CHILD_SHARE);
    await part(`classify ${target.table}`, () => client.query(classifySql(target, groupWholeChild)));
  }
  const { rows } = await client.query<{ i: number; inserted: number; updated: number }>(TARGETS.map((t, i) =>
    `select ${i} as i, count(*) filter (where is_new)::int as inserted, count(*) filter (where not is_new)::int as updated from ${changeTable(t)}`,
  ).join(' union all '));
  const counts = new Map<KindName, KindCount>();
  TARGETS.forEach((t, i) => {
    const { inserted, updated } = rows.find((r) => r.i === i)!;
    counts.set(t.kind, { inserted, updated, unchanged: (staged.get(t.kind) ?? 0) - inserted - updated });
  });
  return counts;
}

/** Rows of one list for the changed staged row `s` whose stored parent is `parent`. */
const listRows = (child: ListChild, parent: string) => `select ${parent}, v from unnest(s.${child.stageColumn}) v`;

const DRAW_ROWS = `select s.code, x.cls, x.pool, x.drawn
  from (values ${CLASSES.map((k) => `('${k.toUpperCase()}', s.pool_${k}, s.drawn_${k})`).join(', ')}) x(cls, pool, drawn)
  where x.pool is not null`;

/** Writes new and changed rows, kind after kind in an order that satisfies every foreign key. */
export async function applyStaged(client: pg.PoolClient, batchId: number, counts: Map<KindName, KindCount>): Promise<void> {
  for (const target of TARGETS) {
    const { inserted, updated } = counts.get(target.kind) as KindCount;
    const change = changeTable(target);
    const columns = [...target.key, ...target.scalars];
    if (updated > 0) {
      await write(client, `update ${target.table}`,
        `update ${target.table} t set (${[...target.scalars, 'batch_id'].join(', ')}) = (${target.scalars.map((c) => `c.${c}`).join(', ')}, $1::integer)
         from ${change} c where not c.is_new and ${match(target, 't', 'c')}`,
        [batchId],
      );
      const changedParent = target.byId ? 's.record_id' : `s.${target.key[0]}`;
      for (const child of target.lists) {
        await write(client, `delete list ${child.table}`, `delete from ${child.table} c using ${change} s where not s.is_new and c.${child.parentColumn} = ${changedParent}`);
      }
      if (target.classDraws) await write(client, `delete draws ${target.table}`, `delete from task_class_draw c using ${change} s where not s.is_new and c.task_code = s.code`);
    }
    if (inserted + updated === 0) continue;
    if (target.byId) {
      // Ids were drawn by classify: new records and the lists of new and changed ones are written from the change table alone.
      const [child] = target.lists;
      if (inserted > 0) {
        await write(client, `insert ${target.table}`,
          `insert into ${target.table} (id, ${columns.join(', ')}, batch_id) select record_id, ${columns.join(', ')}, $1 from ${change} where is_new`,
          [batchId]);
      }
      await write(client, `insert list ${child.table}`,
        `insert into ${child.table} (${child.parentColumn}, ${child.valueColumn})
         select x.* from ${change} s cross join lateral (${listRows(child, 's.record_id')}) x`);
      continue;
    }
    if (inserted > 0) {
      await write(client, `insert ${target.table}`,
        `insert into ${target.table} (${columns.join(', ')}, batch_id) select ${columns.join(', ')}, $1 from ${change} where is_new`,
        [batchId],
      );
    }
    for (const child of target.lists) {
      await write(client, `insert list ${child.table}`,
        `insert into ${child.table} (${child.parentColumn}, ${child.valueColumn})
         select x.* from ${change} s cross join lateral (${listRows(child, `s.${target.key[0]}`)}) x`,
      );
    }
    if (target.classDraws) {
      await write(client, `insert draws ${target.table}`,
        `insert into task_class_draw (task_code, credit_class, pool_count, drawn_count)
         select x.* from ${change} s cross join lateral (${DRAW_ROWS}) x`,
      );
    }
  }
}

/**
 * After the commit: fresh planner statistics on every table the import wrote, so that the first
 * query after an import is planned as on freshly analysed tables (autovacuum would get there
 * minutes later). The hub's role holds MAINTAIN on these tables (database/privileges.ts); without
 * it (PostgreSQL before 17) ANALYZE only warns, and a failure here never undoes a committed import.
 */
export async function analyzeWritten(client: pg.ClientBase, counts: Map<KindName, KindCount>): Promise<void> {
  const tables = new Set<string>();
  for (const target of TARGETS) {
    const count = counts.get(target.kind);
    if (!count || count.inserted + count.updated === 0) continue;
    tables.add(target.table);
    for (const child of target.lists) tables.add(child.table);
    if (target.classDraws) tables.add('task_class_draw');
    if (target.table === 'subject' || target.table === 'department') TALLY_TABLES.forEach((t) => tables.add(t));
  }
  if (tables.size === 0) return;
  await client.query(`analyze ${[...tables].join(', ')}`).catch(() => undefined);
}
