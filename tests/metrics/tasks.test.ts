import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

async function departments(...codes: string[]) {
  for (const code of codes) await b.department(code);
}

describe('joint and credit-tiered task shares', () => {
  beforeAll(async () => {
    await b.fresh();
    await departments('A', 'B', 'C', 'D');
    // T of Q3 2024: T1–T4 (the first and the last day of the period included); T5 and T6 start outside.
    await b.task('T1', { initiator: 'A', cooperators: ['B', 'C'], starts: '2024-07-01', tiered: true });
    await b.task('T2', { initiator: 'A', cooperators: ['A'], tiered: true }); // its only cooperator is itself
    await b.task('T3', { initiator: 'B' });
    await b.task('T4', { initiator: 'C', cooperators: ['A', 'D'], starts: '2024-09-30', tiered: true });
    await b.task('T5', { initiator: 'A', cooperators: ['B'], starts: '2024-06-30', tiered: true });
    await b.task('T6', { initiator: 'A', cooperators: ['B'], starts: '2024-10-01', tiered: true });
  });

  it('counts as joint only tasks with a cooperator other than the initiator', async () => {
    const k = await b.kpis();
    expect(parts(k.joint_task_share)).toEqual({ numerator: 2, denominator: 4, value: 0.5 }); // T1, T4
    expect(k.joint_task_share.target).toBeNull();
    expect(k.joint_task_share.met).toBeNull();
  });

  it('counts credit-tiered tasks in T and judges them against "> 80%"', async () => {
    const k = await b.kpis();
    expect(parts(k.credit_tiered_task_share)).toEqual({ numerator: 3, denominator: 4, value: 0.75 }); // T1, T2, T4
    expect(k.credit_tiered_task_share.target).toEqual({ comparator: '>', target: 0.8 });
    expect(k.credit_tiered_task_share.met).toBe(false);
  });
});

describe('tier ratio compliance (default bands A 0–3%, B 3–3%, C 3–20%, D 20–100%)', () => {
  beforeAll(async () => {
    await b.fresh();
    await departments('A');
    // 100 × 3% is exactly 3: A and B may draw 3, not 4 (bands a float puts a hair off are in targets.test.ts).
    await b.task('K1', { initiator: 'A', tiered: true, draws: { A: [100, 3], B: [100, 3] } });
    await b.task('K2', { initiator: 'A', tiered: true, draws: { B: [100, 4] } });
    // C 12: floor(0.36) = 0 … ceil(2.4) = 3; D 8: floor(1.6) = 1 … 8. Rounding instead would reject both edges.
    await b.task('K3', { initiator: 'A', tiered: true, draws: { C: [12, 3], D: [8, 1] } });
    await b.task('K4', { initiator: 'A', tiered: true, draws: { C: [12, 4], D: [8, 1] } }); // C above ceil
    await b.task('K5', { initiator: 'A', tiered: true, draws: { C: [12, 3], D: [8, 0] } }); // D below floor
    // B 50: floor(1.5) = 1 … ceil(1.5) = 2; the empty A class is not judged.
    await b.task('K6', { initiator: 'A', tiered: true, draws: { A: [0, 0], B: [50, 2] } });
    // Left out of the denominator: only empty classes, no class counts at all, not credit-tiered.
    await b.task('K7', { initiator: 'A', tiered: true, draws: { A: [0, 0], D: [0, 0] } });
    await b.task('K8', { initiator: 'A', tiered: true });
    await b.task('K9', { initiator: 'A', tiered: false, draws: { D: [8, 0] } });
    // Outside the period, compliant: must not count.
    await b.task('K10', { initiator: 'A', tiered: true, starts: '2024-10-01', draws: { B: [100, 3] } });
  });

  it('counts the compliant tasks among the credit-tiered tasks that carry class counts', async () => {
    const k = await b.kpis();
    // Denominator K1–K6; compliant K1, K3, K6.
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 3, denominator: 6, value: 0.5 });
    expect(k.tier_ratio_compliance.target).toEqual({ comparator: '>=', target: 1 });
    expect(k.tier_ratio_compliance.met).toBe(false);
  });

  it('still counts tasks without class counts in the credit-tiered share', async () => {
    const k = await b.kpis();
    expect(parts(k.credit_tiered_task_share)).toEqual({ numerator: 8, denominator: 9, value: 8 / 9 }); // all but K9
    expect(k.credit_tiered_task_share.met).toBe(true);
  });
});

describe('tier ratio compliance at 100%', () => {
  it('is met when every judged task complies', async () => {
    await b.fresh();
    await departments('A');
    await b.task('K1', { initiator: 'A', tiered: true, draws: { A: [100, 0], B: [100, 3], C: [100, 20], D: [5, 5] } });
    await b.task('K2', { initiator: 'A', tiered: true, draws: { C: [100, 3], D: [5, 1] } });
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(k.tier_ratio_compliance.met).toBe(true);
  });
});

describe('overdue tasks, seen as of asOf', () => {
  beforeAll(async () => {
    await b.fresh();
    await departments('A');
    await b.task('O1', { initiator: 'A', due: '2024-09-30' }); // never completed
    await b.task('O2', { initiator: 'A', due: '2024-09-30', completed: '2024-11-05' });
    await b.task('O3', { initiator: 'A', due: '2024-11-30', completed: '2024-12-05' }); // late, but after 10-31
    await b.task('O4', { initiator: 'A', due: '2024-09-30', completed: '2024-10-08' }); // completed late
    await b.task('O5', { initiator: 'A', due: '2024-09-30', completed: '2024-09-30' }); // on its due day
    await b.task('O6', { initiator: 'A', due: '2024-10-31' }); // due on asOf itself: not yet overdue
    await b.task('O7', { initiator: 'A', due: '2024-10-30' });
    await b.task('O8', { initiator: 'A', starts: '2024-06-01', due: '2024-06-30' }); // outside T
  });

  it('as of 2024-10-31: O1, O2 (completion after asOf = not completed), O4, O7', async () => {
    const k = await b.kpis();
    expect(parts(k.overdue_tasks)).toEqual({ numerator: 4, denominator: null, value: 4 });
    expect(k.overdue_tasks.target).toEqual({ comparator: '<=', target: 0 });
    expect(k.overdue_tasks.met).toBe(false);
  });

  it('as of 2024-09-30: nothing is past its due date yet, and O4 is not yet completed', async () => {
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-09-30' });
    expect(parts(k.overdue_tasks)).toEqual({ numerator: 0, denominator: null, value: 0 });
    expect(k.overdue_tasks.met).toBe(true);
  });

  it('as of 2024-12-31: O3 completed late and O6 past due join the count', async () => {
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-12-31' });
    expect(k.overdue_tasks.numerator).toBe(6); // all of O1–O7 but O5
  });

  it('asOf defaults to the end of the period', async () => {
    const k = await b.kpis({ from: '2024-07-01', to: '2024-09-30' });
    expect(k.overdue_tasks.numerator).toBe(0);
  });
});
