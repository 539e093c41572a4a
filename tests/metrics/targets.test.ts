import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

const Y2023 = { from: '2023-07-01', to: '2023-12-31' };
const Y2025 = { from: '2025-01-01', to: '2025-03-31' };

async function target(year: number, jurisdiction: string, key: string, comparator: string, value: number) {
  await db().pool.query(
    `insert into kpi_target (year, jurisdiction, kpi_key, comparator, target) values ($1, $2, $3, $4, $5)`,
    [year, jurisdiction, key, comparator, value],
  );
}

/** 林甸's bands: A ≤ 5%, B 5–20%, C 21–60%, D 61–100%. */
async function lindianBands(year: number, jurisdiction: string) {
  await db().pool.query(
    `insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent)
     values ($1, $2, 'A', 0, 5), ($1, $2, 'B', 5, 20), ($1, $2, 'C', 21, 60), ($1, $2, 'D', 61, 100)`,
    [year, jurisdiction],
  );
}

// truncateAll keeps configuration, so each test removes what it added beside the seeded 2019 national rows.
afterEach(async () => {
  await db().pool.query(`delete from kpi_target where (year, jurisdiction) <> (2019, '000000')`);
  await db().pool.query(`delete from credit_class_band where (year, jurisdiction) <> (2019, '000000')`);
});

describe('targets by year and jurisdiction', () => {
  beforeAll(async () => {
    await b.fresh();
    // Both members lie in 中山 (442000): that is the hub's jurisdiction.
    await b.department('A', { region: '442000' });
    await b.department('B', { region: '442000' });
    // Five tasks in each of Q3 2023, Q3 2024 and Q1 2025, four of them credit-tiered: exactly 80%.
    for (const starts of ['2023-08-01', '2024-08-01', '2025-02-01']) {
      for (let i = 0; i < 5; i++) {
        await b.task(`T${starts}-${i}`, { initiator: 'A', cooperators: i < 2 ? ['B'] : [], tiered: i < 4, starts, due: starts });
      }
    }
  });

  it('by default, 80% credit-tiered tasks is not "more than 80%"', async () => {
    const k = await b.kpis();
    expect(parts(k.credit_tiered_task_share)).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(k.credit_tiered_task_share.target).toEqual({ comparator: '>', target: 0.8 });
    expect(k.credit_tiered_task_share.met).toBe(false);
  });

  it('a row for a later year overrides from that year on, judged by the year the period ends in', async () => {
    await target(2024, '000000', 'credit_tiered_task_share', '>=', 0.8);
    const k2024 = await b.kpis();
    expect(k2024.credit_tiered_task_share.target).toEqual({ comparator: '>=', target: 0.8 });
    expect(k2024.credit_tiered_task_share.met).toBe(true);
    const k2023 = await b.kpis(Y2023);
    expect(k2023.credit_tiered_task_share.target).toEqual({ comparator: '>', target: 0.8 });
    expect(k2023.credit_tiered_task_share.met).toBe(false);
    // August 2023 to January 2024 ends in 2024, so the 2024 row judges the five 2023 tasks.
    const across = await b.kpis({ from: '2023-08-01', to: '2024-01-31' });
    expect(parts(across.credit_tiered_task_share)).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(across.credit_tiered_task_share.met).toBe(true);
  });

  it('a row for a future year is not in force yet', async () => {
    await target(2025, '442000', 'joint_task_share', '>=', 0.4);
    const k2024 = await b.kpis();
    expect(k2024.joint_task_share.target).toBeNull();
    expect(k2024.joint_task_share.met).toBeNull();
    const k2025 = await b.kpis(Y2025);
    expect(parts(k2025.joint_task_share)).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
    expect(k2025.joint_task_share.target).toEqual({ comparator: '>=', target: 0.4 });
    expect(k2025.joint_task_share.met).toBe(true);
  });

  it('the most specific jurisdiction covering the hub wins, then the latest year', async () => {
    await target(2024, '000000', 'credit_tiered_task_share', '>', 0.9);
    await target(2020, '440000', 'credit_tiered_task_share', '>=', 0.5); // province beats nation, though older
    await target(2024, '350000', 'credit_tiered_task_share', '>=', 0); // another province: never applies
    let k = await b.kpis();
    expect(k.credit_tiered_task_share.target).toEqual({ comparator: '>=', target: 0.5 });
    expect(k.credit_tiered_task_share.met).toBe(true);

    await target(2021, '442000', 'credit_tiered_task_share', '>=', 0.85);
    await target(2023, '442000', 'credit_tiered_task_share', '>=', 0.82);
    k = await b.kpis();
    expect(k.credit_tiered_task_share.target).toEqual({ comparator: '>=', target: 0.82 });
    expect(k.credit_tiered_task_share.met).toBe(false);
  });
});

describe('credit-class bands by year and jurisdiction', () => {
  beforeAll(async () => {
    await b.fresh();
    await b.department('A', { region: '442000' });
    await b.department('F', { region: '350100', member: false }); // does not move the hub's jurisdiction
    await b.task('X', { initiator: 'A', tiered: true, draws: { B: [100, 10] } });
    await b.task('Y', { initiator: 'A', tiered: true, draws: { A: [100, 4] } });
    await b.task('Z', { initiator: 'A', tiered: true, draws: { C: [100, 10] } });
    await b.task('W', { initiator: 'F', tiered: true, draws: { B: [100, 10] } });
  });

  it('default bands: only Z complies (B is 3–3, A at most 3, C 3–20)', async () => {
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
  });

  it('bands of the hub’s jurisdiction replace the defaults', async () => {
    await lindianBands(2024, '442000');
    // X (B 5–20), Y (A 0–5), W comply; Z (C 21–60) no longer does.
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('bands of another jurisdiction leave the hub alone, and judge a department there', async () => {
    await lindianBands(2024, '350000');
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    // F lies in 350100: its task W is judged by 350000's bands (B 5–20%).
    const f = await b.kpis(Q3_2024, { departmentCode: 'F' });
    expect(parts(f.tier_ratio_compliance)).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });

  it('bands of a later year do not apply to an earlier period', async () => {
    await lindianBands(2025, '442000');
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
  });
});

describe('configured bands with integer arithmetic', () => {
  it('takes 100 × 7% as 7 and 100 × 29% as 29, never a float a hair off', async () => {
    await b.fresh();
    await b.department('A', { region: '442000' });
    await db().pool.query(
      `insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent)
       values (2024, '442000', 'A', 0, 7), (2024, '442000', 'B', 7, 7), (2024, '442000', 'C', 29, 50), (2024, '442000', 'D', 50, 100)`,
    );
    // In doubles 100 × 0.07 = 7.000000000000001 (ceil 8) and 100 × 0.29 = 28.999999999999996 (floor 28).
    await b.task('P7', { initiator: 'A', tiered: true, draws: { B: [100, 7] } }); // complies
    await b.task('P8', { initiator: 'A', tiered: true, draws: { B: [100, 8] } }); // above 7
    await b.task('Q29', { initiator: 'A', tiered: true, draws: { C: [100, 29] } }); // complies
    await b.task('Q28', { initiator: 'A', tiered: true, draws: { C: [100, 28] } }); // below 29
    const k = await b.kpis();
    expect(parts(k.tier_ratio_compliance)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });
});

describe('configured bands with decimals', () => {
  it('checks 12.5% exactly over whole numbers, and a band of 7 decimals exactly over numerics', async () => {
    await b.fresh();
    await b.department('A', { region: '442000' });
    await b.department('Z', { region: '441900' });
    await db().pool.query(
      `insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent) values
       (2024, '442000', 'A', 0, 12.5), (2024, '442000', 'B', 12.5, 12.5), (2024, '442000', 'C', 12.5, 50), (2024, '442000', 'D', 50, 100),
       (2024, '441900', 'A', 0, 10), (2024, '441900', 'B', 10, 20), (2024, '441900', 'C', 33.3333334, 50), (2024, '441900', 'D', 50, 100)`,
    );
    // 8 × 12.5% = 1 exactly: 1 complies, 2 does not; 10 × 12.5% = 1.25: 1 or 2.
    await b.task('TA1', { initiator: 'A', tiered: true, draws: { B: [8, 1] } });
    await b.task('TA2', { initiator: 'A', tiered: true, draws: { B: [8, 2] } });
    await b.task('TA3', { initiator: 'A', tiered: true, draws: { B: [10, 2] } });
    // 3 × 33.3333334% = 1.00000002: at least 1 (rounded to 6 decimals it would be 0.99999999, and 0 would pass).
    await b.task('TZ1', { initiator: 'Z', tiered: true, draws: { C: [3, 0] } });
    await b.task('TZ2', { initiator: 'Z', tiered: true, draws: { C: [3, 1] } });
    expect(parts((await b.kpis(Q3_2024, { departmentCode: 'A' })).tier_ratio_compliance)).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(parts((await b.kpis(Q3_2024, { departmentCode: 'Z' })).tier_ratio_compliance)).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
});
