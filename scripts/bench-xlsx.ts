/**
 * Hostile and large files benchmark: how fast the import refuses 310 MB of NUL bytes (as .csv and
 * .xlsx), a 2.7 MB xlsx bomb (honest and lying about its size) and a CSV of 10^6 bad rows, then
 * imports a legitimate workbook of 10^5 rows (检查对象) written as Excel writes it (shared strings).
 * Prints seconds and the peak memory of each step into a throw-away embedded PostgreSQL (or
 * BENCH_DATABASE_URL). Usage: npm run bench:xlsx [-- ROWS [BAD_ROWS]]
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { connectDatabase, type Database } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { runImport } from '../server/src/ingest/run-import';
import { XlsxArchive } from '../server/src/ingest/sources/xlsx-archive';
import { writeXlsxBomb } from '../tests/support/xlsx-bomb';
import { creditCode } from './bench/credit-codes';

const ROWS = Number(process.argv[2] ?? 100_000);
const BAD_ROWS = Number(process.argv[3] ?? 1_000_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs `step`, sampling the resident memory every 20 ms; returns seconds and the peak seen. */
async function measured<T>(step: () => Promise<T>): Promise<{ value: T; seconds: number; peak: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const value = await step();
    return { value, seconds: (performance.now() - started) / 1000, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

async function refusal(db: Database, file: string, label: string): Promise<void> {
  const { value: report, seconds, peak } = await measured(() => runImport(db.pool, [{ path: file }], { source: 'CLI' }));
  console.log(`${label}（${mb((await stat(file)).size)}）：${report.outcome === 'rejected' ? '已拒绝' : report.outcome}，`
    + `用时 ${seconds.toFixed(2)} s，内存峰值 ${mb(peak)}；${report.errors[0]?.message.slice(0, 60) ?? ''}`);
}

async function writeSubjects(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const departments = workbook.addWorksheet('部门');
  departments.addRow(['部门代码', '部门名称', '行政区划代码', '持证执法人员数']).commit();
  for (let i = 1; i <= 5; i++) departments.addRow([`D${i}`, `部门${i}`, '411422', 20]).commit();
  departments.commit();
  const subjects = workbook.addWorksheet('检查对象');
  subjects.addRow(['统一社会信用代码', '名称', '主体类型', '行业代码', '行政区划代码', '信用风险等级', '入库部门']).commit();
  for (let i = 0; i < ROWS; i++) {
    subjects.addRow([creditCode(i), `睢县${i}号商贸有限公司`, '企业', 'F5211', '411422', 'ABCD'[i % 4], i % 3 ? 'D1;D2' : 'D1']).commit();
  }
  subjects.commit();
  await workbook.commit();
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-xlsx-'));
  await chmod(root, 0o755);
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const db = await connectDatabase(embedded ? { url: embedded.appUrl, ownerUrl: embedded.ownerUrl } : { url: process.env.BENCH_DATABASE_URL! }, async () => embedded?.stop());
  try {
    console.log(`开始时内存 ${mb(process.memoryUsage().rss)}`);
    for (const name of ['检查结果.csv', '检查结果.xlsx']) {
      const file = path.join(root, name);
      const handle = await open(file, 'w');
      await handle.truncate(310 * 1024 * 1024);
      await handle.close();
      await refusal(db, file, `310 MB NUL 字节，名为 ${name}`);
    }
    await refusal(db, await writeXlsxBomb(path.join(root, '炸弹.xlsx'), 1700), 'xlsx 压缩炸弹（工作表解压后 1.7 GB）');
    await refusal(db, await writeXlsxBomb(path.join(root, '伪装炸弹.xlsx'), 1700, true), 'xlsx 压缩炸弹，声明解压后只有 1 MB');

    const bad = path.join(root, '部门.csv');
    const out = createWriteStream(bad);
    out.write('部门代码,部门名称,行政区划代码,持证执法人员数\n');
    for (let i = 0; i < BAD_ROWS; i++) if (!out.write(`D${i},部门${i},4114,${i % 10 ? 8 : '八'}\n`)) await once(out, 'drain');
    await new Promise((resolve) => out.end(resolve));
    const rejected = await measured(() => runImport(db.pool, [{ path: bad }], { source: 'CLI' }));
    console.log(`${BAD_ROWS.toLocaleString('en-US')} 行错误数据（CSV）：${rejected.value.outcome}，错误 ${rejected.value.errorCount.toLocaleString('en-US')} 处，`
      + `列出 ${rejected.value.errors.length} 处，分 ${rejected.value.errorGroups.length} 组；用时 ${rejected.seconds.toFixed(1)} s，内存峰值 ${mb(rejected.peak)}`);

    const file = path.join(root, '检查对象.xlsx');
    const written = await measured(() => writeSubjects(file));
    const archive = await XlsxArchive.open(file);
    const parts = [...archive.parts.values()].filter((e) => /worksheets\/sheet2|sharedStrings/.test(e.fileName));
    archive.close();
    console.log(`写出 ${ROWS.toLocaleString('en-US')} 行的工作簿：${mb((await stat(file)).size)}，用时 ${written.seconds.toFixed(1)} s；`
      + parts.map((e) => `${e.fileName} 解压后 ${mb(e.uncompressedSize)}（压缩 ${(e.uncompressedSize / e.compressedSize).toFixed(1)} 倍）`).join('，'));
    const { value: report, seconds, peak } = await measured(() => runImport(db.pool, [{ path: file }], { source: 'CLI' }));
    const subjects = report.counts.find((c) => c.kind === '检查对象');
    console.log(`导入 ${ROWS.toLocaleString('en-US')} 行 xlsx：${report.outcome}，检查对象新增 ${subjects?.inserted ?? 0}，错误 ${report.errorCount}，`
      + `用时 ${seconds.toFixed(1)} s（${Math.round(ROWS / seconds).toLocaleString('en-US')} 行/秒），内存峰值 ${mb(peak)}`);
    console.log(`进程峰值内存（RSS，含写出工作簿）：${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    await db.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
