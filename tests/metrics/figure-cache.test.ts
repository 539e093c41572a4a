import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { dataVersion, FigureCache } from '../../server/src/metrics/figure-cache';
import { asOwner, useTestDatabase } from '../support/database';
import { tempDir, writeCsv, type Table } from '../support/files';
import { gqlData, useHubServer } from '../graphql/hub-client';
import { ALL, RESULTS } from '../ingest/fixtures';
import { rm } from 'node:fs/promises';

describe('FigureCache', () => {
  it('keeps the most recently used entries up to its capacity', async () => {
    const cache = new FigureCache(2);
    let computed = 0;
    const get = (key: string) => cache.get(key, async () => `${key}${++computed}`);
    expect(await get('a')).toBe('a1');
    expect(await get('b')).toBe('b2');
    expect(await get('a')).toBe('a1');
    expect(await get('c')).toBe('c3'); // b, the least recently used, goes
    expect(cache.size).toBe(2);
    expect(await get('a')).toBe('a1');
    expect(await get('b')).toBe('b4');
  });

  it('shares one computation among those asking at once, and keeps no failure', async () => {
    const cache = new FigureCache(10);
    let calls = 0;
    let fail = true;
    const compute = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (fail) throw new Error('cancelled');
      return calls;
    };
    const first = cache.get('k', compute);
    // The second asker waits on the first's computation; when that fails it computes for itself.
    const second = cache.get('k', async () => {
      fail = false;
      return compute();
    });
    await expect(first).rejects.toThrow('cancelled');
    expect(await second).toBe(2);
    expect(await cache.get('k', compute)).toBe(2);
    expect(calls).toBe(2);
  });
});

/**
 * Read by the figures but written only by a watched table's triggers, in the very statement that
 * bumps the version (inspection → result_day_tally, task_class_draw → task_draw_summary, task and its lists → the task day tallies): a watch of
 * its own would add nothing.
 */
const WRITTEN_WITH_A_WATCHED_TABLE = ['result_day_tally', 'task_draw_summary', 'task_participant_month', 'task_item_month', 'saved_visit_day', 'task_first_visit'];

const TABLES_NOT_READ_BY_FIGURES = [
  'app_session', 'app_user', 'audit_log', 'data_version', 'import_batch', 'mikro_orm_migrations', 'report', 'report_template',
  'tally_deferral', 'warning_setting',
];

describe('the data version', () => {
  const db = useTestDatabase();

  it('is watched on every table except those no figure reads', async () => {
    const { rows } = await db().pool.query<{ table: string; watched: boolean }>(`
      select c.relname as table, exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'data_version_bump') as watched
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`);
    const unwatched = rows.filter((r) => !r.watched).map((r) => r.table);
    // A new table lands in one list or the other: a table the figures read needs watch_data_version.
    expect(unwatched).toEqual([...TABLES_NOT_READ_BY_FIGURES, ...WRITTEN_WITH_A_WATCHED_TABLE].sort());
    expect(rows.filter((r) => r.watched).length).toBeGreaterThanOrEqual(19);
  });

  it('changes with every statement that writes, truncate included, and not with reads', async () => {
    const before = await dataVersion(db().pool);
    await db().pool.query(`select count(*) from task`);
    expect(await dataVersion(db().pool)).toBe(before);
    await db().pool.query(`insert into work_calendar_day (day, is_working_day, name) values ('2030-01-02', false, '测试')`);
    const afterInsert = await dataVersion(db().pool);
    expect(afterInsert).not.toBe(before);
    await db().pool.query(`update kpi_target set target = target where false`);
    const afterEmptyUpdate = await dataVersion(db().pool);
    expect(afterEmptyUpdate).not.toBe(afterInsert);
    await asOwner(db(), 'truncate work_calendar_day');
    expect(await dataVersion(db().pool)).not.toBe(afterEmptyUpdate);
  });

  it("cannot be set, nor its triggers dropped or disabled, by the hub's role", async () => {
    const refusal = async (sql: string) => db().pool.query(sql).then(() => null, (error) => (error as { code: string }).code);
    expect(await refusal(`update data_version set version = gen_random_uuid()`)).toBe('42501');
    expect(await refusal(`delete from data_version`)).toBe('42501');
    expect(await refusal(`insert into data_version (singleton, version) values (true, gen_random_uuid())`)).toBe('42501');
    expect(await refusal(`alter table data_version add column x int`)).toBe('42501');
    expect(await refusal(`alter table task disable trigger data_version_bump`)).toBe('42501');
    expect(await refusal(`drop trigger data_version_bump on inspection`)).toBe('42501');
    expect(await refusal(`select bump_data_version()`)).toBe('42501');
    expect(await refusal(`create or replace function bump_data_version() returns trigger language plpgsql as $$ begin return null; end $$`))
      .toBe('42501');
  });
});

describe('KPI answers from the cache are never older than the data', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  let dir: string;
  const write = async (name: string, rows: Table) => writeCsv(path.join(dir, `${name}.csv`), rows);
  const importFiles = async (files: string[]) => {
    const report = await runImport(db().importPool, files.map((file) => ({ path: file })), { source: 'CLI' });
    expect(report.outcome).toBe('committed');
  };

  beforeAll(async () => {
    dir = await tempDir('hub-cache-');
    await importFiles(await Promise.all(Object.entries(ALL).map(([name, rows]) => write(name, rows))));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const YEAR = '{ from: "2024-01-01", to: "2024-12-31" }';
  type Kpi = { key: string; numerator: number; denominator: number | null; target: number | null };
  const kpis = async (query = `{ kpis(period: ${YEAR}) { key numerator denominator target } }`) =>
    Object.fromEntries((await gqlData<{ kpis: Kpi[] }>(url(), query)).kpis.map((k) => [k.key, k]));
  const totals = async () => (await gqlData<{ departmentKpiTotals: { total: Kpi[] } }>(url(),
    `{ departmentKpiTotals(period: ${YEAR}) { total { key numerator denominator target } } }`)).departmentKpiTotals.total
    .find((k) => k.key === 'publication_rate');

  it('answers a repeated question from the cache while the data stay as they were', async () => {
    // Three results of 2024, two published (fixtures): 2 / 3.
    expect((await kpis()).publication_rate).toMatchObject({ numerator: 2, denominator: 3 });
    // A change the hub cannot see (the owner, behind the trigger's back) shows that the answer is the cached one.
    await asOwner(db(), `begin; alter table inspection disable trigger data_version_bump;
      update inspection set published_on = inspected_on where published_on is null;
      alter table inspection enable trigger data_version_bump; commit`);
    expect((await kpis()).publication_rate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(await totals()).toMatchObject({ numerator: 3, denominator: 3 }); // not asked before: computed now
  });

  it('answers anew after an import', async () => {
    const more = [RESULTS[0], ['RW-2024-001', '411422600012345', 'SCJGJ', '2024-04-15', '实地检查', '未发现问题', null, '无须处置', '41142201001']];
    await importFiles([await write('检查结果', more)]);
    // The new result is unpublished; the row the owner changed unseen counts now too.
    expect((await kpis()).publication_rate).toMatchObject({ numerator: 3, denominator: 4 });
    expect(await totals()).toMatchObject({ numerator: 3, denominator: 4 });
    const series = await gqlData<{ kpiSeries: { numerator: number; denominator: number }[] }>(url(),
      `{ kpiSeries(key: "publication_rate", from: "2024-04-01", to: "2024-05-31", granularity: MONTH) { numerator denominator } }`);
    // April as of 30 April: the result published on 6 May is not yet.
    expect(series.kpiSeries).toEqual([{ numerator: 2, denominator: 4 }, { numerator: 0, denominator: 0 }]);
  });

  it('answers anew after a target changes', async () => {
    expect((await kpis()).joint_task_share.target).toBeNull();
    await gqlData(url(), `mutation { setKpiTarget(input: { year: 2024, jurisdiction: "411422", kpiKey: "joint_task_share", comparator: ">=", target: 0.4 }) { kpiKey } }`);
    expect((await kpis()).joint_task_share.target).toBe(0.4);
    await gqlData(url(), `mutation { removeKpiTarget(year: 2024, jurisdiction: "411422", kpiKey: "joint_task_share") }`);
    expect((await kpis()).joint_task_share.target).toBeNull();
  });
});
