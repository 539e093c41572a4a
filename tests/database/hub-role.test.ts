import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { hubRoleProblems } from '../../server/src/database/privileges';
import { asOwner, useTestDatabase } from '../support/database';

/** The hub's own credentials cannot bend the database: the guards in it hold against the hub itself. */
describe("the hub's database role", () => {
  const db = useTestDatabase();

  async function issuedReport(): Promise<number> {
    const { rows } = await db().pool.query<{ id: number }>(`
      insert into report (kind, period_from, period_to, as_of, status, figures, file_name, file, issued_by, issued_at)
      values ('circular', '2025-01-01', '2025-03-31', '2025-03-31', 'ISSUED', '{}', '通报.docx', '\\x504b', '联席办', now())
      returning id`);
    return rows[0].id;
  }

  /** The SQLSTATE of a statement the hub's pool must refuse (null if it ran). */
  async function refusal(sql: string): Promise<string | null> {
    const client = await db().pool.connect();
    try {
      await client.query(sql);
      return null;
    } catch (error) {
      return (error as { code: string }).code;
    } finally {
      client.release();
    }
  }

  it('may not disable a trigger, truncate, replicate, run programs or create tables', async () => {
    await issuedReport();
    // 42501 insufficient_privilege; 42501 also for "must be owner of table".
    expect(await refusal('alter table report disable trigger report_frozen')).toBe('42501');
    expect(await refusal('truncate report')).toBe('42501');
    expect(await refusal('set session_replication_role = replica')).toBe('42501');
    expect(await refusal(`copy (select 1) to program 'true'`)).toBe('42501');
    expect(await refusal('create table x ()')).toBe('42501');
    expect(await refusal('create trigger t before update on report for each row execute function report_frozen()')).toBe('42501');
    expect(await refusal('alter role current_user superuser')).toBe('42501');
    expect((await db().pool.query(`select count(*)::int as n from report`)).rows).toEqual([{ n: 1 }]);
  });

  it('keeps an issued report frozen against its own credentials', async () => {
    const id = await issuedReport();
    expect(await refusal(`update report set file = '\\x00' where id = ${id}`)).toBe('23514');
    expect(await refusal(`delete from report where id = ${id}`)).toBe('23514');
    const { rows } = await db().pool.query(`select encode(file, 'hex') as file from report where id = $1`, [id]);
    expect(rows).toEqual([{ file: '504b' }]);
  });

  it('still reads and writes rows, uses sequences and its own temporary tables', async () => {
    await db().pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
    const client = await db().pool.connect();
    try {
      await client.query('begin');
      await client.query('create temp table stage_x (n int) on commit drop');
      await client.query('insert into stage_x values (1), (2)');
      await client.query('analyze stage_x');
      expect((await client.query('select sum(n)::int as s from stage_x')).rows).toEqual([{ s: 3 }]);
      await client.query('commit');
    } finally {
      client.release();
    }
    expect(await refusal(`insert into mikro_orm_migrations (name) values ('x')`)).toBe('42501');
  });

  it('may analyze the tables an import writes (MAINTAIN), and still not alter them or their triggers', async () => {
    const { rows } = await db().pool.query<{ t: string; maintain: boolean }>(
      `select t, has_table_privilege(t, 'MAINTAIN') as maintain from unnest(array['subject', 'inspection', 'registry_tally', 'audit_log', 'report']) t`);
    expect(rows).toEqual([
      { t: 'subject', maintain: true }, { t: 'inspection', maintain: true }, { t: 'registry_tally', maintain: true },
      { t: 'audit_log', maintain: false }, { t: 'report', maintain: false },
    ]);
    expect(await refusal('analyze subject, inspection')).toBeNull();
    expect(await refusal('alter table subject disable trigger registry_tally_subject_insert')).toBe('42501');
    expect(await refusal('alter table inspection disable trigger all')).toBe('42501');
    expect(await refusal('alter table subject add column x integer')).toBe('42501');
    expect(await refusal('drop index subject_type_idx')).toBe('42501');
    expect(await refusal('create index on subject (name)')).toBe('42501');
  });

  it('is reported as unable to bend the database, unlike the owner', async () => {
    expect(await hubRoleProblems(db().pool)).toEqual([]);
    const owner = new pg.Pool({ connectionString: db().ownerUrl, max: 1 });
    try {
      const problems = await hubRoleProblems(owner);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/是超级用户/);
    } finally {
      await owner.end();
    }
    expect((await asOwner(db(), `select current_user as u`)).rows[0].u).not.toBe((await db().pool.query(`select current_user as u`)).rows[0].u);
  });
});
