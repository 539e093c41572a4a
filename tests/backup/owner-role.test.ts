import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { restoreBackup } from '../../server/src/backup/restore-backup';
import { writeBackup } from '../../server/src/backup/write-backup';
import { connectDatabase, type Database } from '../../server/src/database/database';
import { runImport } from '../../server/src/ingest/run-import';
import { ALL } from '../ingest/fixtures';
import { tempDir, writeCsv } from '../support/files';

/**
 * With DATABASE_URL the tables' owner is usually not a superuser: the restore cannot switch all
 * triggers off, disables the owner's own and loads tables in foreign-key order instead.
 */
describe('backup and restore as the tables\' owner without superuser rights', () => {
  const suffix = randomBytes(4).toString('hex');
  const role = `hub_owner_${suffix}`;
  const names = [`hub_src_${suffix}`, `hub_dst_${suffix}`];
  const admin = new pg.Client({ connectionString: inject('serverUrl') });
  const dbs: Database[] = [];

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create role ${role} login password 'owner-password' nosuperuser`);
    for (const name of names) {
      await admin.query(`create database ${name} owner ${role} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
      const url = new URL(inject('serverUrl'));
      url.username = role;
      url.password = 'owner-password';
      url.pathname = `/${name}`;
      dbs.push(await connectDatabase(url.toString()));
    }
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  async function contents(db: Database) {
    const { rows } = await db.pool.query<{ subjects: string; tally: string; registry: string; joint: string }>(`
      select (select string_agg(code || ':' || coalesce(credit_class, '-'), ',' order by code) from subject) as subjects,
             (select string_agg(t, ',' order by t) from (select coalesce(department_code, '*') || market_entity || classified || subjects as t from registry_tally) x) as tally,
             (select string_agg(subject_code || department_code, ',' order by subject_code, department_code) from subject_registry) as registry,
             (select string_agg(code || is_joint, ',' order by code) from task) as joint`);
    return rows[0];
  }

  it('restores every row, the tallies included, exactly once', async () => {
    const [source, target] = dbs;
    const dir = await tempDir('hub-owner-');
    for (const [name, table] of Object.entries(ALL)) await writeCsv(path.join(dir, `${name}.csv`), table);
    expect((await runImport(source.pool, [{ path: dir }], { source: 'CLI' })).outcome).toBe('committed');
    const file = path.join(dir, 'owner.tar.gz');
    await writeBackup(source.ownerUrl, file);
    const result = await restoreBackup(target.ownerUrl, file);
    expect(result.triggersOff).toBe('disabled');
    const restored = await contents(target);
    expect(restored).toEqual(await contents(source));
    // Four subjects, tallied once each (no trigger counted them a second time during the load).
    expect(restored.tally).toBe('*falsefalse1,*truefalse1,*truetrue2,SCJGJfalsefalse1,SCJGJtruefalse1,SCJGJtruetrue2,SWJtruefalse1,SWJtruetrue1');
    expect(restored.joint).toBe('RW-2024-001true');
    // The triggers work again afterwards.
    await target.pool.query(`delete from subject_registry where subject_code = 'CP-411422-0001'`);
    expect((await contents(target)).tally).toBe('*falsefalse1,*truefalse1,*truetrue2,SCJGJfalsefalse0,SCJGJtruefalse1,SCJGJtruetrue2,SWJtruefalse1,SWJtruetrue1');
  });
});
