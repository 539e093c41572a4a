/**
 * Backup benchmark: time, file size and peak memory of `writeBackup` and `restoreBackup` on the demo
 * data and on the province-sized data set (10^6 subjects, scripts/bench/province-data.ts), each in a
 * process of its own, in a throw-away embedded PostgreSQL or on the server of BENCH_DATABASE_URL.
 * BENCH_SKIP_PROVINCE=1 measures the demo data only. Writes docs/benchmarks/backup.md.
 *
 * Usage: npm run bench:backup
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { connectDatabase, type Database } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { ensureDemoData } from '../server/src/demo/load-demo';
import { engineVersion } from './bench/datasets';
import { generateProvince } from './bench/province-data';

const OUT = path.join(import.meta.dirname, '..', 'docs', 'benchmarks', 'backup.md');
const CHILD = path.join(import.meta.dirname, 'bench', 'backup-child.ts');
const run = promisify(execFile);
const log = (line: string) => console.log(line);

interface Measured { rows: number; largest: string; milliseconds: number; fileBytes: number; peakRssMb: number }
interface SetResult { label: string; rows: number; largest: string; load: string; backup: Measured; restore: Measured }

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function child(operation: 'backup' | 'restore', url: string, file: string): Promise<Measured> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, operation, url, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
}

async function measureSet(label: string, source: Database, targetUrl: string, dir: string, load: string): Promise<SetResult> {
  const file = path.join(dir, `${label}.tar.gz`);
  log(`${label}：正在备份……`);
  const backup = await child('backup', source.ownerUrl, file);
  log(`  ${backup.rows.toLocaleString('en-US')} 行（${backup.largest}）`);
  log(`  备份 ${(backup.milliseconds / 1000).toFixed(1)} s，${(backup.fileBytes / 1024 / 1024).toFixed(1)} MB，峰值内存 ${backup.peakRssMb.toFixed(0)} MB；正在恢复到新数据库……`);
  const restore = await child('restore', targetUrl, file);
  log(`  恢复 ${(restore.milliseconds / 1000).toFixed(1)} s，峰值内存 ${restore.peakRssMb.toFixed(0)} MB`);
  return { label, rows: backup.rows, largest: backup.largest, load, backup, restore };
}

function markdown(engine: string, server: string, results: SetResult[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    '# 备份与恢复的用时和大小',
    '',
    `由 \`npm run bench:backup\` 生成。${engine}；${server}；机器当时的负载（1 分钟平均）${os.loadavg()[0].toFixed(1)}，${os.cpus().length} 核。`,
    '备份与恢复各在独立的进程中运行（峰值内存为该进程的最大常驻内存）。恢复 = 先完整核对一遍文件，再在一个事务中按备份的迁移级别建表、',
    '关闭触发器载入、重设序列、逐表读回核对校验值、执行其后的迁移。目标是新建的空数据库。',
    '',
    '| 数据 | 行数（全部表） | 最大的三张表 | 备份用时 | 备份文件 | 备份峰值内存 | 恢复用时 | 恢复峰值内存 |',
    '|---|---:|---|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.label} | ${r.rows.toLocaleString('en-US')} | ${r.largest} | ${s(r.backup.milliseconds)} | ${mb(r.backup.fileBytes)} | ${r.backup.peakRssMb.toFixed(0)} MB | ${s(r.restore.milliseconds)} | ${r.restore.peakRssMb.toFixed(0)} MB |`),
    '',
    ...results.map((r) => `- ${r.label}：${r.load}`),
    '- 备份与恢复都逐块（每块 4 MB）流式处理，峰值内存不随表的大小增长（比较上表两行）；恢复的用时包括载入前核对整个文件、',
    '  载入（含维护索引）和载入后逐表读回核对。备份期间服务照常读写（一个只读事务，不加排他锁）。',
    '',
  ].join('\n');
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-backup-'));
  await chmod(root, 0o755);
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const baseUrl = process.env.BENCH_DATABASE_URL ?? embedded!.url;
  const admin = new pg.Pool({ connectionString: baseUrl, max: 1 });
  const names = ['backup_bench_demo', 'backup_bench_demo_restored', 'backup_bench_province', 'backup_bench_province_restored'];
  const opened: Database[] = [];
  try {
    for (const name of names) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
    }
    const results: SetResult[] = [];
    let started = performance.now();
    const demo = await connectDatabase(databaseUrl(baseUrl, names[0]));
    opened.push(demo);
    await ensureDemoData(demo, () => {});
    const demoLoad = `经导入程序载入，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`;
    results.push(await measureSet('演示数据', demo, databaseUrl(baseUrl, names[1]), root, demoLoad));

    if (!process.env.BENCH_SKIP_PROVINCE) {
      started = performance.now();
      const province = await connectDatabase(databaseUrl(baseUrl, names[2]));
      opened.push(province);
      log('正在生成省级数据：');
      await generateProvince(province.pool, log);
      const provinceLoad = `以 generate_series 直接写表，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`;
      results.push(await measureSet('省级数据（10^6 户）', province, databaseUrl(baseUrl, names[3]), root, provinceLoad));
    }
    const server = `PostgreSQL ${(await admin.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0].v}`
      + `（${embedded ? '嵌入式，默认配置' : 'BENCH_DATABASE_URL'}）`;
    const report = markdown(engineVersion(), server, results);
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, report);
    log(`\n${report}\n已写入 ${path.relative(process.cwd(), OUT)}`);
  } finally {
    for (const db of opened) await db.close();
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
    await embedded?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
