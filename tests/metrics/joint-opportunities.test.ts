import { beforeAll, describe, expect, it } from 'vitest';
import { jointOpportunities } from '../../server/src/metrics/visits/joint-opportunities';
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
