import { beforeEach, describe, expect, it } from 'vitest';
import { asOwner, truncateAll, useTestDatabase } from '../support/database';

/** The facts the database keeps for the KPI engine stay true whatever writes the rows. */
describe('kept KPI facts', () => {
  const db = useTestDatabase();
  const sql = (text: string) => db().pool.query(text);

  beforeEach(async () => {
    await truncateAll(db());
    await sql(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
    await sql(`insert into department (code, name, region_code, qualified_staff, is_member, batch_id) values
      ('SCJGJ', '县市场监督管理局', '411422', 10, true, 1), ('SWJ', '县税务局', '411422', 5, true, 1),
      ('GAJ', '县公安局', '411422', 5, true, 1)`);
  });

  /** Tally cells as "department/market entity/classified=count", zero cells left out. */
  async function tally(): Promise<string[]> {
    const { rows } = await db().pool.query<{ cell: string }>(
      `select coalesce(department_code, '全部') || '/' || market_entity || '/' || classified || '=' || subjects as cell
       from registry_tally where subjects <> 0 order by 1`);
    return rows.map((r) => r.cell);
  }

  const subject = (code: string, type: string, credit: string | null) =>
    `('${code}', '${type === 'PRODUCT' ? 'OBJECT_CODE' : 'USCC'}', '对象${code}', '${type}', null, '411422', ${credit ? `'${credit}'` : 'null'}, 1)`;

  it('count the registry by market entity and classification, whole and per department', async () => {
    await sql(`insert into subject values ${[
      subject('S1', 'ENTERPRISE', 'A'), subject('S2', 'ENTERPRISE', null),
      subject('S3', 'INDIVIDUAL_BUSINESS', 'B'), subject('P1', 'PRODUCT', null)].join(', ')}`);
    await sql(`insert into subject_registry values ('S1', 'SCJGJ'), ('S2', 'SCJGJ'), ('S1', 'SWJ'), ('P1', 'SWJ')`);
    expect(await tally()).toEqual([
      'SCJGJ/true/false=1', 'SCJGJ/true/true=1', 'SWJ/false/false=1', 'SWJ/true/true=1',
      '全部/false/false=1', '全部/true/false=1', '全部/true/true=2',
    ]);

    // S2 gets a credit class: it moves in the whole registry and in SCJGJ, which holds it.
    await sql(`update subject set credit_class = 'C' where code = 'S2'`);
    // An upsert that changes nothing that is counted moves nothing.
    await sql(`insert into subject values ${subject('S1', 'ENTERPRISE', 'D')}
               on conflict (code) do update set credit_class = excluded.credit_class`);
    await sql(`delete from subject_registry where subject_code = 'S1' and department_code = 'SWJ'`);
    await sql(`insert into subject_registry values ('S3', 'GAJ')`);
    expect(await tally()).toEqual([
      'GAJ/true/true=1', 'SCJGJ/true/true=2', 'SWJ/false/false=1',
      '全部/false/false=1', '全部/true/true=3',
    ]);

    // Deleting a subject takes it off everywhere, its 入库 rows going with it.
    await sql(`delete from subject where code = 'S3'`);
    expect(await tally()).toEqual(['SCJGJ/true/true=2', 'SWJ/false/false=1', '全部/false/false=1', '全部/true/true=2']);

    await asOwner(db(), `truncate subject_registry`);
    expect(await tally()).toEqual(['全部/false/false=1', '全部/true/true=2']);
  });

  it('count each region\'s registry once per subject, however many of its departments hold it', async () => {
    // SCJGJ and SWJ in 411422, GAJ in 411402: all in 4114 and 41; only SCJGJ and SWJ in 411422.
    await sql(`update department set region_code = '411402' where code = 'GAJ'`);
    const region = async () => (await db().pool.query<{ cell: string }>(
      `select prefix || '/' || market_entity || '/' || classified || '=' || subjects as cell
       from registry_region_tally where subjects <> 0 order by 1`)).rows.map((r) => r.cell);
    await sql(`insert into subject values ${[
      subject('S1', 'ENTERPRISE', 'A'), subject('S2', 'ENTERPRISE', null), subject('P1', 'PRODUCT', null)].join(', ')}`);
    await sql(`insert into subject_registry values ('S1', 'SCJGJ'), ('S1', 'SWJ'), ('S1', 'GAJ'), ('S2', 'GAJ'), ('P1', 'SWJ')`);
    expect(await region()).toEqual([
      '41/false/false=1', '41/true/false=1', '41/true/true=1',
      '4114/false/false=1', '4114/true/false=1', '4114/true/true=1',
      '411402/true/false=1', '411402/true/true=1',
      '411422/false/false=1', '411422/true/true=1',
    ]);

    // S1 leaves SCJGJ but SWJ still holds it in 411422; S2 gets a class; GAJ moves to 411422.
    await sql(`delete from subject_registry where subject_code = 'S1' and department_code = 'SCJGJ'`);
    await sql(`update subject set credit_class = 'B' where code = 'S2'`);
    await sql(`update department set region_code = '411422' where code = 'GAJ'`);
    expect(await region()).toEqual([
      '41/false/false=1', '41/true/true=2',
      '4114/false/false=1', '4114/true/true=2',
      '411422/false/false=1', '411422/true/true=2',
    ]);

    await sql(`delete from subject where code = 'P1'`);
    await sql(`delete from subject_registry where subject_code = 'S1'`);
    expect(await region()).toEqual(['41/true/true=1', '4114/true/true=1', '411422/true/true=1']);
    await asOwner(db(), `truncate subject_registry`);
    expect(await region()).toEqual([]);
  });

  it('mark a task joint while a cooperator other than its initiator takes part', async () => {
    const joint = async () => (await db().pool.query<{ code: string }>(
      `select code from task where is_joint order by code`)).rows.map((r) => r.code);
    await sql(`insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id) values
      ('T1', '任务一', 'SCJGJ', false, '2024-03-01', '2024-04-01', 1),
      ('T2', '任务二', 'SCJGJ', false, '2024-03-01', '2024-04-01', 1)`);
    // The initiator listed as its own cooperator does not make a task joint.
    await sql(`insert into task_cooperator values ('T1', 'SWJ'), ('T1', 'GAJ'), ('T2', 'SCJGJ')`);
    expect(await joint()).toEqual(['T1']);

    await sql(`delete from task_cooperator where task_code = 'T1' and department_code = 'SWJ'`);
    expect(await joint()).toEqual(['T1']);
    await sql(`delete from task_cooperator where task_code = 'T1'`);
    expect(await joint()).toEqual([]);

    // T2's initiator changes: SCJGJ, its cooperator, is now another department.
    await sql(`update task set initiator_code = 'SWJ' where code = 'T2'`);
    expect(await joint()).toEqual(['T2']);
  });
});
