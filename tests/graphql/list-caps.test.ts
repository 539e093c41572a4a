import { describe, expect, it } from 'vitest';
import { MAX_CALENDAR_DAYS, MAX_PAGE_SIZE, MAX_PARAGRAPHS, MAX_SERIES_POINTS } from '../../server/src/graphql/input-checks';
import { useTestDatabase } from '../support/database';
import { gql, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
const PERIOD = '{ from: "2024-01-01", to: "2024-12-31" }';

async function refusal(query: string, variables?: Record<string, unknown>) {
  const result = await gql(url(), query, variables);
  expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
  return result.errors![0].message;
}

describe('every list has a documented maximum', () => {
  it('refuses first above 500 on each list, and names the limit', async () => {
    expect(MAX_PAGE_SIZE).toBe(500);
    for (const list of ['auditLog', 'departments', 'importBatches', 'inspectionItems', 'inspections', 'inspectors', 'plans', 'subjects', 'tasks']) {
      expect(await refusal(`{ ${list}(first: 501) { totalCount } }`)).toBe('first 应为 0–500 的整数，实为 501');
    }
    expect(await refusal('{ reports(first: 501) { id } }')).toBe('first 应为 0–500 的整数，实为 501');
    // As a variable: a literal this large is refused earlier, by the cost estimate.
    expect(await refusal(`query($n: Int!) { kpiEvidence(key: "joint_task_share", period: ${PERIOD}, part: NUMERATOR, first: $n) { totalCount } }`, { n: 100000 }))
      .toBe('first 应为 0–500 的整数，实为 100000');
  });

  it('states the maximum in the schema, where clients read it', async () => {
    const result = await gql(url(), '{ __type(name: "Query") { fields { name args { name description } } } }');
    const fields = result.data.__type.fields as { name: string; args: { name: string; description: string }[] }[];
    const withFirst = fields.filter((f) => f.args.some((a) => a.name === 'first'));
    expect(withFirst.length).toBe(12);
    for (const field of withFirst) expect(field.args.find((a) => a.name === 'first')!.description, field.name).toContain('最多 500');
  });

  it('caps a kpiSeries at 240 points: twenty years of months pass, one month more is refused', async () => {
    expect(MAX_SERIES_POINTS).toBe(240);
    const series = (to: string) => `{ kpiSeries(key: "joint_task_share", from: "2001-01-01", to: "${to}", granularity: MONTH) { label } }`;
    const twenty = await gql(url(), series('2020-12-31'));
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data.kpiSeries).toHaveLength(240);
    expect(await refusal(series('2021-01-31'))).toBe('趋势最多 240 个点，请缩短期间或改用更粗的粒度');
    expect(await refusal('{ kpiSeries(key: "joint_task_share", from: "0001-01-01", to: "9999-12-31", granularity: MONTH) { label } }'))
      .toBe('趋势最多 240 个点，请缩短期间或改用更粗的粒度');
  });

  it('caps the calendar days of one call and the paragraphs of a report', async () => {
    const days = Array.from({ length: MAX_CALENDAR_DAYS + 1 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), isWorkingDay: false,
    }));
    expect(await refusal('mutation($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }', { days }))
      .toBe('一次录入的日期最多 1000 项，实为 1001 项');
    const overview = Array.from({ length: MAX_PARAGRAPHS + 1 }, () => '段落');
    expect(await refusal('query($o: [String!]!) { reportPreview(id: "1", overview: $o) }', { o: overview }))
      .toBe('总体情况段落最多 100 项，实为 101 项');
  });
});
