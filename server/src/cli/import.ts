import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { formatImportReport } from '../ingest/report-text';
import { runImport } from '../ingest/run-import';

const USAGE = '用法：npm run import -- [--dry-run] <文件或文件夹>...（支持 .csv 与 .xlsx）';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    const report = await runImport(db.importPool, positionals.map((path) => ({ path })), {
      source: 'CLI',
      dryRun: values['dry-run'],
    });
    console.log(formatImportReport(report));
    return report.outcome === 'rejected' ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`导入中断，未写入任何数据：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
