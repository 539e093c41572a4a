import { KPI } from '../../server/src/domain/kpi-keys';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Granularity } from '../../server/src/domain/period';
import { departmentKpis, kpiSeries, type KpiFilter } from '../../server/src/metrics/operations';
import { useTestDatabase } from '../support/database';
import { builders, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

/** The series as [label, from, to, numerator, denominator] rows. */
async function series(key: string, from: string, to: string, granularity: Granularity, cumulative: boolean, filter: KpiFilter = {}) {
  const points = await kpiSeries(db().pool, await b.setting(), key, { from, to }, granularity, cumulative, filter);
  return points.map((p) => [p.label, p.from, p.to, p.figure.numerator, p.figure.denominator]);
}

describe('kpiSeries', () => {
  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    // Joint tasks (with B) on 2023-12-20, 2024-01-15, 03-05, 03-20, 07-08; A alone on 02-10 and 05-01.
    for (const [code, starts, joint] of [
      ['dec23', '2023-12-20', true], ['jan', '2024-01-15', true], ['feb', '2024-02-10', false], ['mar1', '2024-03-05', true],
      ['mar2', '2024-03-20', true], ['may', '2024-05-01', false], ['jul', '2024-07-08', true],
    ] as const) {
      await b.task(code, { initiator: 'A', cooperators: joint ? ['B'] : [], starts });
    }
  });

  it('by month, each month on its own', async () => {
    expect(await series('joint_task_share', '2024-01-01', '2024-03-31', 'MONTH', false)).toEqual([
      ['2024年1月', '2024-01-01', '2024-01-31', 1, 1],
      ['2024年2月', '2024-02-01', '2024-02-29', 0, 1],
      ['2024年3月', '2024-03-01', '2024-03-31', 2, 2],
    ]);
  });

  it('by month, cumulative: year to date', async () => {
    expect(await series('joint_task_share', '2024-01-01', '2024-03-31', 'MONTH', true)).toEqual([
      ['2024年1月', '2024-01-01', '2024-01-31', 1, 1],
      ['2024年2月', '2024-01-01', '2024-02-29', 1, 2],
      ['2024年3月', '2024-01-01', '2024-03-31', 3, 4],
    ]);
  });

  it('a range starting mid-month clips the first bucket, unless cumulative', async () => {
    const plain = await kpiSeries(db().pool, await b.setting(), 'joint_task_share', { from: '2024-02-15', to: '2024-03-31' }, 'MONTH', false, {});
    expect(plain.map((p) => [p.from, p.to, p.figure.numerator, p.figure.denominator, p.figure.value])).toEqual([
      ['2024-02-15', '2024-02-29', 0, 0, null], // the 02-10 task lies before the range
      ['2024-03-01', '2024-03-31', 2, 2, 1],
    ]);
    expect(await series('joint_task_share', '2024-02-15', '2024-03-31', 'MONTH', true)).toEqual([
      ['2024年2月', '2024-01-01', '2024-02-29', 1, 2],
      ['2024年3月', '2024-01-01', '2024-03-31', 3, 4],
    ]);
  });

  it('by quarter, plain and cumulative', async () => {
    expect(await series('joint_task_share', '2024-01-01', '2024-09-30', 'QUARTER', false)).toEqual([
      ['2024年第一季度', '2024-01-01', '2024-03-31', 3, 4],
      ['2024年第二季度', '2024-04-01', '2024-06-30', 0, 1],
      ['2024年第三季度', '2024-07-01', '2024-09-30', 1, 1],
    ]);
    expect((await series('joint_task_share', '2024-01-01', '2024-09-30', 'QUARTER', true)).map((r) => r.slice(3))).toEqual([
      [3, 4], [3, 5], [4, 6],
    ]);
  });

  it('cumulative restarts on 1 January', async () => {
    expect(await series('joint_task_share', '2023-10-01', '2024-03-31', 'QUARTER', true)).toEqual([
      ['2023年第四季度', '2023-01-01', '2023-12-31', 1, 1],
      ['2024年第一季度', '2024-01-01', '2024-03-31', 3, 4],
    ]);
    expect(await series('joint_task_share', '2023-01-01', '2024-12-31', 'YEAR', false)).toEqual([
      ['2023年', '2023-01-01', '2023-12-31', 1, 1],
      ['2024年', '2024-01-01', '2024-12-31', 4, 6],
    ]);
  });

  it('takes a department filter', async () => {
    // B takes part in the joint tasks only.
    expect((await series('joint_task_share', '2024-01-01', '2024-06-30', 'QUARTER', false, { departmentCode: 'B' })).map((r) => r.slice(3)))
      .toEqual([[3, 3], [0, 0]]);
  });

  it('sees each point as of its own end', async () => {
    await b.fresh();
    await b.department('A');
    await b.task('O', { initiator: 'A', starts: '2024-01-10', due: '2024-01-31', completed: '2024-02-15' });
    // As of 01-31 it is not past due; as of 02-29 it was completed late. Not cumulative, February's T is empty.
    expect((await series('overdue_tasks', '2024-01-01', '2024-02-29', 'MONTH', true)).map((r) => r[3])).toEqual([0, 1]);
    expect((await series('overdue_tasks', '2024-01-01', '2024-02-29', 'MONTH', false)).map((r) => r[3])).toEqual([0, 0]);
  });
});

describe('departmentKpis', () => {
  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.department('C', { staff: 4 });
    await b.department('D');
    await b.department('N', { member: false });
    await b.task('tA', { initiator: 'A', tiered: true, due: '2024-09-30', completed: '2024-09-20' });
    await b.result({ task: 'tA', subject: 's1', inspected: '2024-09-02', published: '2024-09-05' });
    await b.task('tB', { initiator: 'B', due: '2024-09-30' }); // overdue as of 10-31
    await b.task('tN', { initiator: 'N', cooperators: ['B'], due: '2024-09-30', completed: '2024-09-01' });
    for (const [certificate, expires] of [['c1', '2030-01-01'], ['c2', '2030-01-01'], ['c3', '2030-01-01'], ['c4', '2020-01-01']]) {
      await b.inspector(certificate, 'C', expires);
    }
  });

  it('gives one row per member department, ranked by the mean attainment of its targeted KPIs', async () => {
    const rows = await departmentKpis(db().pool, await b.setting(), Q3_2024);
    // Attainment: value ÷ target (at most 1) for ">"/">=", (target + 1) ÷ (value + 1) for "≤"; KPIs without value skipped.
    // A: tiered 1/1, coverage 1, publication 1, timely 1, overdue 0 → all 1 → 100.
    // B: tiered 0/2 (tB, tN) → 0, coverage 1, overdue 1 → ½: (0 + 1 + 0.5) / 3 → 50.
    // C: coverage 0, inspectors 3/4, overdue 0 → 1: 1.75 / 3 = 0.5833… → 58.3.
    // D: coverage 0, overdue 0 → 1: 0.5 → 50, tied with B.
    expect(rows.map((r) => ({ code: r.code, score: r.score, rank: r.rank, missed: r.missedTargets }))).toEqual([
      { code: 'A', score: 100, rank: 1, missed: 0 },
      { code: 'C', score: 58.3, rank: 2, missed: 2 },
      { code: 'B', score: 50, rank: 3, missed: 2 },
      { code: 'D', score: 50, rank: 3, missed: 1 },
    ]);
  });

  it('each row holds the department’s own figures', async () => {
    const rows = await departmentKpis(db().pool, await b.setting(), Q3_2024);
    const figure = (code: string, key: string) => {
      const f = rows.find((r) => r.code === code)!.kpis.find((k) => k.key === key)!;
      return [f.numerator, f.denominator];
    };
    expect(figure('B', 'credit_tiered_task_share')).toEqual([0, 2]);
    expect(figure('B', 'overdue_tasks')).toEqual([1, null]); // tN was completed in time
    expect(figure('C', 'inspector_registry_rate')).toEqual([3, 4]);
    expect(figure('A', 'publication_rate')).toEqual([1, 1]);
    expect(figure('D', 'department_coverage')).toEqual([0, 1]);
  });

  it('carries only the KPIs asked for, and ranks by the State Council\'s figures all the same', async () => {
    const rows = await departmentKpis(db().pool, await b.setting(), Q3_2024, [KPI.inspectorRegistryRate, KPI.inspectionVisits]);
    expect(rows.map((r) => [r.code, r.score, r.rank, r.kpis.map((k) => `${k.key} ${k.numerator}/${k.denominator}`)])).toEqual([
      ['A', 100, 1, ['inspector_registry_rate 0/0', 'inspection_visits 1/null']],
      ['C', 58.3, 2, ['inspector_registry_rate 3/4', 'inspection_visits 0/null']],
      ['B', 50, 3, ['inspector_registry_rate 0/0', 'inspection_visits 0/null']],
      ['D', 50, 3, ['inspector_registry_rate 0/0', 'inspection_visits 0/null']],
    ]);
    await expect(departmentKpis(db().pool, await b.setting(), Q3_2024, ['no_such_kpi'])).rejects.toThrow(/指标 no_such_kpi 不存在/);
  });
});
