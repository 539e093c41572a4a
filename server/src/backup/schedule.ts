import path from 'node:path';
import type { AppConfig } from '../config';
import type { Database } from '../database/database';
import { backupFileName, pruneBackups } from './backup-files';
import { writeBackup } from './write-backup';

export type BackupConfig = Pick<AppConfig, 'backupDir' | 'backupTime' | 'backupKeep'>;

export interface BackupLog {
  log(line: string): void;
  error(line: string): void;
}

export interface BackupSchedule {
  /** When the next backup will run. */
  next(): Date;
  /** One backup now, with pruning; never throws (a failure is logged). Resolves to the file, or null on failure. */
  runOnce(): Promise<string | null>;
  stop(): void;
}

/** The first moment after `from` at the given local time. */
export function nextRunAfter(from: Date, time: BackupConfig['backupTime']): Date {
  const next = new Date(from);
  next.setHours(time.hour, time.minute, 0, 0);
  if (next <= from) next.setDate(next.getDate() + 1);
  return next;
}

export function describeSchedule(config: BackupConfig): string {
  if (!config.backupDir) return '备份：未开启定时备份（设置 BACKUP_DIR 即开启）；手动备份：npm run backup -- --out 文件名';
  const p = (n: number) => String(n).padStart(2, '0');
  return `备份：每天 ${p(config.backupTime.hour)}:${p(config.backupTime.minute)} 自动备份到 ${config.backupDir}，保留最近 ${config.backupKeep} 份`;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Nightly backups while the hub runs. A failed run is logged loudly and the next night tries
 * again: a full disk must not stop the hub. The timer does not keep the process alive.
 * Without a backup folder there is no schedule (null).
 */
export function scheduleBackups(
  db: Pick<Database, 'ownerUrl'>,
  config: BackupConfig,
  out: BackupLog = console,
  now: () => Date = () => new Date(),
): BackupSchedule | null {
  if (!config.backupDir) return null;
  const dir: string = config.backupDir;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<string | null> | null = null;
  let nextAt = nextRunAfter(now(), config.backupTime);

  async function backupOnce(): Promise<string | null> {
    const file = path.join(dir, backupFileName(now()));
    try {
      const result = await writeBackup(db.ownerUrl, file);
      const removed = await pruneBackups(dir, config.backupKeep);
      const rows = result.manifest.tables.reduce((n, t) => n + t.rows, 0);
      out.log(`定时备份完成：${result.file}（${size(result.fileBytes)}，${result.manifest.tables.length} 张表 ${rows} 行，用时 ${(result.milliseconds / 1000).toFixed(1)} 秒）` +
        (removed.length ? `；按保留 ${config.backupKeep} 份删除了 ${removed.length} 份旧备份` : ''));
      return result.file;
    } catch (error) {
      out.error([
        '！！！！！！！！！！！！！！！！！！！！',
        `！！ 定时备份失败：${error instanceof Error ? error.message : String(error)}`,
        `！！ 备份目录：${dir}。请检查该目录是否存在、可写，磁盘是否已满。`,
        `！！ 服务照常运行；下一次备份：${nextRunAfter(now(), config.backupTime).toLocaleString('zh-CN')}。`,
        '！！！！！！！！！！！！！！！！！！！！',
      ].join('\n'));
      return null;
    }
  }

  function runOnce(): Promise<string | null> {
    // A run still going (a large database, a slow disk) is not doubled.
    running ??= backupOnce().finally(() => (running = null));
    return running;
  }

  function arm(): void {
    if (stopped) return;
    nextAt = nextRunAfter(now(), config.backupTime);
    timer = setTimeout(() => void runOnce().then(arm), Math.max(0, nextAt.getTime() - now().getTime()));
    timer.unref();
  }
  arm();

  return {
    next: () => nextAt,
    runOnce,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
