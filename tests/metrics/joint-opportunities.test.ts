import { beforeAll, describe, expect, it } from 'vitest';
import { jointOpportunities } from '../../server/src/metrics/visits/joint-opportunities';
import { jointOpportunitySubjects, mostVisitedSubjects } from '../../server/src/metrics/visits/visit-lists';
import { useTestDatabase } from '../support/database';
import { builders, Q3_2024 } from './builders';
import { buildVisitScenario } from './visit-scenario';

const db = useTestDatabase();
const b = builders(db);

const pairs = async (period = Q3_2024, first: number | null = null) =>
  (await jointOpportunities(db().pool, await b.setting(), period, first))
    .map((p) => `${p.departmentA.code}–${p.departmentB.code} ${p.subjects}`);

describe('jointOpportunities: member pairs that came separately within W days', () => {
  beforeAll(async () => buildVisitScenario(db));

  it('with the default 30 days: A–B on S2 (exactly 30 days) and S10, B–C on S4 (the joint task on two days)', async () => {
    // S1 came together; S3 is 31 days apart; S5 is a product; S6's other department is no member.
    expect(await pairs()).toEqual(['A–B 2', 'B–C 1']);
    const [first] = await jointOpportunities(db().pool, await b.setting(), Q3_2024, 1);
    expect(first).toEqual({ departmentA: { code: 'A', name: 'A局' }, departmentB: { code: 'B', name: 'B局' }, subjects: 2 });
  });

  it('a window of 31 days adds A–C on S3; ties are ordered by codes', async () => {
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, repeat_window_days) values (2024, '440000', 31)`);
    expect(await pairs()).toEqual(['A–B 2', 'A–C 1', 'B–C 1']);
  });

  it('the more specific jurisdiction wins, and a later year does not judge 2024', async () => {
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, repeat_window_days) values
      (2023, '442000', 10), (2025, '442000', 60)`);
    // W 10: S10 (10 days) and S4 (7 days) stay; S2 (30 days) drops out.
    expect(await pairs()).toEqual(['A–B 1', 'B–C 1']);
    // A cap alone in a more specific row leaves the window to the row that sets it.
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, max_visits_per_department) values (2024, '442000', 2)`);
    expect(await pairs()).toEqual(['A–B 1', 'B–C 1']);
    await db().pool.query(`delete from inspection_burden_setting`);
  });

  it('only the period\'s results count', async () => {
    expect(await pairs({ from: '2024-07-01', to: '2024-07-31' })).toEqual(['A–B 1']);
    expect(await pairs({ from: '2024-07-02', to: '2024-07-31' })).toEqual([]);
  });
});

describe('the lists behind the map: a pair\'s subjects and the most-visited firms', () => {
  beforeAll(async () => buildVisitScenario(db));

  it('A–B: S2 and S10 with both departments\' visits, by day', async () => {
    const subjects = await jointOpportunitySubjects(db().pool, await b.setting(), Q3_2024, 'A', 'B', null);
    const visit = (d: string, day: string, task: string) => ({ department: { code: d, name: `${d}局` }, inspectedOn: day, task: { code: task, name: `${task}任务` } });
    expect(subjects).toEqual([
      { subject: { code: 'S10', name: 'S10名称' }, visits: [visit('A', '2024-09-10', 'TA'), visit('B', '2024-09-20', 'TB')] },
      { subject: { code: 'S2', name: 'S2名称' }, visits: [visit('A', '2024-07-01', 'TA'), visit('B', '2024-07-31', 'TB')] },
    ]);
    expect(await jointOpportunitySubjects(db().pool, await b.setting(), Q3_2024, 'A', 'C', null)).toEqual([]);
    await expect(jointOpportunitySubjects(db().pool, await b.setting(), Q3_2024, 'A', 'N', null)).rejects.toThrow('部门代码 N 不是联席会议成员单位');
  });

  it('most visited: days with inspectors at the door, several departments on one day once; no products', async () => {
    const top = await mostVisitedSubjects(db().pool, Q3_2024, 9);
    expect(top.map((s) => [s.subject.code, s.visits, s.departments, s.results, s.lastVisitOn])).toEqual([
      ['S10', 2, 2, 2, '2024-09-20'], ['S2', 2, 2, 2, '2024-07-31'], ['S3', 2, 2, 2, '2024-08-01'], ['S4', 2, 2, 2, '2024-08-12'],
      ['S6', 2, 2, 2, '2024-07-06'], ['S7', 2, 1, 2, '2024-07-20'], ['S1', 1, 2, 2, '2024-07-10'], ['S8', 1, 1, 2, '2024-09-01'],
      ['S9', 1, 1, 1, '2024-08-01'],
    ]);
  });
});
