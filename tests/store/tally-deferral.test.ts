import { beforeEach, describe, expect, it } from 'vitest';
import { truncateAll, useTestDatabase } from '../support/database';

/**
 * A bulk writer defers the tally triggers and recomputes once (migration tallies_by_statement):
 * the tallies it commits are exact whatever it wrote meanwhile, and the hub's own role can neither
 * skip the recompute nor write a tally itself.
 */
describe('tallies recomputed by the writer', () => {
  const db = useTestDatabase();

  beforeEach(async () => {
    await truncateAll(db());
    await db().pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
    await db().pool.query(`insert into department (code, name, region_code, qualified_staff, is_member, batch_id) values
      ('SCJGJ', '县市场监督管理局', '411422', 10, true, 1), ('SWJ', '县税务局', '411422', 5, true, 1),
      ('GAJ', '县公安局', '411402', 5, true, 1)`);
  });

  const subject = (code: string, type: string, credit: string | null) =>
    `('${code}', '${type === 'PRODUCT' ? 'OBJECT_CODE' : 'USCC'}', '对象${code}', '${type}', null, '411422', ${credit ? `'${credit}'` : 'null'}, 1)`;

  async function cells(): Promise<{ whole: string[]; region: string[]; joint: string[] }> {
    const q = async (sql: string) => (await db().pool.query<{ c: string }>(sql)).rows.map((r) => r.c);
    return {
      whole: await q(`select coalesce(department_code, '全部') || '/' || market_entity || '/' || classified || '=' || subjects as c
                      from registry_tally where subjects <> 0 order by 1`),
      region: await q(`select prefix || '/' || market_entity || '/' || classified || '=' || subjects as c
                       from registry_region_tally where subjects <> 0 order by 1`),
      joint: await q(`select code as c from task where is_joint order by 1`),
    };
  }

  /** The writes of both tests: subjects, 入库 rows, a class change, a department moving, a joint task. */
  const WRITES = [
    `insert into subject values ${[subject('S1', 'ENTERPRISE', 'A'), subject('S2', 'ENTERPRISE', null), subject('P1', 'PRODUCT', null)].join(', ')}`,
    `insert into subject_registry values ('S1', 'SCJGJ'), ('S1', 'SWJ'), ('S1', 'GAJ'), ('S2', 'GAJ'), ('P1', 'SWJ')`,
    `delete from subject_registry where subject_code = 'S1' and department_code = 'SCJGJ'`,
    `update subject set credit_class = 'B' where code = 'S2'`,
    `update department set region_code = '411422' where code = 'GAJ'`,
    `insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id) values
      ('T1', '任务一', 'SCJGJ', false, '2024-03-01', '2024-04-01', 1), ('T2', '任务二', 'SCJGJ', false, '2024-03-01', '2024-04-01', 1)`,
    `insert into task_cooperator values ('T1', 'SWJ'), ('T2', 'SCJGJ')`,
  ];
  // Worked out by hand: S1 held by SWJ and GAJ, S2 (now class B) by GAJ, P1 (no market entity) by SWJ; all three
  // departments in 411422 at the end; T1 has a cooperator other than its initiator, T2 only itself.
  const EXPECTED = {
    whole: ['GAJ/true/true=2', 'SWJ/false/false=1', 'SWJ/true/true=1', '全部/false/false=1', '全部/true/true=2'],
    region: ['41/false/false=1', '41/true/true=2', '4114/false/false=1', '4114/true/true=2', '411422/false/false=1', '411422/true/true=2'],
    joint: ['T1'],
  };

  it('are the same whether the triggers keep them or the writer recomputes them', async () => {
    for (const sql of WRITES) await db().pool.query(sql);
    expect(await cells()).toEqual(EXPECTED);

    await truncateAll(db());
    await db().pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
    await db().pool.query(`insert into department (code, name, region_code, qualified_staff, is_member, batch_id) values
      ('SCJGJ', '县市场监督管理局', '411422', 10, true, 1), ('SWJ', '县税务局', '411422', 5, true, 1),
      ('GAJ', '县公安局', '411402', 5, true, 1)`);
    const client = await db().pool.connect();
    try {
      await client.query('begin');
      await client.query('select defer_registry_tallies()');
      for (const sql of WRITES) await client.query(sql);
      // Deferred: the triggers stood aside, nothing is counted yet.
      expect((await client.query(`select count(*)::int as n from registry_tally where subjects <> 0`)).rows).toEqual([{ n: 0 }]);
      expect((await client.query(`select count(*)::int as n from task where is_joint`)).rows).toEqual([{ n: 0 }]);
      await client.query('select recompute_registry_tallies()');
      // After the recompute the triggers count again.
      await client.query(`insert into subject values ${subject('S9', 'ENTERPRISE', 'C')}`);
      await client.query(`insert into subject_registry values ('S9', 'SCJGJ')`);
      await client.query('commit');
    } finally {
      client.release();
    }
    expect(await cells()).toEqual({
      whole: ['GAJ/true/true=2', 'SCJGJ/true/true=1', 'SWJ/false/false=1', 'SWJ/true/true=1', '全部/false/false=1', '全部/true/true=3'],
      region: ['41/false/false=1', '41/true/true=3', '4114/false/false=1', '4114/true/true=3', '411422/false/false=1', '411422/true/true=3'],
      joint: ['T1'],
    });
  });

  it('refuse to commit a deferral that was never recomputed, and stay out of the hub role\'s reach', async () => {
    const client = await db().pool.connect();
    const refusal = async (sql: string) => client.query(sql).then(() => null, (error: { code: string }) => error.code);
    try {
      await client.query('begin');
      await client.query('select defer_registry_tallies()');
      await client.query(`insert into subject values ${subject('S1', 'ENTERPRISE', 'A')}`);
      await expect(client.query('commit')).rejects.toThrow(/提交前没有重算/);

      // 42501: insufficient privilege. The mark and the tallies are written by the owner's functions only.
      expect((await client.query(`select count(*)::int as n from tally_deferral`)).rows).toEqual([{ n: 0 }]);
      expect(await refusal(`delete from tally_deferral`)).toBe('42501');
      expect(await refusal(`insert into tally_deferral values (pg_current_xact_id())`)).toBe('42501');
      expect(await refusal(`insert into registry_tally values (null, true, true, 5)`)).toBe('42501');
      expect(await refusal(`update registry_region_tally set subjects = 0`)).toBe('42501');
    } finally {
      client.release();
    }
    expect((await db().pool.query(`select count(*)::int as n from subject`)).rows).toEqual([{ n: 0 }]);
    expect((await cells()).whole).toEqual([]);
  });
});
