import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

beforeAll(async () => {
  await b.fresh();
  await b.department('A');
  await b.department('B');
  await b.department('C');
  await b.plan('p1', { year: 2024, initiator: 'A', entered: '2024-03-31' }); // the last day: on time
  await b.plan('p2', { year: 2024, initiator: 'A', entered: '2024-04-01' }); // a day late
  await b.plan('p3', { year: 2024, initiator: 'A', entered: '2023-12-20' }); // early
  await b.plan('p4', { year: 2023, initiator: 'A', entered: '2023-03-01' });
  await b.plan('p5', { year: 2023, initiator: 'A', entered: '2023-05-01' });
  await b.plan('p6', { year: 2025, initiator: 'B', entered: '2025-03-01' });
  await b.plan('p7', { year: 2024, initiator: 'B', entered: '2024-04-02', cooperators: ['A'] });
});

describe('plans entered on time (by 31 March of their year)', () => {
  it('counts the plans of the year the period lies in', async () => {
    const k = await b.kpis();
    // 2024 plans p1, p2, p3, p7; on time p1, p3.
    expect(parts(k.plans_entered_on_time)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(k.plans_entered_on_time.target).toEqual({ comparator: '>=', target: 1 });
    expect(k.plans_entered_on_time.met).toBe(false);
  });

  it('a period touching two years counts the plans of both, each against its own 31 March', async () => {
    const k = await b.kpis({ from: '2023-10-01', to: '2024-03-31', asOf: '2024-04-30' });
    // 2023: p4 on time, p5 late; 2024: p1, p3 on time, p2, p7 late. p3 entered in 2023 is early for 2024.
    expect(parts(k.plans_entered_on_time)).toEqual({ numerator: 3, denominator: 6, value: 0.5 });
  });

  it('a period in one year ignores the plans of the others', async () => {
    const y2023 = await b.kpis({ from: '2023-01-01', to: '2023-12-31' });
    expect(parts(y2023.plans_entered_on_time)).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    const y2025 = await b.kpis({ from: '2025-04-01', to: '2025-06-30' });
    expect(parts(y2025.plans_entered_on_time)).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(y2025.plans_entered_on_time.met).toBe(true);
  });

  it('a year without plans gives no value', async () => {
    const k = await b.kpis({ from: '2022-01-01', to: '2022-12-31' });
    expect(parts(k.plans_entered_on_time)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(k.plans_entered_on_time.met).toBeNull();
  });

  it('with a department filter, counts the plans it initiates or cooperates in', async () => {
    const a = await b.kpis(Q3_2024, { departmentCode: 'A' });
    expect(parts(a.plans_entered_on_time)).toEqual({ numerator: 2, denominator: 4, value: 0.5 }); // p1, p2, p3 + p7
    const bb = await b.kpis(Q3_2024, { departmentCode: 'B' });
    expect(parts(bb.plans_entered_on_time)).toEqual({ numerator: 0, denominator: 1, value: 0 }); // p7
    const c = await b.kpis(Q3_2024, { departmentCode: 'C' });
    expect(parts(c.plans_entered_on_time)).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});
