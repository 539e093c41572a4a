import { beforeAll, describe, expect, it } from 'vitest';
import { VISIT_KPIS } from '../../server/src/domain/kpi-keys';
import { departmentKpis, kpiEvidence, kpiSeries, type KpiFilter, type KpiPeriod } from '../../server/src/metrics/operations';
import { useTestDatabase } from '../support/database';
import { builders, NO_FILTER, Q3_2024 } from './builders';
import { buildVisitScenario } from './visit-scenario';

const db = useTestDatabase();
const b = builders(db);

/** The four figures by key: [numerator, denominator, value]. */
async function visits(period: KpiPeriod = Q3_2024, filter: KpiFilter = NO_FILTER) {
  const figures = await b.kpis(period, filter);
  return Object.fromEntries(VISIT_KPIS.map((key) => [key, [figures[key].numerator, figures[key].denominator, figures[key].value]]));
}

describe('the visit KPIs on hand-built visits (see visit-scenario.ts)', () => {
  beforeAll(async () => buildVisitScenario(db));

  it('the whole jurisdiction: 15 visits, one joint; 4 repeats; no cap set, so no over-cap figure', async () => {
    expect(await visits()).toEqual({
      inspection_visits: [15, null, 15],
      joint_visit_share: [1, 15, 1 / 15],
      repeat_visited_subjects: [4, null, 4],
      over_cap_subjects: [0, null, null],
    });
  });

  it('per department: the visits it took part in, the repeats it is one side of', async () => {
    // A: S1, S2, S3, S6, S7 ×2, S8, S10; B: S1, S2, S4, S9, S10; C: S3, S4; N (no member): S6.
    expect(await visits(Q3_2024, { departmentCode: 'A' })).toMatchObject({
      inspection_visits: [8, null, 8], joint_visit_share: [1, 8, 1 / 8], repeat_visited_subjects: [3, null, 3],
    });
    expect(await visits(Q3_2024, { departmentCode: 'B' })).toMatchObject({
      inspection_visits: [5, null, 5], joint_visit_share: [1, 5, 1 / 5], repeat_visited_subjects: [3, null, 3],
    });
    expect(await visits(Q3_2024, { departmentCode: 'C' })).toMatchObject({
      inspection_visits: [2, null, 2], joint_visit_share: [0, 2, 0], repeat_visited_subjects: [1, null, 1],
    });
    expect(await visits(Q3_2024, { departmentCode: 'N' })).toMatchObject({ inspection_visits: [1, null, 1], repeat_visited_subjects: [1, null, 1] });
  });

  it('a cap of one day: S7 (A on two days) and S9 (B in March and August); a cap of two: none', async () => {
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, max_visits_per_department) values (2024, '000000', 1)`);
    expect((await visits()).over_cap_subjects).toEqual([2, null, 2]);
    expect((await visits(Q3_2024, { departmentCode: 'A' })).over_cap_subjects).toEqual([1, null, 1]);
    expect((await visits(Q3_2024, { departmentCode: 'C' })).over_cap_subjects).toEqual([0, null, 0]);
    // July alone: S7's two days are in July; S9's March day counts from 1 January, its August day is after July.
    expect((await visits({ from: '2024-07-01', to: '2024-07-31', asOf: '2024-07-31' })).over_cap_subjects).toEqual([1, null, 1]);
    await db().pool.query(`update inspection_burden_setting set max_visits_per_department = 2`);
    expect((await visits()).over_cap_subjects).toEqual([0, null, 0]);
    await db().pool.query(`delete from inspection_burden_setting`);
  });

  it('the window: 31 days makes S3 a repeat; 10 days leaves S4 (7 days) and S10 (10 days), drops S2', async () => {
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, repeat_window_days) values (2024, '442000', 31)`);
    expect((await visits()).repeat_visited_subjects).toEqual([5, null, 5]);
    await db().pool.query(`update inspection_burden_setting set repeat_window_days = 10`);
    expect((await visits()).repeat_visited_subjects).toEqual([3, null, 3]); // S4, S6, S10
    await db().pool.query(`delete from inspection_burden_setting`);
  });

  it('evidence: the visits, and the subjects with the results that make them count, as many as each figure', async () => {
    const setting = await b.setting();
    const page = (key: string, part: 'NUMERATOR' | 'DENOMINATOR', filter: KpiFilter = NO_FILTER) =>
      kpiEvidence(db().pool, setting, key, Q3_2024, { ...NO_FILTER, ...filter }, part, 100, 0);
    const joint = await page('joint_visit_share', 'NUMERATOR');
    expect([joint.kind, joint.totalCount, joint.rows.map((r) => [r.key, r.note])]).toEqual(['VISIT', 1, [['S1 2024-07-10', '联合上门：2 个部门同日检查']]]);
    expect(joint.rows[0].record).toEqual({ key: 'S1 2024-07-10',
      subject: { code: 'S1', name: 'S1名称' }, inspectedOn: '2024-07-10',
      departments: [{ code: 'A', name: 'A局' }, { code: 'B', name: 'B局' }], tasks: [{ code: 'TJ', name: 'TJ任务' }],
    });
    // As many rows as each figure counts, with and without a filter.
    for (const filter of [NO_FILTER, { departmentCode: 'A' }, { departmentCode: 'N' }]) {
      const figures = await visits(Q3_2024, filter);
      for (const key of ['inspection_visits', 'joint_visit_share', 'repeat_visited_subjects']) {
        expect((await page(key, 'NUMERATOR', filter)).totalCount).toBe(figures[key][0]);
      }
      expect((await page('joint_visit_share', 'DENOMINATOR', filter)).totalCount).toBe(figures.joint_visit_share[1]);
    }
    const repeats = await page('repeat_visited_subjects', 'NUMERATOR', { departmentCode: 'C' });
    expect([repeats.kind, repeats.rows.map((r) => [r.key, r.note])]).toEqual(['SUBJECT', [
      ['S4', '重复上门：2024-08-05 B局（TK） 与 2024-08-12 C局（TK）'],
    ]]);
    expect((await page('repeat_visited_subjects', 'NUMERATOR')).rows.map((r) => r.key)).toEqual(['S10', 'S2', 'S4', 'S6']);
    await db().pool.query(`insert into inspection_burden_setting (year, jurisdiction, max_visits_per_department) values (2024, '000000', 1)`);
    const capped = await kpiEvidence(db().pool, await b.setting(), 'over_cap_subjects', Q3_2024, NO_FILTER, 'NUMERATOR', 100, 0);
    expect(capped.rows.map((r) => [r.key, r.note])).toEqual([
      ['S7', '超过年度检查次数上限：A局 2 天：2024-07-03、2024-07-20'],
      ['S9', '超过年度检查次数上限：B局 2 天：2024-03-01、2024-08-01'],
    ]);
    await db().pool.query(`delete from inspection_burden_setting`);
  });
});

describe('the visit KPIs in series and in the league table', () => {
  beforeAll(async () => buildVisitScenario(db));

  it('month by month: visits add up to the quarter; repeats are counted in the month both visits fall in', async () => {
    const setting = await b.setting();
    const months = async (key: string) => (await kpiSeries(db().pool, setting, key, Q3_2024, 'MONTH', false, NO_FILTER))
      .map((p) => p.figure.numerator);
    // July: S1, S2 ×2, S3, S6 ×2, S7 ×2; August: S3, S4 ×2, S9; September: S8, S10 ×2.
    expect(await months('inspection_visits')).toEqual([8, 4, 3]);
    // July: S2 (07-01, 07-31) and S6; August: S4; September: S10. S3's two visits are in two months and 31 days apart anyway.
    expect(await months('repeat_visited_subjects')).toEqual([2, 1, 1]);
  });

  it('a department\'s row carries its visit figures, but its score and missed targets count the State Council\'s 14 only', async () => {
    const rows = await departmentKpis(db().pool, await b.setting(), Q3_2024);
    const a = rows.find((r) => r.code === 'A')!;
    const repeats = a.kpis.find((k) => k.key === 'repeat_visited_subjects')!;
    expect([repeats.numerator, repeats.met]).toEqual([3, false]);
    const stateCouncil = a.kpis.filter((k) => !(VISIT_KPIS as readonly string[]).includes(k.key));
    expect(stateCouncil).toHaveLength(14);
    expect(a.missedTargets).toBe(stateCouncil.filter((k) => k.met === false).length);
  });
});
