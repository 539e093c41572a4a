import { beforeAll, describe, expect, it } from 'vitest';
import { kpiEvidence, kpiSeries, type KpiFilter } from '../../server/src/metrics/operations';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

async function oneTask() {
  await b.fresh();
  await b.department('A');
  await b.department('B');
  await b.task('T', { initiator: 'A', cooperators: ['B'] });
}

// 2024 calendar: 中秋 15–17 Sep off, Sat 14 Sep worked; 国庆 1–7 Oct off, Sun 29 Sep and Sat 12 Oct worked.
// Inspected Fri 20 Sep (day 0): Sep 23–27 (5), Sun 29 (6), 30 (7), Oct 8–11 (11), Sat 12 (12), 14–18 (17),
// 21, 22, 23 (20) → deadline 2024-10-23. Inspected Mon 30 Sep: Oct 8–12 (5), 14–18, 21–25, 28–31 (19), Nov 1 → 2024-11-01.
describe('publication rate and timely publication', () => {
  beforeAll(async () => {
    await oneTask();
    await b.result({ task: 'T', subject: 'R1', inspected: '2024-09-20', published: '2024-10-23' }); // on the deadline
    await b.result({ task: 'T', subject: 'R2', inspected: '2024-09-20', published: '2024-10-24' }); // a day late
    await b.result({ task: 'T', subject: 'R3', inspected: '2024-09-20' }); // never published
    await b.result({ task: 'T', subject: 'R4', inspected: '2024-09-30' }); // unpublished, deadline 11-01
    await b.result({ task: 'T', subject: 'R5', inspected: '2024-09-20', published: '2024-11-05' });
    await b.result({ task: 'T', subject: 'R6', department: 'B', inspected: '2024-07-10', published: '2024-07-12' });
    // Outside I: inspected after and before the period.
    await b.result({ task: 'T', subject: 'R7', inspected: '2024-10-02', published: '2024-10-08' });
    await b.result({ task: 'T', subject: 'R8', inspected: '2024-06-28', published: '2024-06-28' });
  });

  it('as of 2024-10-31: R5 is not published yet, R4 is still inside its deadline', async () => {
    const k = await b.kpis();
    expect(parts(k.publication_rate)).toEqual({ numerator: 3, denominator: 6, value: 0.5 }); // R1, R2, R6
    // Timely R1, R6; late R2 (published late), R3 and R5 (unpublished as of 10-31, past 10-23); R4 left out.
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
    expect(k.publication_rate.target).toEqual({ comparator: '>=', target: 1 });
    expect(k.timely_publication_rate.met).toBe(false);
  });

  it('as of 2024-11-04: R4 has passed its deadline unpublished and turns late', async () => {
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-11-04' });
    expect(parts(k.publication_rate)).toEqual({ numerator: 3, denominator: 6, value: 0.5 });
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 2, denominator: 6, value: 2 / 6 });
  });

  it('as of 2024-11-05: R5 is published now, but late', async () => {
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-11-05' });
    expect(parts(k.publication_rate)).toEqual({ numerator: 4, denominator: 6, value: 4 / 6 });
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 2, denominator: 6, value: 2 / 6 });
  });

  it('as of 2024-10-23: R1 is timely on its last day, nothing is late yet', async () => {
    // R2, R3, R5 are unpublished as of 10-23 but still inside their deadline; R4 too.
    const k = await b.kpis({ ...Q3_2024, asOf: '2024-10-23' });
    expect(parts(k.publication_rate)).toEqual({ numerator: 2, denominator: 6, value: 2 / 6 }); // R1, R6
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(k.timely_publication_rate.met).toBe(true);
  });

  it('lists as shortfall the results that keep timely publication below 100%', async () => {
    const shortfall = await kpiEvidence(db().pool, await b.setting(), 'timely_publication_rate', Q3_2024, {}, 'SHORTFALL', 50, 0);
    // As of 10-31: R2 published late, R3 and R5 unpublished past their deadline of 10-23.
    expect(shortfall.totalCount).toBe(3);
    expect(shortfall.rows.map((r) => r.note)).toEqual([
      '检查日期 2024-09-20；公示期限 2024-10-23；公示日期 2024-10-24（逾期）',
      '检查日期 2024-09-20；公示期限 2024-10-23；未公示（已超期限）',
      '检查日期 2024-09-20；公示期限 2024-10-23；未公示（已超期限）',
    ]);
  });

  it('orders evidence by key either way', async () => {
    const setting = await b.setting();
    const up = await kpiEvidence(db().pool, setting, 'publication_rate', Q3_2024, {}, 'DENOMINATOR', 50, 0);
    const down = await kpiEvidence(db().pool, setting, 'publication_rate', Q3_2024, {}, 'DENOMINATOR', 2, 0, true);
    expect(up.rows).toHaveLength(6);
    expect(down.rows.map((r) => r.key)).toEqual(up.rows.slice(-2).reverse().map((r) => r.key));
    expect(down.totalCount).toBe(6);
  });

  // Series of several periods count grouped results rather than rows: the same figures must come out.
  async function series(key: string, cumulative: boolean, filter: KpiFilter = {}) {
    const points = await kpiSeries(db().pool, await b.setting(), key, { from: '2024-07-01', to: '2024-10-31' }, 'MONTH', cumulative, filter);
    return points.map((p) => [p.to, p.figure.numerator, p.figure.denominator]);
  }

  it('by month, each month as of its end', async () => {
    // July: R6. August: none. September as of 09-30: five unpublished, all inside their deadline.
    // October: R7, inspected on a holiday (10-02, deadline 11-01), published 10-08.
    expect(await series('publication_rate', false)).toEqual([
      ['2024-07-31', 1, 1], ['2024-08-31', 0, 0], ['2024-09-30', 0, 5], ['2024-10-31', 1, 1],
    ]);
    expect(await series('timely_publication_rate', false)).toEqual([
      ['2024-07-31', 1, 1], ['2024-08-31', 0, 0], ['2024-09-30', 0, 0], ['2024-10-31', 1, 1],
    ]);
  });

  it('year to date, each point as of its end', async () => {
    // R8 (06-28, deadline 07-26, published the same day) joins from the start of the year. As of
    // 10-31: published R8, R6, R1, R2, R7; timely R8, R6, R1, R7; late R2, R3, R5; R4 left out.
    expect(await series('publication_rate', true)).toEqual([
      ['2024-07-31', 2, 2], ['2024-08-31', 2, 2], ['2024-09-30', 2, 7], ['2024-10-31', 5, 8],
    ]);
    expect(await series('timely_publication_rate', true)).toEqual([
      ['2024-07-31', 2, 2], ['2024-08-31', 2, 2], ['2024-09-30', 2, 2], ['2024-10-31', 4, 7],
    ]);
    expect(await series('publication_rate', true, { departmentCode: 'B' })).toEqual([
      ['2024-07-31', 1, 1], ['2024-08-31', 1, 1], ['2024-09-30', 1, 1], ['2024-10-31', 1, 1],
    ]);
  });
});

describe('publication deadlines across holidays and 调休', () => {
  beforeAll(async () => {
    await oneTask();
    // Sat 14 Sep 2024 is a 调休 working day, day 0: Sep 18–20 (3), 23–27 (8), Sun 29 (9), 30 (10),
    // Oct 8–11 (14), Sat 12 (15), 14–18 (20) → 2024-10-18. Ignoring 调休 would give 10-22, ignoring holidays 10-11.
    await b.result({ task: 'T', subject: 'D1', inspected: '2024-09-14', published: '2024-10-18' });
    await b.result({ task: 'T', subject: 'D2', inspected: '2024-09-14', published: '2024-10-21' });
    // Thu 3 Oct is a holiday, day 0: Oct 8–11 (4), Sat 12 (5), 14–18 (10), 21–25 (15), 28–31, Nov 1 (20) → 2024-11-01.
    await b.result({ task: 'T', subject: 'D3', inspected: '2024-10-03', published: '2024-11-01' });
    await b.result({ task: 'T', subject: 'D4', inspected: '2024-10-03', published: '2024-11-04' });
  });

  it('counts the 20th working day from the official calendar', async () => {
    const k = await b.kpis({ from: '2024-09-01', to: '2024-10-31', asOf: '2024-11-30' });
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 2, denominator: 4, value: 0.5 }); // D1, D3
    expect(parts(k.publication_rate)).toEqual({ numerator: 4, denominator: 4, value: 1 });
  });

  it('follows a day the administrator entered: with 18 Oct a holiday every deadline moves one working day', async () => {
    // Day 20 after 14 Sep becomes Mon 21 Oct (D1, D2 timely); after 3 Oct, Mon 4 Nov (D3, D4 timely).
    const setting = await b.setting([{ date: '2024-10-18', isWorkingDay: false }]);
    const k = await b.kpis({ from: '2024-09-01', to: '2024-10-31', asOf: '2024-11-30' }, {}, setting);
    expect(parts(k.timely_publication_rate)).toEqual({ numerator: 4, denominator: 4, value: 1 });
  });
});

describe('problem rate', () => {
  it('counts results with any of the six problem categories', async () => {
    await oneTask();
    const categories = [
      ['UNDISCLOSED_INFORMATION'], ['FALSE_DISCLOSURE'], ['UNREACHABLE_AT_ADDRESS'], ['SERIOUS_OBSTRUCTION'],
      ['ORDERED_TO_CORRECT'], ['PENDING_FOLLOW_UP'], ['NO_RELEVANT_ACTIVITY', 'ORDERED_TO_CORRECT'], // 7 problems
      ['NO_PROBLEM'], ['NO_RELEVANT_ACTIVITY'], ['CLOSED_OR_LIQUIDATING'], ['DEREGISTERED_OR_REVOKED'], // 4 without
    ];
    for (const [i, c] of categories.entries()) {
      await b.result({ task: 'T', subject: `P${i}`, inspected: '2024-08-01', categories: c });
    }
    // A problem outside the period must not count.
    await b.result({ task: 'T', subject: 'P-late', inspected: '2024-10-01', categories: ['FALSE_DISCLOSURE'] });
    const k = await b.kpis();
    expect(parts(k.problem_rate)).toEqual({ numerator: 7, denominator: 11, value: 7 / 11 });
    expect(k.problem_rate.target).toBeNull();
  });
});

describe('inspections saved (进一次门、查多项事)', () => {
  it('gives (participants − 1) × distinct subjects with a result by asOf', async () => {
    await b.fresh();
    for (const code of ['A', 'B', 'C']) await b.department(code);
    await b.task('J1', { initiator: 'A', cooperators: ['B', 'C'] });
    await b.result({ task: 'J1', subject: 'S1', department: 'A', inspected: '2024-08-01' });
    await b.result({ task: 'J1', subject: 'S1', department: 'B', inspected: '2024-08-01' }); // same subject
    await b.result({ task: 'J1', subject: 'S2', department: 'C', inspected: '2024-09-15' });
    await b.result({ task: 'J1', subject: 'S3', department: 'A', inspected: '2024-10-20' }); // after the period, before asOf
    await b.result({ task: 'J1', subject: 'S4', department: 'A', inspected: '2024-11-05' }); // after asOf
    const k = await b.kpis();
    expect(parts(k.inspections_saved)).toEqual({ numerator: 6, denominator: null, value: 6 }); // (3 − 1) × 3
    expect(k.inspections_saved.target).toBeNull();
  });

  it('counts a cooperator equal to the initiator as no participant, and only joint tasks in T', async () => {
    await b.fresh();
    for (const code of ['A', 'B']) await b.department(code);
    await b.task('J2', { initiator: 'A', cooperators: ['A', 'B'] }); // participants A, B: (2 − 1) × 2
    await b.task('J3', { initiator: 'A', cooperators: ['A'] }); // not joint
    await b.task('J4', { initiator: 'A', cooperators: ['B'], starts: '2024-06-01' }); // not in T
    for (const task of ['J2', 'J3', 'J4']) {
      await b.result({ task, subject: 'S1', inspected: '2024-08-01' });
      await b.result({ task, subject: 'S2', inspected: '2024-08-02' });
    }
    const k = await b.kpis();
    expect(k.inspections_saved.numerator).toBe(2);
  });
});
