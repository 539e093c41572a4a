import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { gql, gqlData, useHubServer } from './hub-client';

/**
 * Two departments of 411422; three tasks starting in 2024 Q3, one of them joint; one
 * credit-tiered task drew 4 of 100 B-class entities (the default band is exactly 3%).
 */
async function seed(pool: import('pg').Pool) {
  await pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{t.csv}', '{}')`);
  await pool.query(`insert into department values ('SCJGJ', '县市场监督管理局', '411422', 10, true, 1), ('SWJ', '县税务局', '411422', 5, true, 1)`);
  await pool.query(`insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id) values
    ('T1', '联合', 'SCJGJ', true, '2024-07-01', '2024-08-01', 1),
    ('T2', '单独', 'SCJGJ', false, '2024-07-02', '2024-08-01', 1),
    ('T3', '单独', 'SWJ', false, '2024-07-03', '2024-08-01', 1)`);
  await pool.query(`insert into task_cooperator values ('T1', 'SWJ')`);
  await pool.query(`insert into task_class_draw values ('T1', 'B', 100, 4)`);
}

const PERIOD = '{ from: "2024-07-01", to: "2024-09-30" }';
const KPIS = `{ kpis(period: ${PERIOD}) { key value target comparator met } }`;
type Kpi = { key: string; value: number | null; target: number | null; comparator: string | null; met: boolean | null };
const pick = (kpis: Kpi[], key: string) => kpis.find((k) => k.key === key);

describe('targets and bands by year and jurisdiction', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  beforeAll(async () => seed(db().pool));

  it('a jurisdiction sets its own joint-task target; the national default has none', async () => {
    let { kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS);
    expect(pick(kpis, 'joint_task_share')).toEqual({ key: 'joint_task_share', value: 1 / 3, target: null, comparator: null, met: null });
    await gqlData(url(), `mutation { setKpiTarget(input: { year: 2024, jurisdiction: "411400", kpiKey: "joint_task_share", comparator: ">=", target: 0.4, note: "市级要求" }) { kpiKey } }`);
    ({ kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS));
    expect(pick(kpis, 'joint_task_share')).toEqual({ key: 'joint_task_share', value: 1 / 3, target: 0.4, comparator: '>=', met: false });
    // A 2025 target does not judge 2024; the county's own 2023 target is more specific than the city's 2024 one.
    await gqlData(url(), `mutation { setKpiTarget(input: { year: 2025, jurisdiction: "411422", kpiKey: "joint_task_share", comparator: ">=", target: 0.5 }) { kpiKey } }`);
    await gqlData(url(), `mutation { setKpiTarget(input: { year: 2023, jurisdiction: "411422", kpiKey: "joint_task_share", comparator: ">=", target: 0.3 }) { kpiKey } }`);
    ({ kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS));
    expect(pick(kpis, 'joint_task_share')).toEqual({ key: 'joint_task_share', value: 1 / 3, target: 0.3, comparator: '>=', met: true });
  });

  it('computes only the KPIs asked for, in the catalogue order, and refuses an unknown key', async () => {
    const { kpis } = await gqlData<{ kpis: { key: string; numerator: number; denominator: number }[] }>(url(),
      `{ kpis(period: ${PERIOD}, keys: ["credit_tiered_task_share", "joint_task_share", "joint_task_share"]) { key numerator denominator } }`);
    expect(kpis).toEqual([
      { key: 'joint_task_share', numerator: 1, denominator: 3 },
      { key: 'credit_tiered_task_share', numerator: 1, denominator: 3 },
    ]);
    const wrong = await gql(url(), `{ kpis(period: ${PERIOD}, keys: ["joint_share"]) { key } }`);
    expect(wrong.errors?.[0].message).toMatch(/^指标 joint_share 不存在/);
  });

  it('other bands change what complies', async () => {
    let { kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS);
    expect(pick(kpis, 'tier_ratio_compliance')?.value).toBe(0); // 4 of 100 is above B's 3%
    await gqlData(url(), `mutation { setCreditClassBands(year: 2024, jurisdiction: "411422", bands: [
      { creditClass: A, lowPercent: 0, highPercent: 5 }, { creditClass: B, lowPercent: 5, highPercent: 20 },
      { creditClass: C, lowPercent: 21, highPercent: 60 }, { creditClass: D, lowPercent: 61, highPercent: 100 }]) { creditClass } }`);
    ({ kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS));
    expect(pick(kpis, 'tier_ratio_compliance')?.value).toBe(0); // 林甸's B band is 5–20%: 4 is below 5
    await gqlData(url(), `mutation { setCreditClassBands(year: 2024, jurisdiction: "411422", bands: [{ creditClass: B, lowPercent: 3, highPercent: 5 }]) { creditClass } }`);
    ({ kpis } = await gqlData<{ kpis: Kpi[] }>(url(), KPIS));
    expect(pick(kpis, 'tier_ratio_compliance')?.value).toBe(1);
    const { creditClassBands } = await gqlData(url(), `{ creditClassBands(year: 2024, jurisdiction: "411422") { creditClass lowPercent highPercent } }`);
    expect(creditClassBands).toEqual([
      { creditClass: 'A', lowPercent: 0, highPercent: 5 }, { creditClass: 'B', lowPercent: 3, highPercent: 5 },
      { creditClass: 'C', lowPercent: 21, highPercent: 60 }, { creditClass: 'D', lowPercent: 61, highPercent: 100 },
    ]);
  });

  it('lists the seeded defaults and refuses nonsense in Chinese', async () => {
    const { kpiTargets } = await gqlData(url(), `{ kpiTargets(year: 2019, jurisdiction: "000000") { kpiKey comparator target } }`);
    expect(kpiTargets).toContainEqual({ kpiKey: 'credit_tiered_task_share', comparator: '>', target: 0.8 });
    expect(kpiTargets).toHaveLength(11);
    const bad = await gql(url(), `mutation { setKpiTarget(input: { year: 2024, jurisdiction: "411422", kpiKey: "credit_tiered_task_share", comparator: ">", target: 80 }) { kpiKey } }`);
    expect(bad.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['比率指标的目标应为 0 到 1 之间的小数（80% 写作 0.8），实为 80', 'BAD_USER_INPUT'],
    ]);
    const band = await gql(url(), `mutation { setCreditClassBands(year: 2024, jurisdiction: "4114", bands: []) { creditClass } }`);
    expect(band.errors?.[0].message).toBe('辖区应为 6 位行政区划代码（全国默认为 000000），实为「4114」');
  });
});
