import { beforeAll, describe, expect, it } from 'vitest';
import { asOwner, useTestDatabase } from '../support/database';
import { buildVisitScenario } from '../metrics/visit-scenario';
import { gql, gqlData, useHubServer } from './hub-client';

const SET = (fields: string) => `mutation { setInspectionBurdenSetting(input: { ${fields} }) { year jurisdiction repeatWindowDays maxVisitsPerDepartment } }`;
const PAIRS = `{ jointOpportunities(period: { from: "2024-07-01", to: "2024-09-30" }) {
  departmentA { code name } departmentB { code name } subjects } }`;

describe('inspection burden settings and joint opportunities over GraphQL', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  beforeAll(async () => buildVisitScenario(db));

  it('sets, overwrites and reads back a year and jurisdiction, each write in the audit trail', async () => {
    expect(await gqlData(url(), SET('jurisdiction: "442000", year: 2024, repeatWindowDays: 31'))).toEqual({
      setInspectionBurdenSetting: { year: 2024, jurisdiction: '442000', repeatWindowDays: 31, maxVisitsPerDepartment: null },
    });
    await gqlData(url(), SET('jurisdiction: "442000", year: 2024, repeatWindowDays: 31, maxVisitsPerDepartment: 2'));
    await gqlData(url(), SET('jurisdiction: "000000", year: 2019, maxVisitsPerDepartment: 4'));
    const { inspectionBurdenSettings } = await gqlData(url(), '{ inspectionBurdenSettings { year jurisdiction repeatWindowDays maxVisitsPerDepartment } }');
    expect(inspectionBurdenSettings).toEqual([
      { year: 2019, jurisdiction: '000000', repeatWindowDays: null, maxVisitsPerDepartment: 4 },
      { year: 2024, jurisdiction: '442000', repeatWindowDays: 31, maxVisitsPerDepartment: 2 },
    ]);
    const { rows } = await db().pool.query(
      `select action, target, old_value, new_value from audit_log where action = 'INSPECTION_BURDEN_SET' order by id`,
    );
    expect(rows.map((r) => [r.target, r.old_value?.maxVisitsPerDepartment ?? null, r.new_value.maxVisitsPerDepartment])).toEqual([
      ['2024 442000', null, null], ['2024 442000', null, 2], ['2019 000000', null, 4],
    ]);
  });

  it('the window of the hub\'s jurisdiction judges the pairs: 31 days adds A–C', async () => {
    const { jointOpportunities } = await gqlData(url(), PAIRS);
    expect(jointOpportunities).toEqual([
      { departmentA: { code: 'A', name: 'A局' }, departmentB: { code: 'B', name: 'B局' }, subjects: 2 },
      { departmentA: { code: 'A', name: 'A局' }, departmentB: { code: 'C', name: 'C局' }, subjects: 1 },
      { departmentA: { code: 'B', name: 'B局' }, departmentB: { code: 'C', name: 'C局' }, subjects: 1 },
    ]);
    const { jointOpportunities: top } = await gqlData(url(), PAIRS.replace('}) {', '}, first: 1) {'));
    expect(top.map((p: { subjects: number }) => p.subjects)).toEqual([2]);
  });

  it('both left empty removes the row; wrong values are refused in Chinese', async () => {
    await gqlData(url(), SET('jurisdiction: "442000", year: 2024'));
    const { inspectionBurdenSettings } = await gqlData(url(), '{ inspectionBurdenSettings(year: 2024) { jurisdiction } }');
    expect(inspectionBurdenSettings).toEqual([]);
    const refusals = await Promise.all([
      gql(url(), SET('jurisdiction: "442000", year: 2024, repeatWindowDays: 0')),
      gql(url(), SET('jurisdiction: "4420", year: 2024, repeatWindowDays: 30')),
      gql(url(), SET('jurisdiction: "442000", year: 2024, maxVisitsPerDepartment: 1.5')),
      gql(url(), '{ jointOpportunities(period: { from: "2024-09-30", to: "2024-07-01" }) { subjects } }'),
    ]);
    expect(refusals.slice(0, 2).map((r) => [r.errors?.[0].message, r.errors?.[0].extensions?.code])).toEqual([
      ['重复上门的间隔天数应为 1–366 的整数（不设置请留空），实为 0', 'BAD_USER_INPUT'],
      ['辖区应为 6 位行政区划代码（全国默认为 000000），实为「4420」', 'BAD_USER_INPUT'],
    ]);
    expect(refusals[2].errors?.[0].message).toMatch(/Int cannot represent non-integer value: 1.5/);
    expect(refusals[3].errors?.[0].message).toBe('期间的结束日期 2024-07-01 早于开始日期 2024-09-30');
  });

  it('the database itself refuses a window out of range and a row that sets nothing', async () => {
    await expect(asOwner(db(), `insert into inspection_burden_setting (year, jurisdiction, repeat_window_days) values (2024, '442000', 400)`))
      .rejects.toThrow(/check constraint/);
    await expect(asOwner(db(), `insert into inspection_burden_setting (year, jurisdiction) values (2024, '442000')`))
      .rejects.toThrow(/check constraint/);
  });
});
