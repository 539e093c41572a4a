/**
 * A province-sized data set for the KPI benchmark, written straight into the tables with set-based
 * `insert … select … from generate_series(…)` (the importer would take far too long for 10^6 rows).
 * Every draw is a hash of the row number, so the data set is the same on every run. Codes are
 * plain numbered strings, not valid credit codes: the KPIs never look inside them.
 *
 * Shape (per the sizing in domain.md): 60 departments of one province (440000) — 4 provincial,
 * 9 in 3 cities, 47 in 12 counties, 55 of them members; 1,000 items; 10^6 subjects in 1–2
 * registries each; 20,000 inspectors; 600 plans; 10^5 tasks starting 2024-10-01…2026-09-30, a
 * third joint with 1–3 cooperators, ~85% credit-tiered; ~10^6 results by the initiator and every
 * cooperator of a joint task on the same subjects, published mostly within a few weeks.
 */
import type pg from 'pg';

export const PROVINCE = {
  subjects: 1_000_000,
  departments: 60,
  members: 55,
  items: 1_000,
  inspectors: 20_000,
  plans: 600,
  tasks: 100_000,
  /** Tasks start within the 730 days from here. */
  firstStart: '2024-10-01',
  /** Nothing happens after this day: later completions and publications have not happened yet. */
  today: '2026-11-20',
  /** A provincial department, and a city whose code covers its own and its counties' departments. */
  department: 'GD001',
  region: '440300',
} as const;

const CITIES = ['440100', '440300', '440600'];
const COUNTIES = ['440103', '440104', '440105', '440106', '440303', '440304', '440305', '440306', '440604', '440605', '440606', '440607'];

/** A non-negative pseudo-random integer below 2^31 from an integer expression and a seed. */
const h = (expr: string, seed: number) => `(hashint8extended((${expr})::bigint, ${seed}) & 2147483647)::int`;
/** The code of department number `expr` (1-based). */
const dept = (expr: string) => `'GD' || lpad((${expr})::text, 3, '0')`;
const sqlArray = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;

/** The statements in order, each with what it writes. `$batch` is replaced by the import batch's id. */
function statements(): [string, string][] {
  const P = PROVINCE;
  return [
    ['部门', `insert into department (code, name, region_code, qualified_staff, is_member, batch_id)
      select ${dept('g')}, '部门' || g,
        case when g <= 4 then '440000'
             when g <= 13 then (${sqlArray(CITIES)})[1 + (g - 5) % 3]
             else (${sqlArray(COUNTIES)})[1 + (g - 14) % 12] end,
        300 + ${h('g', 1)} % 100, g <= ${P.members}, $batch
      from generate_series(1, ${P.departments}) g`],
    // Item g belongs to department 1 + g % 60; department d's first 16 items are d − 1 + 60k, k < 16.
    ['抽查事项', `insert into inspection_item (code, name, department_code, category, ratio_ceiling, batch_id)
      select 'SX' || lpad(g::text, 4, '0'), '事项' || g, ${dept('1 + g % 60')},
        case when ${h('g', 2)} % 3 = 0 then 'KEY' else 'GENERAL' end,
        case when ${h('g', 2)} % 3 = 0 then null else 5 end, $batch
      from generate_series(0, ${P.items - 1}) g`],
    ['检查对象', `insert into subject (code, code_kind, name, subject_type, industry_code, region_code, credit_class, batch_id)
      select 'S' || lpad(g::text, 7, '0'), case when market then 'USCC' else 'OBJECT_CODE' end, '主体' || g, type,
        chr(65 + ${h('g', 5)} % 20), (${sqlArray(COUNTIES)})[1 + ${h('g', 6)} % 12],
        case when not market then null when c < 45 then 'A' when c < 75 then 'B' when c < 88 then 'C' when c < 93 then 'D' end,
        $batch
      from generate_series(0, ${P.subjects - 1}) g
      cross join lateral (select case when r < 80 then 'ENTERPRISE' when r < 94 then 'INDIVIDUAL_BUSINESS'
                                      when r < 97 then 'FARMERS_COOPERATIVE' when r < 98 then 'PRODUCT'
                                      when r < 99 then 'PROJECT' else 'OTHER' end as type,
                                 ${h('g', 4)} % 100 as c
                          from (select ${h('g', 3)} % 100 as r) x) t
      cross join lateral (select t.type in ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE') as market) m`],
    // Every subject in one registry, half of them in a second (a different department).
    ['名录库入库', `insert into subject_registry (subject_code, department_code)
      select 'S' || lpad(g::text, 7, '0'), ${dept('d')}
      from generate_series(0, ${P.subjects - 1}) g
      cross join lateral (select 1 + ${h('g', 7)} % 60 as d1) f
      cross join lateral (values (f.d1), (case when ${h('g', 8)} % 2 = 0 then 1 + (f.d1 + ${h('g', 9)} % 59) % 60 end)) v(d)
      where d is not null`],
    ['执法人员', `insert into inspector (certificate_no, name, department_code, certificate_expires_on, batch_id)
      select 'ZF' || lpad(g::text, 6, '0'), '人员' || g, ${dept(`1 + ${h('g', 10)} % 60`)},
        date '2026-06-01' + (${h('g', 11)} % 1800)::int, $batch
      from generate_series(0, ${P.inspectors - 1}) g`],
    // 200 plans a year (2024–2026); plan j's initiator is 1 + (j % 200) % 60; 15% entered after 31 March.
    ['抽查计划', `insert into plan (code, name, year, initiator_code, entered_on, published_on, batch_id)
      select 'JH' || lpad(j::text, 4, '0'), '计划' || j, y, ${dept('1 + (j % 200) % 60')}, e, e + 5, $batch
      from generate_series(0, ${P.plans - 1}) j
      cross join lateral (select 2024 + j / 200 as y) yy
      cross join lateral (select case when ${h('j', 12)} % 100 < 85 then make_date(y, 1, 10) + (${h('j', 13)} % 80)::int
                                      else make_date(y, 4, 1) + (${h('j', 13)} % 60)::int end as e) ee`],
    ['计划配合部门', `insert into plan_cooperator (plan_code, department_code)
      select 'JH' || lpad(j::text, 4, '0'), ${dept('1 + ((j % 200) % 60 + k * (1 + ' + h('j', 15) + ' % 19)) % 60')}
      from generate_series(0, ${P.plans - 1}) j
      cross join lateral generate_series(1, case when ${h('j', 14)} % 3 = 0 then 1 + ${h('j', 16)} % 2 else 0 end) k`],
    // The draws every later statement shares, once per task.
    ['任务草稿', `create temporary table gen_task as
      select g, 'RW' || lpad(g::text, 6, '0') as code, d, s as starts_on, s + 30 + (${h('g', 22)} % 90)::int as due_on,
        case when ${h('g', 30)} % 3 = 0 then 1 + ${h('g', 31)} % 3 else 0 end as ncoop, 1 + ${h('g', 32)} % 19 as step,
        1 + ${h('g', 33)} % 11 as nsubj, ${h('g', 34)} % ${P.subjects} as subj_base,
        case when ${h('g', 23)} % 10 = 0 then null
             else 'JH' || lpad(((extract(year from s)::int - 2024) * 200 + d - 1 + 60 * (${h('g', 24)} % 3))::text, 4, '0') end as plan_code
      from generate_series(0, ${P.tasks - 1}) g
      cross join lateral (select 1 + ${h('g', 20)} % 60 as d, date '${P.firstStart}' + (${h('g', 21)} % 730)::int as s) x`],
    ['抽查任务', `insert into task (code, plan_code, name, initiator_code, credit_tiered, starts_on, due_on, completed_on, batch_id)
      select code, plan_code, '任务' || g, ${dept('d')}, ${h('g', 25)} % 100 < 85, starts_on, due_on,
        case when c > date '${P.today}' then null else c end, $batch
      from gen_task
      cross join lateral (select case when ${h('g', 26)} % 100 < 70 then starts_on + (${h('g', 27)} % (due_on - starts_on + 1))::int
                                      when ${h('g', 26)} % 100 < 85 then due_on + 1 + (${h('g', 27)} % 30)::int end as c) cc`],
    ['任务配合部门', `insert into task_cooperator (task_code, department_code)
      select code, ${dept('1 + (d - 1 + k * step) % 60')} from gen_task cross join lateral generate_series(1, ncoop) k`],
    ['任务事项', `insert into task_item (task_code, item_code)
      select code, 'SX' || lpad((d - 1 + 60 * ((${h('g', 35)} + k) % 16))::text, 4, '0')
      from gen_task cross join lateral generate_series(0, ${h('g', 36)} % 3) k`],
    // Class counts on 80% of the credit-tiered tasks; in 8% of those class A draws above its 3% band.
    ['分类抽取户数', `insert into task_class_draw (task_code, credit_class, pool_count, drawn_count)
      select t.code, c.cls, c.pool,
        case c.cls when 'A' then case when ${h('t.g', 38)} % 100 < 8 then ceil(c.pool * 0.05) else floor(c.pool * 0.02) end
                   when 'B' then floor(c.pool * 0.03) when 'C' then floor(c.pool * 0.1) else floor(c.pool * 0.5) end
      from gen_task t join task k on k.code = t.code and k.credit_tiered
      cross join lateral (values ('A', 500 + ${h('t.g', 40)} % 5000), ('B', 200 + ${h('t.g', 41)} % 2000),
                                 ('C', 50 + ${h('t.g', 42)} % 500), ('D', 10 + ${h('t.g', 43)} % 100)) c(cls, pool)
      where ${h('t.g', 37)} % 100 < 80`],
    // Each participant records its result for every subject of the visit, on the visit's day.
    ['检查结果', `insert into inspection (task_code, subject_code, department_code, inspected_on, methods, categories, published_on, batch_id)
      select t.code, 'S' || lpad(((t.subj_base + j * 7919) % ${P.subjects})::text, 7, '0'), ${dept('p.dept')}, v.day,
        case when ${h('r.key', 50)} % 5 = 0 then array['DOCUMENT_REVIEW'] else array['ON_SITE'] end,
        case when c < 85 then array['NO_PROBLEM'] when c < 93 then array['ORDERED_TO_CORRECT']
             when c < 96 then array['PENDING_FOLLOW_UP'] when c < 98 then array['UNDISCLOSED_INFORMATION']
             else array['NO_RELEVANT_ACTIVITY'] end,
        case when pub > date '${P.today}' then null else pub end, $batch
      from gen_task t
      cross join lateral generate_series(0, t.nsubj - 1) j
      cross join lateral (select t.starts_on + (${h('t.g * 16 + j', 51)} % (least(t.due_on, date '${P.today}') - t.starts_on + 1))::int as day) v
      cross join lateral (select 0 as k, t.d as dept union all
                          select k, 1 + (t.d - 1 + k * t.step) % 60 from generate_series(1, t.ncoop) k) p
      cross join lateral (select t.g * 64 + j * 4 + p.k as key) r
      cross join lateral (select ${h('r.key', 52)} % 100 as c, ${h('r.key', 53)} % 100 as pr) x
      cross join lateral (select case when x.pr < 80 then v.day + 1 + (${h('r.key', 54)} % 25)::int
                                      when x.pr < 90 then v.day + 30 + (${h('r.key', 54)} % 60)::int end as pub) pp
      -- In the order a live platform records them: by inspection date.
      order by v.day, t.g, j, p.k`],
    // As a database that has been running a while: statistics and the visibility map are up to date.
    ['VACUUM ANALYZE', 'vacuum analyze'],
  ];
}

/** The big tables, loaded without their foreign keys and secondary indexes, which are put back afterwards. */
const BULK_TABLES = ['subject', 'subject_registry', 'inspection'];

/**
 * The foreign keys and the indexes that back no constraint of the big tables, as statements that
 * recreate them. Re-adding a foreign key checks every row in one set-based pass, far faster than a
 * lookup per inserted row, and leaves the schema exactly as the migrations made it.
 */
async function detachable(client: pg.PoolClient): Promise<{ drop: string[]; restore: string[] }> {
  const { rows } = await client.query<{ tbl: string; name: string; def: string; fk: boolean }>(
    `select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def, true as fk
       from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any ($1)
     union all
     select i.tablename, i.indexname, i.indexdef, false
       from pg_indexes i where i.schemaname = current_schema() and i.tablename = any ($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  return {
    drop: rows.map((r) => (r.fk ? `alter table ${r.tbl} drop constraint ${r.name}` : `drop index ${r.name}`)),
    restore: rows.map((r) => (r.fk ? `alter table ${r.tbl} add constraint ${r.name} ${r.def}` : r.def)),
  };
}

/** Writes the data set into an empty, migrated database; reports each step's time. */
export async function generateProvince(pool: pg.Pool, log: (line: string) => void): Promise<void> {
  const client = await pool.connect();
  const step = async (label: string, sql: string) => {
    const started = performance.now();
    const result = await client.query(sql);
    const count = result.command === 'INSERT' ? result.rowCount ?? 0 : 0;
    log(`  ${label}：${count ? `${count.toLocaleString('en-US')} 行，` : ''}${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    // The benchmark's statement timeout is for the queries measured, not for writing the data.
    await client.query('set statement_timeout = 0');
    const { rows } = await client.query<{ id: number }>(
      `insert into import_batch (source, file_names, counts) values ('CLI', array['bench-kpis 省级数据'], '{}') returning id`,
    );
    const { drop, restore } = await detachable(client);
    for (const sql of drop) await client.query(sql);
    for (const [label, sql] of statements()) {
      // The participation trigger runs (once per statement); the keys and indexes are back before VACUUM.
      if (label === 'VACUUM ANALYZE') await step(`外键与索引（${restore.length} 个）`, restore.join(';\n'));
      await step(label, sql.replaceAll('$batch', String(rows[0].id)));
    }
    await client.query('drop table gen_task');
  } finally {
    client.release();
  }
}
