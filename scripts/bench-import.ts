/**
 * Import benchmark: writes a synthetic data set with 10^5 inspection results as CSV, imports it
 * into a throw-away embedded PostgreSQL (or BENCH_DATABASE_URL), then re-imports it unchanged.
 * Prints rows per second and the process's peak memory. Usage: npm run bench:import [-- RESULTS]
 */
import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { connectDatabase } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { runImport } from '../server/src/ingest/run-import';
import { creditCode } from './bench/credit-codes';

const RESULTS = Number(process.argv[2] ?? 100_000);
const PER_TASK = 50;
const TASKS = Math.ceil(RESULTS / PER_TASK);
const SUBJECTS = 20_000;

async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeDataSet(dir: string): Promise<void> {
  const dept = (i: number) => `D${(i % 5) + 1}`;
  await writeLines(path.join(dir, '部门.csv'), '部门代码,部门名称,行政区划代码,持证执法人员数', 5, (i) => `D${i + 1},部门${i + 1},411422,20`);
  await writeLines(path.join(dir, '抽查事项.csv'), '事项编码,事项名称,部门代码,事项类别', 5, (i) => `SX${i + 1},事项${i + 1},D${i + 1},重点`);
  await writeLines(path.join(dir, '检查对象.csv'), '统一社会信用代码,名称,主体类型,行政区划代码,信用风险等级,入库部门', SUBJECTS,
    (i) => `${creditCode(i)},企业${i},企业,411422,${'ABCD'[i % 4]},D1;D2`);
  await writeLines(path.join(dir, '执法人员.csv'), '执法证号,姓名,部门代码,执法证有效期至', 50, (i) => `ZF${i},人员${i},${dept(i)},2030-12-31`);
  await writeLines(path.join(dir, '抽查任务.csv'), '任务编号,任务名称,发起部门代码,配合部门代码,抽查事项编码,信用风险分类抽查,开始日期,截止日期', TASKS,
    (i) => `RW${i},任务${i},D1,D2,SX1;SX2,是,2024-01-01,2024-12-31`);
  await writeLines(path.join(dir, '检查结果.csv'), '任务编号,统一社会信用代码,检查部门代码,检查日期,检查方式,检查结果,公示日期,检查人员执法证号', RESULTS,
    (i) => {
      const task = Math.floor(i / PER_TASK);
      const subject = (task * 7 + (i % PER_TASK)) % SUBJECTS;
      return `RW${task},${creditCode(subject)},D1,2024-03-05,实地检查,未发现问题,2024-03-20,ZF0;ZF5`;
    });
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-'));
  await chmod(root, 0o755);
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const db = await connectDatabase(embedded ? { url: embedded.appUrl, ownerUrl: embedded.ownerUrl } : { url: process.env.BENCH_DATABASE_URL! }, async () => embedded?.stop());
  try {
    await writeDataSet(root);
    const files = [{ path: root }];
    const totalRows = RESULTS + TASKS + SUBJECTS + 60;
    for (const label of ['首次导入', '重复导入（无变化）']) {
      const started = process.hrtime.bigint();
      const report = await runImport(db.pool, files, { source: 'CLI' });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const results = report.counts.find((c) => c.kind === '检查结果');
      console.log(`${label}：结果 ${results?.inserted ?? 0} 新增 / ${results?.unchanged ?? 0} 未变（${report.outcome}），共 ${totalRows} 行，`
        + `用时 ${seconds.toFixed(2)} s，${Math.round(totalRows / seconds)} 行/秒`);
    }
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`导入进程峰值内存（RSS）：${peak.toFixed(0)} MB`);
  } finally {
    await db.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
