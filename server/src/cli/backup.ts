import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupFileName } from '../backup/backup-files';
import { formatBackupReport } from '../backup/report-text';
import { writeBackup } from '../backup/write-backup';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';

const USAGE = '用法：npm run backup -- [--out 备份文件]（不写 --out 时存入 BACKUP_DIR 或当前文件夹，文件名带日期时间）';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const out = values.out ?? path.join(config.backupDir ?? process.cwd(), backupFileName(new Date()));
  // Joins the running hub's database when there is one; the hub keeps working meanwhile.
  const db = await openDatabase(config);
  try {
    console.log(formatBackupReport(await writeBackup(db.ownerUrl, out)));
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`备份失败，没有写出备份文件：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
