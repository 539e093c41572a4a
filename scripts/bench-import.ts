/**
 * Import benchmark, in one run and one throw-away embedded PostgreSQL (or the server of
 * BENCH_DATABASE_URL, as its owner: the databases are created and dropped):
 *
 * 1. 10^5 results with what they refer to (scripts/bench/import-data.ts), imported through the
 *    hub's import into an empty database, then again unchanged;
 * 2. a province's registry: 10^6 subjects in 1.5·10^6 入库 rows, imported the same way;
 * 3. beside each, a plain COPY of the very rows the import wrote into indexed copies of the same
 *    tables (`create table … (like … including all)`: indexes, checks, defaults; no triggers, no
 *    foreign keys), and the ratio of the two times.
 *
 * 4. with BENCH_CITY=1 (or BENCH_CITY=only), a city-sized set from the demo generator (180,000
 *    subjects) imported the same way, and `kpis` for its last quarter asked right after the import:
 *    with the planner statistics the import leaves (it ANALYZEs what it wrote) and with the tables'
 *    statistics cleared, as an import that does not ANALYZE leaves them until autovacuum comes by.
 *
 * 5. with BENCH_STATS=1 (or BENCH_STATS=only), the province set of `bench:kpis` (10^6 results,
 *    written by its generator), `kpis` for its last quarter with the written tables' statistics
 *    cleared (what an import that does not ANALYZE leaves), then after the hub's role ANALYZEs them
 *    as the import now does. The generator takes several minutes.
 *
 * Prints rows per second, the time spent, and the process's peak memory (RSS) after each part.
 * Usage: npm run bench:import [-- RESULTS SUBJECTS]   (defaults 100000 1000000)
 */
import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connectDatabase, type Database } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { runImport, type ImportReport } from '../server/src/ingest/run-import';
import { generateDemo } from '../server/src/demo/generate';
import { ANALYZED_TABLES } from '../server/src/database/privileges';
import { prepare, QUERIES, type DataSet } from './bench/datasets';
import { generateProvince, PROVINCE } from './bench/province-data';
import { measure } from './bench/measure';
import { resultSetRows, writeRegistrySet, writeResultSet } from './bench/import-data';

const RESULTS = Number(process.argv[2] ?? 100_000);
const SUBJECTS = Number(process.argv[3] ?? 1_000_000);

const log = (line: string) => console.log(line);
const rss = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
const perSecond = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('en-US');

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** The tables an import wrote (rows > 0), with their row counts. */
async function writtenTables(db: Database): Promise<{ table: string; rows: number }[]> {
  const tables = ['department', 'inspection_item', 'subject', 'subject_registry', 'inspector', 'plan', 'plan_cooperator',
    'task', 'task_cooperator', 'task_item', 'task_class_draw', 'inspection', 'inspection_inspector'];
  const { rows } = await db.pool.query<{ t: string; n: number }>(
    tables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all '));
  return rows.filter((r) => r.n > 0).map((r) => ({ table: r.t, rows: r.n }));
}

/**
 * The limit: the same rows, already in the tables' own format (dumped beforehand, not timed),
 * loaded by COPY into an indexed copy of each table, one after another.
 */
async function plainCopy(ownerUrl: string, dir: string, tables: { table: string; rows: number }[]): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const plan: { table: string; columns: string; file: string }[] = [];
    for (const { table } of tables) {
      const { rows } = await client.query<{ c: string }>(
        `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as c from information_schema.columns
         where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'`, [table]);
      const file = path.join(dir, `${table}.copy`);
      await pipeline(client.query(copyTo(`copy ${table} (${rows[0].c}) to stdout`)), createWriteStream(file));
      await client.query(`create table bench_copy_${table} (like ${table} including all)`);
      plan.push({ table, columns: rows[0].c, file });
    }
    const { seconds } = await timed(async () => {
      for (const step of plan) {
        await pipeline(createReadStream(step.file, { highWaterMark: 1 << 20 }), client.query(copyFrom(`copy bench_copy_${step.table} (${step.columns}) from stdin`)));
      }
    });
    for (const step of plan) {
      await client.query(`drop table bench_copy_${step.table}`);
      await rm(step.file, { force: true });
    }
    return seconds;
  } finally {
    await client.end();
  }
}

interface Part {
  label: string;
  /** Data rows in the files. */
  fileRows: number;
  write: (dir: string) => Promise<void>;
}

function describeCounts(report: ImportReport): string {
  return report.counts.filter((c) => c.inserted + c.updated + c.unchanged > 0)
    .map((c) => `${c.kind} ${c.inserted}/${c.updated}/${c.unchanged}`).join('，');
}

/** Runs statements on the server as the owner, on a connection of their own (CREATE/DROP DATABASE refuse a transaction). */
async function onServer(ownerUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

type Urls = { url: string; ownerUrl: string };

/** An empty, migrated database `name` for one part, dropped after `use` whatever happens. */
async function withFreshDatabase<T>(base: Urls, name: string, use: (db: Database, urls: Urls) => Promise<T>): Promise<T> {
  await onServer(base.ownerUrl, `drop database if exists ${name}`, `create database ${name}`);
  const urls = { url: databaseUrl(base.url, name), ownerUrl: databaseUrl(base.ownerUrl, name) };
  const db = await connectDatabase(urls, async () => {});
  try {
    return await use(db, urls);
  } finally {
    await db.close();
    await onServer(base.ownerUrl, `drop database if exists ${name}`);
  }
}

async function runPart(part: Part, root: string, base: Urls, name: string): Promise<void> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  await part.write(dir);
  try {
    await withFreshDatabase(base, name, async (db, urls) => {
      log(`\n## ${part.label}（文件中 ${part.fileRows.toLocaleString('en-US')} 行）`);
      const files = [{ path: dir }];
      const first = await timed(() => runImport(db.pool, files, { source: 'CLI' }));
      log(`首次导入：${first.value.outcome}，新增/更新/未变 ${describeCounts(first.value)}`);
      log(`  用时 ${first.seconds.toFixed(2)} s，${perSecond(part.fileRows, first.seconds)} 行/秒；进程峰值内存 ${rss()}`);
      const again = await timed(() => runImport(db.pool, files, { source: 'CLI' }));
      log(`重复导入（无变化）：${again.value.outcome}`);
      log(`  用时 ${again.seconds.toFixed(2)} s，${perSecond(part.fileRows, again.seconds)} 行/秒；进程峰值内存 ${rss()}`);
      const tables = await writtenTables(db);
      const rows = tables.reduce((n, t) => n + t.rows, 0);
      const copy = await plainCopy(urls.ownerUrl, dir, tables);
      log(`同一批表行（${tables.map((t) => `${t.table} ${t.rows.toLocaleString('en-US')}`).join('、')}，共 ${rows.toLocaleString('en-US')} 行）`);
      log(`  直接 COPY 进带同样索引的表副本：${copy.toFixed(2)} s，${perSecond(rows, copy)} 表行/秒`);
      log(`  首次导入用时 / COPY 用时 = ${(first.seconds / copy).toFixed(2)}；无变化的重复导入 / COPY = ${(again.seconds / copy).toFixed(2)}`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CITY_SUBJECTS = 180_000;

/** Each kpis query of the benchmark: its first run, then the median of five after one warm-up. */
async function askKpis(set: DataSet, db: Database, label: string): Promise<void> {
  for (const q of QUERIES.filter((x) => x.isKpis)) {
    const started = performance.now();
    await q.run(set, db.pool);
    const first = performance.now() - started;
    const timing = await measure(() => q.run(set, db.pool), 1, 5);
    log(`  ${label} ${q.label} 季度 ${set.quarter.label}：第一次 ${first.toFixed(0)} ms，其后中位数 ${timing.median.toFixed(0)} ms`);
  }
}

/** The planner statistics of every table an import writes, gone as on tables never analysed. */
async function clearStatistics(owner: pg.Client): Promise<void> {
  for (const table of ANALYZED_TABLES) {
    await owner.query(`select pg_clear_relation_stats('public', $1)`, [table]);
    await owner.query(`select pg_clear_attribute_stats('public', $1, attname::text, false) from pg_attribute
                       where attrelid = ('public.' || $1)::regclass and attnum > 0 and not attisdropped`, [table]);
  }
}

/** The province set, kpis without statistics and after the ANALYZE an import now runs (as the hub's role). */
async function statisticsPart(base: Urls): Promise<void> {
  await withFreshDatabase(base, 'bench_import_stats', async (db, urls) => {
    const owner = new pg.Client({ connectionString: urls.ownerUrl });
    await owner.connect();
    try {
      log('\n## 规划器统计：省级数据（bench:kpis 的生成器，10^6 条检查结果）');
      const generator = new pg.Pool({ connectionString: urls.ownerUrl, max: 1 });
      await generateProvince(generator, () => {}).finally(() => generator.end());
      // No autovacuum in between: the state right after an import, as a user asking at once meets it.
      await owner.query(`alter table ${ANALYZED_TABLES.join(` set (autovacuum_enabled = false); alter table `)} set (autovacuum_enabled = false)`);
      const set = await prepare('省级', db, PROVINCE.department, PROVINCE.region);
      await clearStatistics(owner);
      await askKpis(set, db, '统计信息清空后（即导入不 ANALYZE）');
      const analysed = await timed(() => db.pool.query(`analyze ${ANALYZED_TABLES.join(', ')}`));
      log(`  服务角色 ANALYZE 导入所写的表：${analysed.seconds.toFixed(1)} s`);
      await askKpis(set, db, '导入后 ANALYZE');
    } finally {
      await owner.end();
    }
  });
}

/** The city set imported, then kpis asked at once: as the import leaves the statistics, and without any. */
async function cityPart(root: string, base: Urls): Promise<void> {
  const name = 'bench_import_city';
  const dir = path.join(root, name);
  const files = await generateDemo(dir, { subjects: CITY_SUBJECTS });
  const fileRows = files.reduce((n, f) => n + f.rows, 0);
  try {
    await withFreshDatabase(base, name, async (db, urls) => {
      const owner = new pg.Client({ connectionString: urls.ownerUrl });
      await owner.connect();
      try {
        log(`\n## 城市规模（演示数据生成器，${CITY_SUBJECTS.toLocaleString('en-US')} 个检查对象；${files.map((f) => `${f.kind} ${f.rows.toLocaleString('en-US')}`).join('、')}）`);
        const imported = await timed(() => runImport(db.pool, [{ path: dir }], { source: 'CLI' }));
        log(`导入：${imported.value.outcome}，${imported.seconds.toFixed(2)} s，${perSecond(fileRows, imported.seconds)} 行/秒`);
        const set = await prepare('城市', db, 'SCJGJ');
        const ask = (label: string) => askKpis(set, db, label);
        await ask('导入后（导入已 ANALYZE）');
        await clearStatistics(owner);
        await ask('统计信息清空后（即导入不 ANALYZE、自动清理尚未来到时）');
      } finally {
        await owner.end();
      }
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-import-'));
  await chmod(root, 0o755);
  const external = process.env.BENCH_DATABASE_URL;
  const embedded = external ? null : await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const base = embedded ? { url: embedded.appUrl, ownerUrl: embedded.ownerUrl } : { url: external!, ownerUrl: external! };
  const [load1] = os.loadavg();
  log(`导入基准 ${new Date().toISOString()}：${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，内存 ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB，开始时负载 ${load1.toFixed(2)}`);
  const city = process.env.BENCH_CITY;
  const stats = process.env.BENCH_STATS;
  try {
    if (city === 'only' || stats === 'only') {
      if (city) await cityPart(root, base);
      if (stats) await statisticsPart(base);
      return;
    }
    await runPart({ label: `${RESULTS.toLocaleString('en-US')} 条检查结果（及其部门、事项、检查对象、执法人员、任务）`,
      fileRows: resultSetRows(RESULTS).all, write: (dir) => writeResultSet(dir, RESULTS) }, root, base, 'bench_import_results');
    await runPart({ label: `${SUBJECTS.toLocaleString('en-US')} 个检查对象（入库记录约 ${(SUBJECTS * 1.5).toLocaleString('en-US')} 条）`,
      fileRows: SUBJECTS + 60, write: async (dir) => void (await writeRegistrySet(dir, SUBJECTS)) }, root, base, 'bench_import_registry');
    if (city) await cityPart(root, base);
    if (stats) await statisticsPart(base);
    log(`\n结束时负载 ${os.loadavg()[0].toFixed(2)}`);
  } finally {
    await embedded?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
