import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS } from '../../server/src/metrics/definitions';
import { useTestDatabase } from '../support/database';
import { gql, gqlData, useHubServer } from './hub-client';

const PERIOD = { from: '2026-04-01', to: '2026-06-30', asOf: '2026-07-15' };
const FILTERS = [{}, { departmentCode: 'SCJGJ' }, { regionCode: '411400' }];

interface EvidencePage {
  kpiEvidence: { totalCount: number; nodes: { key: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface Kpi {
  key: string;
  numerator: number;
  denominator: number | null;
}

describe('kpiEvidence on the demo data', () => {
  const db = useTestDatabase({ demo: { subjects: 3000 } });
  const url = useHubServer(db);

  const evidenceCount = async (key: string, part: string, filter: object) => {
    const data = await gqlData<{ kpiEvidence: { totalCount: number } }>(
      url(), `query($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $departmentCode: String, $regionCode: String) {
         kpiEvidence(key: $key, period: $period, part: $part, departmentCode: $departmentCode, regionCode: $regionCode, first: 0) { totalCount } }`,
      { key, period: PERIOD, part, ...filter },
    );
    return data.kpiEvidence.totalCount;
  };

  it('totalCount equals every figure, both parts, with and without filters', async () => {
    for (const filter of FILTERS) {
      const data = await gqlData<{ kpis: Kpi[] }>(
        url(), `query($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String) {
           kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { key numerator denominator } }`,
        { period: PERIOD, ...filter },
      );
      expect(data.kpis.map((k) => k.key)).toEqual(KPI_DEFINITIONS.map((k) => k.key));
      for (const kpi of data.kpis) {
        expect([kpi.key, 'NUMERATOR', await evidenceCount(kpi.key, 'NUMERATOR', filter)]).toEqual([kpi.key, 'NUMERATOR', kpi.numerator]);
        if (kpi.denominator === null || kpi.key === 'inspector_registry_rate') continue;
        expect([kpi.key, 'DENOMINATOR', await evidenceCount(kpi.key, 'DENOMINATOR', filter)]).toEqual([kpi.key, 'DENOMINATOR', kpi.denominator]);
        expect([kpi.key, 'SHORTFALL', await evidenceCount(kpi.key, 'SHORTFALL', filter)])
          .toEqual([kpi.key, 'SHORTFALL', kpi.denominator - kpi.numerator]);
      }
    }
  });

  it('入库率: the denominator rows are the member departments, and their staff add up to it', async () => {
    const data = await gqlData<{
      kpis: Kpi[];
      kpiEvidence: { totalCount: number; nodes: { node: { qualifiedStaff: number; isMember: boolean } }[] };
      departments: { totalCount: number };
    }>(
      url(), `query($period: KpiPeriodInput!) {
         kpis(period: $period) { key numerator denominator }
         kpiEvidence(key: "inspector_registry_rate", period: $period, part: DENOMINATOR, first: 500) {
           totalCount nodes { node { ... on Department { qualifiedStaff isMember } } } }
         departments(isMember: true) { totalCount } }`,
      { period: PERIOD },
    );
    const rate = data.kpis.find((k) => k.key === 'inspector_registry_rate')!;
    expect(data.kpiEvidence.totalCount).toBe(data.departments.totalCount);
    expect(data.kpiEvidence.nodes.every((n) => n.node.isMember)).toBe(true);
    expect(data.kpiEvidence.nodes.reduce((sum, n) => sum + n.node.qualifiedStaff, 0)).toBe(rate.denominator);
  });

  it('pages walk every row exactly once', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data: EvidencePage = await gqlData<EvidencePage>(
        url(), `query($period: KpiPeriodInput!, $after: String) {
           kpiEvidence(key: "overdue_tasks", period: $period, part: NUMERATOR, first: 7, after: $after) {
             totalCount nodes { key } pageInfo { hasNextPage endCursor } } }`,
        { period: PERIOD, after },
      );
      total = data.kpiEvidence.totalCount;
      keys.push(...data.kpiEvidence.nodes.map((n) => n.key));
      after = data.kpiEvidence.pageInfo.hasNextPage ? data.kpiEvidence.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(7);
    expect(keys.length).toBe(total);
    expect(new Set(keys).size).toBe(total);
  });

  it('refuses a denominator for a count and an unknown KPI, in Chinese', async () => {
    const count = await gql(url(), `{ kpiEvidence(key: "overdue_tasks", period: {from: "2026-01-01", to: "2026-03-31"}, part: DENOMINATOR) { totalCount } }`);
    expect(count.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['超期任务数是计数指标，没有分母', 'BAD_USER_INPUT']]);
    const unknown = await gql(url(), `{ kpis(period: {from: "2026-01-01", to: "2026-03-31"}, departmentCode: "NOPE") { key } }`);
    expect(unknown.errors?.map((e) => e.message)).toEqual(['部门代码 NOPE 不存在']);
  });

  it('kpiSeries gives, month by month, the figures kpis gives for each month, with a region filter too', async () => {
    // The series counts grouped results and the kpis query counts rows: two paths, one answer.
    for (const filter of [{}, { regionCode: '411400' }]) {
      const series = await gqlData<{ kpiSeries: { from: string; to: string; numerator: number; denominator: number | null }[] }>(
        url(), `query($regionCode: String) { kpiSeries(key: "timely_publication_rate", from: "2026-04-01", to: "2026-06-30",
          granularity: MONTH, regionCode: $regionCode) { from to numerator denominator } }`, filter,
      );
      expect(series.kpiSeries.map((p) => p.from)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
      for (const point of series.kpiSeries) {
        const data = await gqlData<{ kpis: Kpi[] }>(
          url(), `query($period: KpiPeriodInput!, $regionCode: String) { kpis(period: $period, regionCode: $regionCode) { key numerator denominator } }`,
          { period: { from: point.from, to: point.to }, ...filter },
        );
        const kpi = data.kpis.find((k) => k.key === 'timely_publication_rate')!;
        expect([point.to, point.numerator, point.denominator]).toEqual([point.to, kpi.numerator, kpi.denominator]);
      }
    }
  });
});

