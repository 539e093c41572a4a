import { beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { gqlData, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
const b = builders(db);
const CUT_OFF = '2024-10-31';

// A is a member, N is not. Deadlines: 07-10 → 08-07, 08-06 → 09-03, 09-23 → 10-24 (国庆 and 调休 counted).
beforeAll(async () => {
  await b.fresh();
  await b.department('A');
  await b.department('N', { member: false });
  await b.task('t1', { initiator: 'A', starts: '2024-07-02', due: '2024-07-31', completed: '2024-08-10' }); // finished late
  await b.task('t2', { initiator: 'A', cooperators: ['N'], starts: '2024-08-05', due: '2024-08-30' }); // never finished
  await b.task('t3', { initiator: 'A', starts: '2024-09-10', due: '2024-10-15', completed: '2024-10-10' });
  await b.result({ task: 't1', subject: 's1', inspected: '2024-07-10', published: '2024-07-15' });
  await b.result({ task: 't2', subject: 's2', department: 'N', inspected: '2024-08-06', published: '2024-09-20' });
  await b.result({ task: 't3', subject: 's3', inspected: '2024-09-23' });
});

describe('the cut-off (数据截至) through the API', () => {
  it('kpiSeries applies asOf to every point: the months of the quarter add up to it', async () => {
    const query = `query($g: Granularity!, $asOf: String) {
      kpiSeries(key: "timely_publication_rate", from: "2024-07-01", to: "2024-09-30", granularity: $g, asOf: $asOf) {
        to asOf numerator denominator } }`;
    const months = (await gqlData(url(), query, { g: 'MONTH', asOf: CUT_OFF })).kpiSeries;
    expect(months).toEqual([
      { to: '2024-07-31', asOf: CUT_OFF, numerator: 1, denominator: 1 },
      { to: '2024-08-31', asOf: CUT_OFF, numerator: 0, denominator: 1 },
      { to: '2024-09-30', asOf: CUT_OFF, numerator: 0, denominator: 1 },
    ]);
    expect((await gqlData(url(), query, { g: 'QUARTER', asOf: CUT_OFF })).kpiSeries)
      .toEqual([{ to: '2024-09-30', asOf: CUT_OFF, numerator: 1, denominator: 3 }]);
    // Without it, each point as of its own end: on 08-31 and 09-30 the results of 08-06 and 09-23 are still within their deadlines.
    expect((await gqlData(url(), query, { g: 'MONTH' })).kpiSeries.map((p: { asOf: string; denominator: number }) => [p.asOf, p.denominator]))
      .toEqual([['2024-07-31', 1], ['2024-08-31', 0], ['2024-09-30', 0]]);
    const kpis = (await gqlData(url(), `{ kpis(period: { from: "2024-07-01", to: "2024-09-30", asOf: "${CUT_OFF}" }) {
      key numerator denominator periodAdditive departmentRule } }`)).kpis;
    expect(kpis.find((k: { key: string }) => k.key === 'timely_publication_rate'))
      .toEqual({ key: 'timely_publication_rate', numerator: 1, denominator: 3, periodAdditive: true, departmentRule: 'SUM' });
  });

  it('departmentKpiTotals gives the 非成员单位 row and how each column meets the total', async () => {
    const data = await gqlData(url(), `{ departmentKpiTotals(period: { from: "2024-07-01", to: "2024-09-30", asOf: "${CUT_OFF}" }) {
      total { key numerator denominator } nonMember { key numerator denominator } nonMemberDepartments { code name }
      reconciliation { key rule membersNumerator membersDenominator repeatedNumerator repeatedDenominator note } } }`);
    const totals = data.departmentKpiTotals;
    const of = (list: { key: string }[], key: string) => list.find((k) => k.key === key);
    expect(totals.nonMemberDepartments).toEqual([{ code: 'N', name: 'N局' }]);
    expect(of(totals.nonMember, 'publication_rate')).toEqual({ key: 'publication_rate', numerator: 1, denominator: 1 });
    expect(of(totals.total, 'publication_rate')).toEqual({ key: 'publication_rate', numerator: 2, denominator: 3 });
    // t2 is overdue for A and for N, once in the total.
    expect(of(totals.reconciliation, 'overdue_tasks')).toEqual({
      key: 'overdue_tasks', rule: 'ONCE_PER_PARTICIPANT', membersNumerator: 2, membersDenominator: null, repeatedNumerator: 1,
      repeatedDenominator: null,
      note: '超期任务数：各成员单位之和 2 + 非成员单位 1 − 重复计数 1 = 合计 2（联合抽查任务在发起部门和每个配合部门各计一次，合计中只计一次）',
    });
  });

  it('lists inspections newest first, each with its deadline and its timeliness as of the cut-off', async () => {
    const data = await gqlData(url(), `{
      newest: inspections { nodes { id inspectedOn deadline publishedOn
        atCutOff: timeliness(asOf: "${CUT_OFF}") onSep30: timeliness(asOf: "2024-09-30") onAug31: timeliness(asOf: "2024-08-31") today: timeliness } }
      oldest: inspections(oldestFirst: true) { nodes { id } }
      page: inspections(first: 2) { nodes { id } pageInfo { endCursor } }
    }`);
    expect(data.newest.nodes).toEqual([
      { id: '3', inspectedOn: '2024-09-23', deadline: '2024-10-24', publishedOn: null,
        atCutOff: 'UNPUBLISHED_LATE', onSep30: 'PENDING', onAug31: 'PENDING', today: 'UNPUBLISHED_LATE' },
      { id: '2', inspectedOn: '2024-08-06', deadline: '2024-09-03', publishedOn: '2024-09-20',
        atCutOff: 'LATE', onSep30: 'LATE', onAug31: 'PENDING', today: 'LATE' },
      { id: '1', inspectedOn: '2024-07-10', deadline: '2024-08-07', publishedOn: '2024-07-15',
        atCutOff: 'ON_TIME', onSep30: 'ON_TIME', onAug31: 'ON_TIME', today: 'ON_TIME' },
    ]);
    expect(data.oldest.nodes.map((n: { id: string }) => n.id)).toEqual(['1', '2', '3']);
    const next = await gqlData(url(), `query($after: String) { inspections(first: 2, after: $after) { nodes { id } } }`,
      { after: data.page.pageInfo.endCursor });
    expect([...data.page.nodes, ...next.inspections.nodes].map((n: { id: string }) => n.id)).toEqual(['3', '2', '1']);
  });

  it('filters inspections by timeliness as of the cut-off; the counts are the 按时公示率 figure', async () => {
    const count = async (timeliness: string, asOf: string) => (await gqlData(url(),
      `query($t: PublicationTimeliness, $asOf: String) { inspections(timeliness: $t, asOf: $asOf,
         period: { from: "2024-07-01", to: "2024-09-30" }) { nodes { id } } }`, { t: timeliness, asOf })).inspections.nodes
      .map((n: { id: string }) => n.id);
    expect(await count('ON_TIME', CUT_OFF)).toEqual(['1']);
    expect(await count('LATE', CUT_OFF)).toEqual(['2']);
    expect(await count('UNPUBLISHED_LATE', CUT_OFF)).toEqual(['3']);
    expect(await count('PENDING', CUT_OFF)).toEqual([]);
    expect(await count('PENDING', '2024-08-31')).toEqual(['3', '2']);
    expect(await count('UNPUBLISHED_LATE', '2024-09-10')).toEqual(['2']);
  });

  it('tasks: overdue as 超期任务数 counts it, as of the cut-off, beside the status', async () => {
    const data = await gqlData(url(), `{
      overdue: tasks(overdue: true, asOf: "${CUT_OFF}") { totalCount nodes { code status(asOf: "${CUT_OFF}") overdue(asOf: "${CUT_OFF}") } }
      onTime: tasks(overdue: false, asOf: "${CUT_OFF}") { nodes { code overdue(asOf: "${CUT_OFF}") } }
      open: tasks(status: OVERDUE, asOf: "${CUT_OFF}") { nodes { code } }
      kpis(period: { from: "2024-07-01", to: "2024-09-30", asOf: "${CUT_OFF}" }) { key numerator }
    }`);
    expect(data.overdue.nodes).toEqual([
      { code: 't1', status: 'COMPLETED', overdue: true },
      { code: 't2', status: 'OVERDUE', overdue: true },
    ]);
    expect(data.kpis.find((k: { key: string }) => k.key === 'overdue_tasks').numerator).toBe(data.overdue.totalCount);
    expect(data.onTime.nodes).toEqual([{ code: 't3', overdue: false }]);
    expect(data.open.nodes).toEqual([{ code: 't2' }]);
  });
});
