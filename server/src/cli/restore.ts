import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliActor } from '../auth/actor';
import { backupFileName } from '../backup/backup-files';
import { BackupFileError } from '../backup/format';
import { readBackup } from '../backup/read-backup';
import { formatCheckReport, formatRestoreReport } from '../backup/report-text';
import { restoreBackup, TargetNotEmptyError } from '../backup/restore-backup';
import { writeBackup } from '../backup/write-backup';
import { loadConfig } from '../config';
import { hubRoleOf, openDatabase } from '../database/database';

const USAGE = [
  '用法：npm run restore -- [--replace] <备份文件>（先停止服务；目标数据库已有数据时须加 --replace，原有数据会先另存一份备份）',
  '      npm run restore -- --check <备份文件>    只核对备份文件是否完整可用，不动数据库',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const file = path.resolve(positionals[0]);
  if (values.check) return checkOnly(file);
  const config = loadConfig();
  const saveTo = path.join(config.backupDir ?? path.join(config.dataDir, 'backups'), backupFileName(new Date(), 'before-restore'));
  const db = await openDatabase(config);
  try {
    console.log(`正在核对并恢复备份 ${file}……`);
    const result = await restoreBackup(db.ownerUrl, file, {
      replace: values.replace,
      hubRole: hubRoleOf(db),
      actor: cliActor(),
      backupFirst: async () => {
        console.log(`目标数据库已有数据：先把它备份到 ${saveTo}……`);
        return (await writeBackup(db.ownerUrl, saveTo)).file;
      },
    });
    console.log(formatRestoreReport(file, result));
    return 0;
  } catch (error) {
    if (error instanceof BackupFileError || error instanceof TargetNotEmptyError) {
      console.error(`恢复失败，目标数据库未做任何改动：${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

async function checkOnly(file: string): Promise<number> {
  try {
    console.log(formatCheckReport(file, (await readBackup(file)).manifest));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupFileError)) throw error;
    console.error(`备份文件不可用：${error.message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`恢复中断，目标数据库未做任何改动：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
