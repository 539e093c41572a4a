import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../database/database';
import { formatImportReport } from '../ingest/report-text';
import { runImport } from '../ingest/run-import';
import { writeDemoFiles } from './generate';

/**
 * Loads the demo data set into an empty database, through the same import path as users'
 * files, so the demo also proves that path end to end. A database with any department is
 * left alone.
 */
export async function ensureDemoData(db: Database, log: (line: string) => void): Promise<void> {
  const { rows } = await db.pool.query<{ empty: boolean }>(`select not exists (select 1 from department) as empty`);
  if (!rows[0].empty) return;
  log('数据库为空，正在生成并导入演示数据（睢县 27 个成员单位，2025—2026 年）……');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hub-demo-'));
  try {
    const files = await writeDemoFiles(dir);
    const report = await runImport(db.importPool, files.map((file) => ({ path: file })), { source: 'DEMO' });
    if (report.outcome !== 'committed') throw new Error(`演示数据导入失败：\n${formatImportReport(report)}`);
    log(formatImportReport({ ...report, warnings: [], warningCount: 0 }) + (report.warningCount ? `\n（另有 ${report.warningCount} 条提示，属演示数据中有意保留的情形）` : ''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
