import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { restoreBackup, TargetNotEmptyError } from '../../server/src/backup/restore-backup';
import { writeBackup } from '../../server/src/backup/write-backup';
import { BackupFileError } from '../../server/src/backup/format';
import { connectDatabase, hubRoleOf, type Database } from '../../server/src/database/database';
import { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../migrations';
import { createAccount } from '../../server/src/auth/accounts';
import { ormConfig } from '../../server/src/database/mikro-orm.config';
import { ensureDemoData } from '../../server/src/demo/load-demo';
import { runImport, type ImportReport } from '../../server/src/ingest/run-import';
import { createWorkCalendar } from '../../server/src/domain/work-calendar';
import { officialIsWorkingDay } from '../../server/src/domain/official-calendar';
import { kpisFor, loadKpiSetting, type KpiPeriod } from '../../server/src/metrics/operations';
import { issueReport, reportFile } from '../../server/src/reports/report-operations';
import { findReport, insertReport } from '../../server/src/store/repositories/report.repository';
import { createTestDatabase, useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';
import { ALL } from '../ingest/fixtures';

const Q3_2025: KpiPeriod = { from: '2025-07-01', to: '2025-09-30', asOf: '2025-10-31' };

/** Per-table checksums computed here, apart from the backup's own: md5 over every row's text in key order. */
async function tableChecksums(db: Database): Promise<Record<string, string>> {
  const { rows: tables } = await db.pool.query<{ name: string; key: string | null }>(`
    select c.relname as name,
           (select string_agg(quote_ident(a.attname), ', ' order by array_position(i.indkey, a.attnum))
              from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
             where i.indrelid = c.oid and i.indisprimary) as key
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> 'mikro_orm_migrations'`);
  const sums: Record<string, string> = {};
  for (const { name, key } of tables) {
    const { rows } = await db.pool.query<{ n: string; sum: string }>(
      `select count(*) as n, md5(coalesce(string_agg(t::text, E'\\n' order by ${key ?? 't::text'}), '')) as sum from ${name} t`,
    );
    sums[name] = `${rows[0].n}:${rows[0].sum}`;
  }
  return sums;
}

async function kpis(db: Database) {
  const setting = await loadKpiSetting(db.pool, createWorkCalendar(officialIsWorkingDay, []));
  return kpisFor(db.pool, setting, Q3_2025, { departmentCode: null, regionCode: null });
}

async function migrationNames(db: Database): Promise<string[]> {
  return (await db.pool.query<{ name: string }>('select name from mikro_orm_migrations order by id')).rows.map((r) => r.name);
}

describe('backup and restore', () => {
  const source = useTestDatabase();
  let dir: string;
  let reportId: string;
  let snapshot: Record<string, string>;
  let snapshotKpis: Awaited<ReturnType<typeof kpis>>;
  let backupFile: string;
  let concurrentImport: ImportReport;

  beforeAll(async () => {
    dir = await tempDir('hub-backup-');
    await ensureDemoData(source(), () => {});
    await createAccount(source().pool, { username: 'office1', password: 'office-password-1', role: 'OFFICE' });
    const setting = await loadKpiSetting(source().pool, createWorkCalendar(officialIsWorkingDay, []));
    const draft = await insertReport(source().pool, {
      kind: 'circular', from: '2025-07-01', to: '2025-09-30', asOf: '2025-10-31', office: '睢县双随机办', number: '睢双随机办〔2025〕3号',
      overview: ['{{期间}}共开展抽查任务{{分母:部门联合抽查占比}}个。'], requirements: ['按时公示。'], departmentCode: null,
    });
    reportId = (await issueReport(source().pool, setting, draft.id, { username: 'zhangming', displayName: '张明' })).id;
    snapshot = await tableChecksums(source());
    snapshotKpis = await kpis(source());

    // An import is under way when the backup starts: it waits for the import lock, held here,
    // inside its own transaction. Once the backup's snapshot is fixed the lock is released and the
    // import commits while the backup is still reading.
    const importFiles = await tempDir('hub-backup-import-');
    for (const [name, table] of Object.entries(ALL)) await writeCsv(path.join(importFiles, `${name}.csv`), table);
    const lock = new pg.Client({ connectionString: source().ownerUrl });
    await lock.connect();
    await lock.query(`begin; select pg_advisory_xact_lock(hashtext('hub:import'))`);
    const importing = runImport(source().pool, [{ path: importFiles }], { source: 'CLI' });
    for (let waited = 0; ; waited += 50) {
      // This database's own: files running beside this one take advisory locks in theirs.
      const { rows } = await lock.query(`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted
        and database = (select oid from pg_database where datname = current_database())`);
      if (rows[0].n > 0) break;
      if (waited > 10_000) throw new Error('the import never reached its lock');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    backupFile = path.join(dir, 'hub.tar.gz');
    await writeBackup(source().ownerUrl, backupFile, {
      async onSnapshot() {
        await lock.query('commit');
        concurrentImport = await importing;
      },
    });
    await lock.end();
  });

  it('took the snapshot while the import was running: the import committed during the backup', async () => {
    expect(concurrentImport.outcome).toBe('committed');
    const now = await tableChecksums(source());
    expect(now.department).not.toBe(snapshot.department);
    expect(now.import_batch).not.toBe(snapshot.import_batch);
  });

  describe('into a fresh database', () => {
    let target: Database;
    beforeAll(async () => {
      target = await createTestDatabase();
      await restoreBackup(target.ownerUrl, backupFile, { hubRole: hubRoleOf(target) });
    });
    afterAll(async () => {
      await target?.close();
    });

    it('gives every table the rows the source had at the snapshot', async () => {
      const restored = await tableChecksums(target);
      expect(Object.keys(restored).sort()).toEqual(Object.keys(snapshot).sort());
      expect(Object.keys(snapshot)).toEqual(expect.arrayContaining(['report', 'import_batch', 'kpi_target', 'credit_class_band', 'work_calendar_day', 'registry_tally', 'registry_region_tally', 'app_user', 'audit_log']));
      expect(snapshot.app_user).toMatch(/^1:/);
      expect(snapshot.audit_log).not.toMatch(/^0:/);
      expect(restored).toEqual(snapshot);
      expect(Number(snapshot.subject.split(':')[0])).toBeGreaterThan(1000);
      expect(await migrationNames(target)).toEqual(await migrationNames(source()));
    });

    it('gives every KPI of the quarter the source\'s figures', async () => {
      const restored = await kpis(target);
      expect(restored.length).toBeGreaterThan(10);
      expect(restored).toEqual(snapshotKpis);
    });

    it('keeps the issued report\'s file byte for byte', async () => {
      const setting = () => loadKpiSetting(target.pool, createWorkCalendar(officialIsWorkingDay, []));
      const original = await reportFile(source().pool, setting, (await findReport(source().pool, reportId))!);
      const restored = await reportFile(target.pool, setting, (await findReport(target.pool, reportId))!);
      expect(restored.bytes.length).toBeGreaterThan(1000);
      expect(restored.bytes.equals(original.bytes)).toBe(true);
    });

    it('sets sequences past the restored rows, so new batches get new numbers', async () => {
      const { rows: [max] } = await target.pool.query<{ id: number }>('select max(id) as id from import_batch');
      const { rows: [next] } = await target.pool.query<{ id: number }>(
        `insert into import_batch (source, file_names, counts) values ('CLI', '{x.csv}', '{}') returning id`);
      expect(next.id).toBe(max.id + 1);
      await target.pool.query('delete from import_batch where id = $1', [next.id]);
    });

    it('refuses to load into a database that now holds data, and changes nothing', async () => {
      const before = await tableChecksums(target);
      await expect(restoreBackup(target.ownerUrl, backupFile)).rejects.toThrow(TargetNotEmptyError);
      await expect(restoreBackup(target.ownerUrl, backupFile)).rejects.toThrow(/目标数据库已有数据.*--replace/);
      expect(await tableChecksums(target)).toEqual(before);
    });

    it('with --replace, first saves what is there, then loads the backup', async () => {
      await target.pool.query(`update department set name = name || '（改）' where code = (select min(code) from department)`);
      const changed = await tableChecksums(target);
      const saved = path.join(dir, 'before-restore.tar.gz');
      const result = await restoreBackup(target.ownerUrl, backupFile, { replace: true, hubRole: hubRoleOf(target), backupFirst: async () => (await writeBackup(target.ownerUrl, saved)).file });
      expect(result.previousBackup).toBe(saved);
      expect(await tableChecksums(target)).toEqual(snapshot);
      // The copy of what was replaced is itself a backup that restores.
      await restoreBackup(target.ownerUrl, saved, { replace: true, hubRole: hubRoleOf(target) });
      expect(await tableChecksums(target)).toEqual(changed);
    });

    it('records who restored what in the restored audit trail, after the backup\'s own entries', async () => {
      const actor = { username: 'ops', name: null, role: null, departmentCode: null, source: 'cli' as const, clientAddress: null };
      await restoreBackup(target.ownerUrl, backupFile, { replace: true, hubRole: hubRoleOf(target), actor, backupFirst: async () => (await writeBackup(target.ownerUrl, path.join(dir, 'again.tar.gz'))).file });
      const { rows } = await target.pool.query(`select username, source, action, target from audit_log order by id desc limit 1`);
      expect(rows).toEqual([{ username: 'ops', source: 'cli', action: 'BACKUP_RESTORE', target: path.basename(backupFile) }]);
      const { rows: [{ n }] } = await target.pool.query(`select count(*)::int as n from audit_log`);
      expect(n).toBe(Number(snapshot.audit_log.split(':')[0]) + 1);
    });
  });

  it('restores into a database that has no tables yet (a new DATABASE_URL)', async () => {
    const name = `hub_bare_${Date.now()}`;
    const admin = new pg.Client({ connectionString: inject('serverUrl') });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
    const url = new URL(inject('serverUrl'));
    url.pathname = `/${name}`;
    try {
      await restoreBackup(url.toString(), backupFile);
      const restored = await connectDatabase({ url: url.toString() });
      try {
        expect(await tableChecksums(restored)).toEqual(snapshot);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it('brings a backup from an older version up to the current migrations after loading it', async () => {
    const name = `hub_old_${Date.now()}`;
    const admin = new pg.Client({ connectionString: inject('serverUrl') });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
    const url = new URL(inject('serverUrl'));
    url.pathname = `/${name}`;
    const older = MIGRATIONS[MIGRATIONS.length - 2].name;
    const target = await createTestDatabase();
    try {
      const orm = await MikroORM.init(ormConfig(url.toString()));
      await orm.getMigrator().up({ to: older });
      await orm.close(true);
      const old = new pg.Client({ connectionString: url.toString() });
      await old.connect();
      await old.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{旧.csv}', '{}');
        insert into department (code, name, region_code, qualified_staff, is_member, batch_id) values ('OLD', '旧版本的部门', '411422', 3, true, 1)`);
      await old.end();
      const file = path.join(dir, 'older.tar.gz');
      await writeBackup(url.toString(), file);
      const result = await restoreBackup(target.ownerUrl, file, { hubRole: hubRoleOf(target) });
      expect(result.manifest.migrations.at(-1)).toBe(older);
      expect(result.laterMigrations).toEqual([MIGRATIONS[MIGRATIONS.length - 1].name]);
      expect(await migrationNames(target)).toEqual(MIGRATIONS.map((m) => m.name));
      expect((await target.pool.query('select code, name, batch_id from department')).rows).toEqual([{ code: 'OLD', name: '旧版本的部门', batch_id: 1 }]);
    } finally {
      await target.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  describe('a damaged backup', () => {
    let target: Database;
    let empty: Record<string, string>;
    beforeAll(async () => {
      target = await createTestDatabase();
      empty = await tableChecksums(target);
    });
    afterAll(async () => {
      await target?.close();
    });

    it('cut short is refused with a clear message and writes nothing', async () => {
      const bytes = await readFile(backupFile);
      const truncated = path.join(dir, 'truncated.tar.gz');
      await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      await expect(restoreBackup(target.ownerUrl, truncated)).rejects.toThrow(BackupFileError);
      await expect(restoreBackup(target.ownerUrl, truncated)).rejects.toThrow('备份文件不完整（可能没有写完，或复制、下载时中断），不能用于恢复');
      expect(await tableChecksums(target)).toEqual(empty);
    });

    it('altered in one row is refused with the table named and writes nothing', async () => {
      // Change one department's name inside the archive, recompressing so that gzip itself is intact.
      const tarBytes = gunzipSync(await readFile(backupFile));
      const at = tarBytes.indexOf(Buffer.from('县市场监督管理局'));
      expect(at).toBeGreaterThan(0);
      const altered = Buffer.from(tarBytes);
      Buffer.from('县市场监督管理所').copy(altered, at);
      const file = path.join(dir, 'altered.tar.gz');
      await writeFile(file, gzipSync(altered));
      await expect(restoreBackup(target.ownerUrl, file)).rejects.toThrow(/表 department 的内容与清单中的校验值不符.*已被改动或损坏/);
      expect(await tableChecksums(target)).toEqual(empty);
    });

    it('that is not a backup at all is refused', async () => {
      const file = path.join(dir, 'not-a-backup.tar.gz');
      await writeFile(file, 'hello');
      await expect(restoreBackup(target.ownerUrl, file)).rejects.toThrow('备份文件已损坏或不是本系统的备份文件（无法解压），不能用于恢复');
      await expect(restoreBackup(target.ownerUrl, path.join(dir, 'missing.tar.gz'))).rejects.toThrow(/找不到备份文件/);
      expect((await stat(backupFile)).size).toBeGreaterThan(0);
    });
  });
});
