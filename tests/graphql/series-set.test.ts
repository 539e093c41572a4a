import { beforeAll, describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';
import { MAX_SERIES_POINTS } from '../../server/src/graphql/input-checks';
import { useTestDatabase } from '../support/database';
import { insertFixtures } from './fixtures';
import { gql, gqlData, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);

const POINT = 'label from to asOf value numerator denominator met';
const ARGS = 'from: "2024-01-01", to: "2024-12-31", granularity: QUARTER, asOf: "2025-03-31"';

describe('kpiSeriesSet over HTTP', () => {
  beforeAll(async () => {
    await insertFixtures(db());
  });

  it('answers each key with the points kpiSeries gives it, with a filter too', async () => {
    const keys = [KPI.jointTaskShare, KPI.timelyPublicationRate, KPI.subjectRegistrySize];
    for (const filter of ['', ', regionCode: "442000"']) {
      const one = await gqlData(url(), `{ ${keys.map((k, i) => `s${i}: kpiSeries(key: "${k}", ${ARGS}${filter}) { ${POINT} }`).join(' ')} }`);
      const { kpiSeriesSet } = await gqlData(url(), `query($keys: [String!]!) { kpiSeriesSet(keys: $keys, ${ARGS}${filter}) { key points { ${POINT} } } }`, { keys });
      expect(kpiSeriesSet).toEqual(keys.map((key, i) => ({ key, points: one[`s${i}`] })));
      expect(kpiSeriesSet.flatMap((s: { points: { numerator: number }[] }) => s.points).some((p: { numerator: number }) => p.numerator > 0)).toBe(true);
      expect(kpiSeriesSet[0].points.map((p: { label: string }) => p.label)).toEqual(['2024年第一季度', '2024年第二季度', '2024年第三季度', '2024年第四季度']);
    }
  });

  it('caps the points at 240 per key, as kpiSeries, and refuses an unknown key', async () => {
    const set = (to: string) => `{ kpiSeriesSet(keys: ["${KPI.jointTaskShare}", "${KPI.overdueTasks}"], from: "2001-01-01", to: "${to}", granularity: MONTH) {
      key points { label } } }`;
    const twenty = await gqlData(url(), set('2020-12-31'));
    expect(twenty.kpiSeriesSet.map((s: { points: unknown[] }) => s.points.length)).toEqual([MAX_SERIES_POINTS, MAX_SERIES_POINTS]);
    const more = await gql(url(), set('2021-01-31'));
    expect([more.errors?.[0]?.extensions?.code, more.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', '趋势最多 240 个点，请缩短期间或改用更粗的粒度']);
    const unknown = await gql(url(), '{ kpiSeriesSet(keys: ["no_such_kpi"], from: "2024-01-01", to: "2024-03-31", granularity: MONTH) { key } }');
    expect(unknown.errors?.[0]?.message).toMatch(/^指标 no_such_kpi 不存在/);
  });

  it('lists the catalogue in the order kpis answers, without figures', async () => {
    const { kpiCatalog, kpis } = await gqlData(url(), '{ kpiCatalog { key name unit definition source periodAdditive departmentRule } kpis(period: { from: "2024-01-01", to: "2024-12-31" }) { key name unit definition source periodAdditive departmentRule } }');
    expect(kpiCatalog).toEqual(kpis);
    expect(kpiCatalog.map((k: { key: string }) => k.key)).toEqual(Object.values(KPI));
    const { kpiCatalog: withTargets } = await gqlData(url(), '{ kpiCatalog { key defaultTarget defaultComparator evidence } }');
    expect(withTargets[1]).toEqual({
      key: 'credit_tiered_task_share', defaultTarget: 0.8, defaultComparator: '>', evidence: '按信用风险分类抽查的任务（分母：期间内开始的全部抽查任务）',
    });
    expect(withTargets[0]).toMatchObject({ key: 'joint_task_share', defaultTarget: null, defaultComparator: null });
    expect(kpiCatalog[1]).toEqual({
      key: 'credit_tiered_task_share', name: '信用风险分类抽查任务占比', unit: 'RATIO',
      definition: '期间内开始的抽查任务中，按信用风险分类抽查的任务数 ÷ 抽查任务总数（目标：超过 80%）',
      source: '2024年“双随机、一公开”监管工作要点：信用风险分类抽查任务占比要超过80%',
      periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    });
  });
});
