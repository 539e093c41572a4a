import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/src/database/database';

/** DATABASE_URL with DATABASE_OWNER_URL, as the README tells an administrator to set them up. */
describe('an external PostgreSQL with two roles', () => {
  const suffix = randomBytes(4).toString('hex');
  const [owner, app, name] = [`hub_owner_${suffix}`, `hub_app_${suffix}`, `hub_ext_${suffix}`];
  const password = randomBytes(12).toString('hex');
  const urlOf = (role: string) => {
    const url = new URL(inject('serverUrl'));
    Object.assign(url, { username: role, password, pathname: `/${name}` });
    return url.toString();
  };
  async function admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: inject('serverUrl') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  afterAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`drop role if exists ${app}`);
    await admin(`drop role if exists ${owner}`);
  });

  it('migrates as the owner (no superuser), runs as the hub role, and warns when the hub role owns the tables', async () => {
    await admin(`create role ${owner} login password '${password}'`);
    await admin(`create role ${app} login password '${password}'`);
    await admin(`create database ${name} owner ${owner}`);

    const db = await openDatabase({ databaseUrl: urlOf(app), databaseOwnerUrl: urlOf(owner), dataDir: '/nonexistent' });
    try {
      expect(db.problems).toEqual([]);
      expect((await db.pool.query(`select current_user as u`)).rows).toEqual([{ u: app }]);
      await db.pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
      const refused = await db.pool.query('alter table report disable trigger report_frozen').then(() => 'ran', (e: { code: string }) => e.code);
      expect(refused).toBe('42501');
    } finally {
      await db.close();
    }

    // The owner's URL as DATABASE_URL alone: it works, and says loudly why it should not be so.
    const alone = await openDatabase({ databaseUrl: urlOf(owner), databaseOwnerUrl: null, dataDir: '/nonexistent' });
    try {
      expect(alone.problems).toHaveLength(1);
      expect(alone.problems[0]).toMatch(new RegExp(`^服务连接数据库所用的角色 ${owner} 拥有表 .+ 等 \\d+ 张表，可以停用其触发器$`));
    } finally {
      await alone.close();
    }
  });
});
