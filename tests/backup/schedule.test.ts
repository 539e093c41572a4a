import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../server/src/backup/read-backup';
import { nextRunAfter, scheduleBackups } from '../../server/src/backup/schedule';
import { ConfigError, loadConfig } from '../../server/src/config';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const db = useTestDatabase();

function recorder() {
  const lines: { log: string[]; error: string[] } = { log: [], error: [] };
  return { lines, out: { log: (l: string) => lines.log.push(l), error: (l: string) => lines.error.push(l) } };
}

describe('backup settings', () => {
  it('reads BACKUP_DIR, BACKUP_TIME and BACKUP_KEEP, with 02:30 and 14 by default', () => {
    expect(loadConfig({}, '/srv/hub')).toMatchObject({ backupDir: null, backupTime: { hour: 2, minute: 30 }, backupKeep: 14 });
    expect(loadConfig({ BACKUP_DIR: 'backups', BACKUP_TIME: '7:05', BACKUP_KEEP: '3' }, '/srv/hub'))
      .toMatchObject({ backupDir: '/srv/hub/backups', backupTime: { hour: 7, minute: 5 }, backupKeep: 3 });
  });

  it('refuses a time or a count it cannot use, in Chinese', () => {
    expect(() => loadConfig({ BACKUP_TIME: '25:00' })).toThrow(new ConfigError('BACKUP_TIME 应为 24 小时制的「时:分」，如 02:30，实为「25:00」'));
    expect(() => loadConfig({ BACKUP_TIME: '2点半' })).toThrow(/BACKUP_TIME 应为 24 小时制/);
    expect(() => loadConfig({ BACKUP_KEEP: '0' })).toThrow(new ConfigError('BACKUP_KEEP 应为不小于 1 的整数（保留的备份份数），实为「0」'));
  });
});

describe('nightly backups', () => {
  it('run at the next occurrence of the local time', () => {
    const at = { hour: 2, minute: 30 };
    expect(nextRunAfter(new Date(2026, 11, 1, 1, 0), at)).toEqual(new Date(2026, 11, 1, 2, 30));
    expect(nextRunAfter(new Date(2026, 11, 1, 2, 30), at)).toEqual(new Date(2026, 11, 2, 2, 30));
    expect(nextRunAfter(new Date(2026, 11, 31, 23, 0), at)).toEqual(new Date(2027, 0, 1, 2, 30));
  });

  it('are off without a backup folder', () => {
    expect(scheduleBackups(db(), { backupDir: null, backupTime: { hour: 2, minute: 30 }, backupKeep: 14 })).toBeNull();
  });

  it('keep the newest N and log each run', async () => {
    const dir = await tempDir('hub-nightly-');
    let day = 1;
    const { lines, out } = recorder();
    const schedule = scheduleBackups(db(), { backupDir: dir, backupTime: { hour: 2, minute: 30 }, backupKeep: 2 }, out, () => new Date(2026, 11, day, 2, 30))!;
    try {
      for (day = 1; day <= 3; day++) expect(await schedule.runOnce()).toMatch(/hub-backup-2026120\d-023000\.tar\.gz$/);
    } finally {
      schedule.stop();
    }
    expect((await readdir(dir)).sort()).toEqual(['hub-backup-20261202-023000.tar.gz', 'hub-backup-20261203-023000.tar.gz']);
    expect(lines.log).toHaveLength(3);
    expect(lines.log[2]).toMatch(/^定时备份完成：.*hub-backup-20261203-023000\.tar\.gz（\d+ KB，\d+ 张表 \d+ 行，用时 [\d.]+ 秒）；按保留 2 份删除了 1 份旧备份$/);
    expect(lines.error).toEqual([]);
    const { manifest } = await readBackup(path.join(dir, 'hub-backup-20261203-023000.tar.gz'));
    expect((await stat(path.join(dir, 'hub-backup-20261203-023000.tar.gz'))).mode & 0o777).toBe(0o600);
    expect(manifest.tables.find((t) => t.name === 'kpi_target')?.rows).toBe(11); // the 14 figures' 9 national targets and the visit KPIs' 2
  });

  it('fire at the set time while the hub runs', async () => {
    const dir = await tempDir('hub-nightly-');
    // A clock 200 ms before a whole minute, so the timer fires almost at once.
    const start = Date.now();
    const minute = new Date(start + 3_600_000);
    minute.setSeconds(0, 0);
    const offset = minute.getTime() - 200 - start;
    const { lines, out } = recorder();
    const schedule = scheduleBackups(db(), { backupDir: dir, backupTime: { hour: minute.getHours(), minute: minute.getMinutes() }, backupKeep: 14 },
      out, () => new Date(Date.now() + offset))!;
    try {
      expect(schedule.next()).toEqual(minute);
      for (let waited = 0; lines.log.length === 0 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(lines.log[0]).toMatch(/^定时备份完成：/);
      expect(await readdir(dir)).toHaveLength(1);
      // The next run is the next day's.
      expect(schedule.next().getTime() - minute.getTime()).toBe(24 * 3_600_000);
    } finally {
      schedule.stop();
    }
  });

  it('log a failure loudly and keep going', async () => {
    const dir = await tempDir('hub-nightly-');
    const notAFolder = path.join(dir, 'file');
    await writeFile(notAFolder, 'x');
    const { lines, out } = recorder();
    const schedule = scheduleBackups(db(), { backupDir: notAFolder, backupTime: { hour: 2, minute: 30 }, backupKeep: 14 }, out)!;
    try {
      expect(await schedule.runOnce()).toBeNull();
      expect(lines.error).toHaveLength(1);
      expect(lines.error[0]).toMatch(/定时备份失败：.*\n.*备份目录：.*file。请检查该目录是否存在、可写，磁盘是否已满。\n.*服务照常运行；下一次备份：/);
      expect(schedule.next()).toBeInstanceOf(Date);
    } finally {
      schedule.stop();
    }
  });
});
