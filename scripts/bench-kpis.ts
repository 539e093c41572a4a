/**
 * KPI benchmark: the latency of kpis, departmentKpis and a 24-month kpiSeries on the demo data
 * (database A, loaded through the importer) and on a generated province-sized data set (database B:
 * 10^6 subjects, 10^5 tasks, 10^6 results, written directly), in a throw-away embedded PostgreSQL or
 * on the server of BENCH_DATABASE_URL (two databases are created there and dropped afterwards;
 * BENCH_KEEP=1 keeps them). BENCH_PG_DIR=… keeps the embedded cluster in that folder between runs, and
 * BENCH_REUSE=1 then measures the databases already there instead of generating them again (the
 * province set takes minutes to write; a new migration is applied on connecting). Writes the results to docs/benchmarks/kpis.md and the plan of the
 * province kpis query to docs/benchmarks/kpis-plan.txt. Not a test: it prints figures. A statement
 * running longer than BENCH_TIMEOUT_S seconds (default 120) is cancelled and reported as not finished.
 *
 * Usage: npm run bench:kpis
 */
import 'reflect-metadata';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectDatabase, type Database } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { ensureDemoData } from '../server/src/demo/load-demo';
import { ownerQuery } from './bench/owner';
import { STATE_COUNCIL_KPIS } from '../server/src/domain/kpi-keys';
import { kpisFor, type KpiFilter } from '../server/src/metrics/operations';
import { engineVersion, handKpis, loadSetting, prepare, QUERIES, tableCounts, type DataSet } from './bench/datasets';
import { explain, measure, measurePair, ms, recorder, type StatementPlan, type Timing } from './bench/measure';
import { generateProvince, PROVINCE } from './bench/province-data';
import { markdown, planFile, type BenchResults } from './bench/report';
import { benchVisits } from './bench/visits';

const OUT_DIR = path.join(import.meta.dirname, '..', 'docs', 'benchmarks');
const NAMES = { demo: 'kpi_bench_demo', province: 'kpi_bench_province' };
/** A statement still running after this long is cancelled and its query reported as not finished. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 120) * 1000;

const log = (line: string) => console.log(line);
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Waits until statements left running by a cancelled query (its siblings in Promise.all) have ended. */
async function settle(set: DataSet): Promise<void> {
  const busy = `select count(*)::int as n from pg_stat_activity
                where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
  while ((await set.db.pool.query<{ n: number }>(busy)).rows[0].n > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
}

async function timed(set: DataSet, run: () => Promise<unknown>): Promise<Timing> {
  const timing = await measure(run, 3, 10, 3_000, 20_000, TIMEOUT_MS);
  if (timing.timeout !== undefined) await settle(set);
  return timing;
}

/** Each query, beside its hand-written SQL where there is one (timed in turns); then loadKpiSetting. */
async function measureSet(set: DataSet): Promise<{ row: Timing[]; hand: (Timing | null)[] }> {
  log(`测量${set.label}：季度 ${set.quarter.label}（${set.quarter.from}—${set.quarter.to}），序列 ${set.series.from}—${set.series.to}`);
  const row: Timing[] = [];
  const hand: (Timing | null)[] = [];
  for (const q of QUERIES) {
    if (q.hand) {
      const pair = await measurePair(() => q.run(set, set.db.pool), () => q.hand!(set, set.db.pool));
      row.push(pair.a);
      hand.push(pair.b);
      log(`  ${q.label}：${ms(pair.a)} ms；手写 SQL ${ms(pair.b)} ms；比 ${pair.ratio.toFixed(2)}`);
    } else {
      row.push(await timed(set, () => q.run(set, set.db.pool)));
      hand.push(null);
      log(`  ${q.label}：${ms(row[row.length - 1])} ms`);
    }
  }
  row.push(await measure(() => loadSetting(set.db)));
  return { row, hand };
}

/** Whether the engine and the hand-written SQL give the same numerators and denominators. */
async function agreement(set: DataSet): Promise<string[]> {
  const lines: string[] = [];
  const filters: [string, KpiFilter][] = [['全辖区', {}], [`部门 ${set.department}`, { departmentCode: set.department }], [`区划 ${set.region}`, { regionCode: set.region }]];
  for (const [label, filter] of filters) {
    const engine = await kpisFor(set.db.pool, set.setting, set.quarter, filter, STATE_COUNCIL_KPIS);
    const hand = new Map((await handKpis(set, set.db.pool, set.quarter, filter)).map((f) => [f.key, f]));
    const differ = engine.filter((f) => hand.get(f.key)?.numerator !== f.numerator || hand.get(f.key)?.denominator !== f.denominator);
    lines.push(`${set.label}（${label}）：${differ.length === 0 ? `${engine.length} 项指标的分子、分母全部一致`
      : `不一致：${differ.map((f) => `${f.key} 引擎 ${f.numerator}/${f.denominator}，手写 ${hand.get(f.key)?.numerator}/${hand.get(f.key)?.denominator}`).join('；')}`}`);
  }
  return lines;
}

async function main() {
  const engine = engineVersion();
  const kept = process.env.BENCH_PG_DIR ? path.resolve(process.env.BENCH_PG_DIR) : null;
  const reuse = process.env.BENCH_REUSE === '1';
  const root = kept ?? await mkdtemp(path.join(os.tmpdir(), 'hub-bench-kpis-'));
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755);
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: kept !== null });
  const baseUrl = process.env.BENCH_DATABASE_URL ?? embedded!.ownerUrl;
  const appBaseUrl = embedded?.appUrl ?? baseUrl;
  const urls = (name: string) => ({ url: databaseUrl(appBaseUrl, name), ownerUrl: databaseUrl(baseUrl, name) });
  const admin = new pg.Pool({ connectionString: baseUrl, max: 1 });
  const opened: Database[] = [];
  try {
    const present = async (name: string) => (await admin.query(`select 1 from pg_database where datname = $1`, [name])).rowCount === 1;
    const reused = reuse && (await present(NAMES.demo)) && (await present(NAMES.province));
    for (const name of reused ? [] : Object.values(NAMES)) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      await admin.query(`alter database ${name} set statement_timeout = ${TIMEOUT_MS}`);
    }
    let started = performance.now();
    const demoDb = await connectDatabase(urls(NAMES.demo));
    opened.push(demoDb);
    if (!reused) {
      await ensureDemoData(demoDb, () => {});
      await ownerQuery(demoDb, 'vacuum analyze');
    }
    const demoLoad = seconds(started);
    log(`演示数据已导入（数据库 A），用时 ${demoLoad}`);

    started = performance.now();
    const provinceDb = await connectDatabase(urls(NAMES.province));
    opened.push(provinceDb);
    log('正在生成省级数据（数据库 B）：');
    // It drops and re-adds foreign keys and indexes: the owner's work, not the hub's role's.
    if (!reused) {
      const owner = new pg.Pool({ connectionString: provinceDb.ownerUrl, max: 1 });
      await generateProvince(owner, log).finally(() => owner.end());
    }
    const provinceLoad = seconds(started);
    log(`省级数据已生成，用时 ${provinceLoad}`);

    const sets = [await prepare('演示数据', demoDb, 'SCJGJ'), await prepare('省级数据', provinceDb, PROVINCE.department, PROVINCE.region)];
    const timings: Timing[][] = [];
    const handTimings: (Timing | null)[][] = [];
    const agreements: string[] = [];
    for (const set of sets) {
      agreements.push(...(await agreement(set)));
      const { row, hand } = await measureSet(set);
      timings.push(row);
      handTimings.push(hand);
    }
    agreements.forEach(log);

    // The plan of exactly what kpisFor sends, one statement or several, each EXPLAINed on its own.
    const province = sets[1];
    const rec = recorder(province.db.pool);
    await kpisFor(rec.db, province.setting, province.quarter, {}, STATE_COUNCIL_KPIS);
    const plans: StatementPlan[] = [];
    for (const q of rec.queries) plans.push(await explain(province.db.pool, q));

    const server = `PostgreSQL ${(await admin.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0].v}`
      + `（${embedded ? '嵌入式，默认配置' : 'BENCH_DATABASE_URL'}）`;
    const results: BenchResults = {
      engine,
      timeoutSeconds: TIMEOUT_MS / 1000,
      server,
      loads: [
        `演示数据（数据库 A）：经导入程序载入并 VACUUM ANALYZE，用时 ${demoLoad}`,
        `省级数据（数据库 B）：以 generate_series 直接写表（外键与二级索引写完后重建），VACUUM ANALYZE，用时 ${provinceLoad}`,
      ],
      sets,
      counts: await Promise.all(sets.map((s) => tableCounts(s.db))),
      timings,
      handTimings,
      agreements,
      plans,
      figures: await Promise.all(sets.map((s) => kpisFor(s.db.pool, s.setting, s.quarter, {}, STATE_COUNCIL_KPIS))),
    };
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(path.join(OUT_DIR, 'kpis-plan.txt'), planFile(results, rec.queries));
    const report = markdown(results);
    await writeFile(path.join(OUT_DIR, 'kpis.md'), report);
    log(`\n${report}`);
    log(`已写入 ${path.relative(process.cwd(), path.join(OUT_DIR, 'kpis.md'))} 与 kpis-plan.txt`);
    // 检查频次 on the province set, after the figures above so that its cap setting changes none of them.
    await benchVisits(sets[1], OUT_DIR, log);
  } finally {
    for (const db of opened) await db.close();
    if (!process.env.BENCH_KEEP && !kept) {
      for (const name of Object.values(NAMES)) await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    }
    await admin.end();
    await embedded?.stop();
    if (!kept) await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
