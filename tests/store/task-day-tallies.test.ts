import { beforeAll, describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';
import { kpiSeriesSet } from '../../server/src/metrics/operations';
import { asOwner, useTestDatabase } from '../support/database';
import { builders } from '../metrics/builders';

/**
 * The tasks' tallies by start day and month (migration task_day_tallies), which the whole
 * jurisdiction's participation, item coverage and saved visits read: rebuilt by statement triggers
 * for the days each statement touched, exact for a period that starts and ends inside a month,
 * and not writable by the hub's role.
 *
 * Four member departments A–D with one item each (IA–ID). Tasks, by start day:
 *   T1 07-14 A with B, item IA; T2 07-15 C, IC; T3 08-10 A with B and C, IB; T4 08-11 D, ID.
 * Results: T1's S3 on 07-20; T3's S1 by A on 08-12 and by B on 08-20, S2 by C on 09-05.
 */
describe("the tasks' tallies by start day and month", () => {
  const db = useTestDatabase();
  const b = builders(db);
  const keys = [KPI.departmentCoverage, KPI.itemCoverage, KPI.inspectionsSaved];

  /** Each KPI's [numerator, denominator] for a period, the whole jurisdiction or a filter. */
  const figures = async (period: { from: string; to: string; asOf?: string }, filter: { departmentCode?: string } = {}) => {
    const all = await b.kpis(period, filter);
    return Object.fromEntries(keys.map((k) => [k, [all[k].numerator, all[k].denominator]]));
  };
  /** Each KPI's [numerator, denominator] per month of 2024-07…08, seen as of each month's end. */
  const months = async () => Object.fromEntries((await kpiSeriesSet(db().pool, await b.setting(), keys,
    { from: '2024-07-01', to: '2024-08-31' }, 'MONTH', false, {}))
    .map((s) => [s.key, s.points.map((p) => [p.figure.numerator, p.figure.denominator])]));
  /** The month tallies as days of the month, the day tally as it is. */
  const tallies = async () => (await db().pool.query<{ r: string }>(`
    select 'P ' || month || ' ' || department_code || ' ' || array_to_string(array(
             select d from generate_series(1, 31) d where days & (1::bigint << (d - 1)) <> 0), ',') as r from task_participant_month
    union all
    select 'I ' || month || ' ' || item_code || ' ' || array_to_string(array(
             select d from generate_series(1, 31) d where days & (1::bigint << (d - 1)) <> 0), ',') from task_item_month
    union all
    select 'V ' || starts_on || ' ' || first_on || ' ' || visits from saved_visit_day
    union all
    select 'F ' || task_code || ' ' || first_on || ' ' || subjects || '×' || (visits / subjects) from task_first_visit
    order by 1`)).rows.map((x) => x.r);

  beforeAll(async () => {
    await b.fresh();
    for (const d of ['A', 'B', 'C', 'D']) {
      await b.department(d);
      await b.item(`I${d}`, d);
    }
    await b.task('T1', { initiator: 'A', cooperators: ['B'], starts: '2024-07-14', items: ['IA'] });
    await b.task('T2', { initiator: 'C', starts: '2024-07-15', items: ['IC'] });
    await b.task('T3', { initiator: 'A', cooperators: ['B', 'C'], starts: '2024-08-10', items: ['IB'] });
    await b.task('T4', { initiator: 'D', starts: '2024-08-11', items: ['ID'] });
    await b.result({ task: 'T1', subject: 'S3', inspected: '2024-07-20' });
    await b.result({ task: 'T3', subject: 'S1', inspected: '2024-08-12' });
    await b.result({ task: 'T3', subject: 'S1', department: 'B', inspected: '2024-08-20' });
    await b.result({ task: 'T3', subject: 'S2', department: 'C', inspected: '2024-09-05' });
  });

  it('hold each month by its days and the visits by first visit', async () => {
    expect(await tallies()).toEqual([
      // Per joint task, its subjects by first visit × its cooperators: S1 first on 08-12 (again on 08-20), S2 on 09-05.
      'F T1 2024-07-20 1×1', 'F T3 2024-08-12 1×2', 'F T3 2024-09-05 1×2',
      'I 2024-07-01 IA 14', 'I 2024-07-01 IC 15', 'I 2024-08-01 IB 10', 'I 2024-08-01 ID 11',
      'P 2024-07-01 A 14', 'P 2024-07-01 B 14', 'P 2024-07-01 C 15',
      'P 2024-08-01 A 10', 'P 2024-08-01 B 10', 'P 2024-08-01 C 10', 'P 2024-08-01 D 11',
      // T1: one cooperator × S3; T3: two cooperators × S1 (first on 08-12) and × S2.
      'V 2024-07-14 2024-07-20 1', 'V 2024-08-10 2024-08-12 2', 'V 2024-08-10 2024-09-05 2',
    ]);
  });

  it('count a period from the 15th to the 10th: only T2 and T3, and their subjects by the cut-off', async () => {
    // T2 and T3: C, A, B take part (3 of 4), items IC and IB (2 of 4); T3 saves 2 visits per subject.
    expect(await figures({ from: '2024-07-15', to: '2024-08-10', asOf: '2024-08-31' })).toEqual({
      [KPI.departmentCoverage]: [3, 4], [KPI.itemCoverage]: [2, 4], [KPI.inspectionsSaved]: [2, null],
    });
    expect((await figures({ from: '2024-07-15', to: '2024-08-10', asOf: '2024-09-30' }))[KPI.inspectionsSaved]).toEqual([4, null]);
    // B's own: T3, where it cooperates with C on A's task (and which uses B's item IB); T1 started on
    // the 14th. Two cooperators × S1.
    expect(await figures({ from: '2024-07-15', to: '2024-08-10', asOf: '2024-08-31' }, { departmentCode: 'B' })).toEqual({
      [KPI.departmentCoverage]: [1, 1], [KPI.itemCoverage]: [1, 1], [KPI.inspectionsSaved]: [2, null],
    });
    // A single day, the 14th: T1 alone (A and B, IA; S3 by 07-20).
    expect(await figures({ from: '2024-07-14', to: '2024-07-14', asOf: '2024-07-31' })).toEqual({
      [KPI.departmentCoverage]: [2, 4], [KPI.itemCoverage]: [1, 4], [KPI.inspectionsSaved]: [1, null],
    });
    expect(await months()).toEqual({
      [KPI.departmentCoverage]: [[3, 4], [4, 4]], [KPI.itemCoverage]: [[2, 4], [2, 4]], [KPI.inspectionsSaved]: [[1, null], [2, null]],
    });
  });

  it('follow a task moved to another day, a cooperator and a result removed, a result moved, and a truncate', async () => {
    // T4 moves to 07-31: D takes part in July, not August.
    await db().pool.query(`update task set starts_on = '2024-07-31' where code = 'T4'`);
    expect(await months()).toEqual({
      [KPI.departmentCoverage]: [[4, 4], [3, 4]], [KPI.itemCoverage]: [[3, 4], [1, 4]], [KPI.inspectionsSaved]: [[1, null], [2, null]],
    });
    // C no longer cooperates on T3: one cooperator saves one visit per subject, and C takes no part in August.
    await db().pool.query(`delete from task_cooperator where task_code = 'T3' and department_code = 'C'`);
    expect((await months())[KPI.inspectionsSaved]).toEqual([[1, null], [1, null]]);
    expect((await months())[KPI.departmentCoverage]).toEqual([[4, 4], [2, 4]]);
    // A's visit to S1 goes: B's on 08-20 is still the first by the end of August; moved to 09-02, it is not.
    await db().pool.query(`delete from inspection where task_code = 'T3' and subject_code = 'S1' and department_code = 'A'`);
    expect((await months())[KPI.inspectionsSaved]).toEqual([[1, null], [1, null]]);
    await db().pool.query(`update inspection set inspected_on = '2024-09-02' where task_code = 'T3' and subject_code = 'S1'`);
    expect((await months())[KPI.inspectionsSaved]).toEqual([[1, null], [0, null]]);
    expect((await tallies()).filter((r) => r.startsWith('V') || r.startsWith('F'))).toEqual([
      'F T1 2024-07-20 1×1', 'F T3 2024-09-02 1×1', 'F T3 2024-09-05 1×1',
      'V 2024-07-14 2024-07-20 1', 'V 2024-08-10 2024-09-02 1', 'V 2024-08-10 2024-09-05 1',
    ]);
    // B's August as of its end: T3's S1 is now first visited in September.
    expect((await figures({ from: '2024-08-01', to: '2024-08-31' }, { departmentCode: 'B' }))[KPI.inspectionsSaved]).toEqual([0, null]);

    await asOwner(db(), 'truncate task_cooperator');
    // No cooperator: no visit saved, none kept.
    expect((await tallies()).filter((r) => !r.startsWith('I'))).toEqual([
      'P 2024-07-01 A 14', 'P 2024-07-01 C 15', 'P 2024-07-01 D 31', 'P 2024-08-01 A 10',
    ]);
  });

  it("are the rows' own grouping, and the hub's role cannot write them", async () => {
    const participants = await db().pool.query(`
      select date_trunc('month', starts_on)::date, department_code, bit_or(1::bigint << (extract(day from starts_on)::int - 1))
      from (select starts_on, initiator_code as department_code from task
            union all select t.starts_on, c.department_code from task t join task_cooperator c on c.task_code = t.code) p group by 1, 2
      except select month, department_code, days from task_participant_month`);
    expect(participants.rowCount).toBe(0);
    for (const sql of [
      `insert into task_participant_month values ('2024-07-01', 'B', 1)`, `delete from task_item_month`,
      `update saved_visit_day set visits = 9`, `delete from task_first_visit`,
    ]) await expect(db().pool.query(sql)).rejects.toThrow(/permission denied/);
  });
});
