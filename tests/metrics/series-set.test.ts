import { beforeAll, describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';
import { kpiSeries, kpiSeriesSet, type KpiFilter } from '../../server/src/metrics/operations';
import type { Queryable } from '../../server/src/store/repositories/sql-filter';
import { useTestDatabase } from '../support/database';
import { builders } from './builders';

const db = useTestDatabase();
const b = builders(db);
const Q1 = { from: '2024-01-01', to: '2024-03-31' };

/** The pool, counting the statements sent through it. */
function counted(): { db: Queryable; statements: () => number } {
  let n = 0;
  const pool = db().pool;
  return { db: { query: ((...args: Parameters<typeof pool.query>) => (n++, pool.query(...args))) as Queryable['query'] }, statements: () => n };
}

/** Each key's points as [label, numerator, denominator]. */
async function set(keys: string[], range: { from: string; to: string; asOf?: string }, filter: KpiFilter = {}) {
  const result = await kpiSeriesSet(db().pool, await b.setting(), keys, range, 'MONTH', false, filter);
  return Object.fromEntries(result.map((s) => [s.key, s.points.map((p) => [p.label, p.figure.numerator, p.figure.denominator])]));
}

describe('kpiSeriesSet', () => {
  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    // Joint (with B): j1 01-15 and j2 03-05; A alone: s1 02-10 and s2 03-20. Tiered: j1, j2, s2.
    await b.task('j1', { initiator: 'A', cooperators: ['B'], starts: '2024-01-15', tiered: true });
    await b.task('s1', { initiator: 'A', starts: '2024-02-10' });
    await b.task('j2', { initiator: 'A', cooperators: ['B'], starts: '2024-03-05', tiered: true });
    await b.task('s2', { initiator: 'A', starts: '2024-03-20', tiered: true });
    // One result a month, all A's: January's published at once, February's only on 03-02, March's never.
    await b.result({ task: 'j1', subject: 'x1', inspected: '2024-01-20', published: '2024-01-25' });
    await b.result({ task: 's1', subject: 'x2', inspected: '2024-02-12', published: '2024-03-02' });
    await b.result({ task: 'j2', subject: 'x3', inspected: '2024-03-10' });
  });

  it('gives every key asked for its months, in the order asked, a key asked twice once', async () => {
    const result = await kpiSeriesSet(db().pool, await b.setting(), [KPI.jointTaskShare, KPI.creditTieredTaskShare, KPI.publicationRate, KPI.jointTaskShare],
      Q1, 'MONTH', false, {});
    expect(result.map((s) => s.key)).toEqual(['joint_task_share', 'credit_tiered_task_share', 'publication_rate']);
    expect(result[0].points.map((p) => [p.label, p.from, p.to, p.asOf])).toEqual([
      ['2024年1月', '2024-01-01', '2024-01-31', '2024-01-31'],
      ['2024年2月', '2024-02-01', '2024-02-29', '2024-02-29'],
      ['2024年3月', '2024-03-01', '2024-03-31', '2024-03-31'],
    ]);
    // Each month as of its own end: February's result was not yet published on 02-29.
    expect(await set([KPI.jointTaskShare, KPI.creditTieredTaskShare, KPI.publicationRate], Q1)).toEqual({
      joint_task_share: [['2024年1月', 1, 1], ['2024年2月', 0, 1], ['2024年3月', 1, 2]],
      credit_tiered_task_share: [['2024年1月', 1, 1], ['2024年2月', 0, 1], ['2024年3月', 2, 2]],
      publication_rate: [['2024年1月', 1, 1], ['2024年2月', 0, 1], ['2024年3月', 0, 1]],
    });
  });

  it('sees every point as of asOf when given', async () => {
    expect((await set([KPI.publicationRate], { ...Q1, asOf: '2024-03-31' })).publication_rate)
      .toEqual([['2024年1月', 1, 1], ['2024年2月', 1, 1], ['2024年3月', 0, 1]]);
  });

  it('takes a filter: B takes part in the joint tasks only and has no results', async () => {
    expect(await set([KPI.jointTaskShare, KPI.publicationRate], Q1, { departmentCode: 'B' })).toEqual({
      joint_task_share: [['2024年1月', 1, 1], ['2024年2月', 0, 0], ['2024年3月', 1, 1]],
      publication_rate: [['2024年1月', 0, 0], ['2024年2月', 0, 0], ['2024年3月', 0, 0]],
    });
  });

  it('computes all keys in one engine call: one statement per base, where one series per key takes one per key', async () => {
    const setting = await b.setting();
    const keys = [KPI.jointTaskShare, KPI.creditTieredTaskShare, KPI.publicationRate];
    const together = counted();
    const all = await kpiSeriesSet(together.db, setting, keys, Q1, 'MONTH', false, {});
    const apart = counted();
    const one = await Promise.all(keys.map((key) => kpiSeries(apart.db, setting, key, Q1, 'MONTH', false, {})));
    expect([together.statements(), apart.statements()]).toEqual([2, 3]); // bases task and result, against task, task, result
    expect(all.map((s) => s.points)).toEqual(one);
  });

  it('refuses an unknown key, naming it; no keys give no series', async () => {
    await expect(kpiSeriesSet(db().pool, await b.setting(), [KPI.jointTaskShare, 'no_such_kpi'], Q1, 'MONTH', false, {}))
      .rejects.toThrow(/指标 no_such_kpi 不存在/);
    expect(await kpiSeriesSet(db().pool, await b.setting(), [], Q1, 'MONTH', false, {})).toEqual([]);
  });

  it("counts each month's valid certificates from the inspectors grouped by expiry day", async () => {
    // A: one expiring 01-31 (valid on the 31st), one 02-15, one 2025; B: one 03-31. N, not a member: never counted.
    await b.department('N', { member: false });
    await b.inspector('CA1', 'A', '2024-01-31');
    await b.inspector('CA2', 'A', '2024-02-15');
    await b.inspector('CA3', 'A', '2025-06-30');
    await b.inspector('CB1', 'B', '2024-03-31');
    await b.inspector('CN1', 'N', '2025-06-30');
    const valid = async (filter: KpiFilter = {}) => (await set([KPI.inspectorRegistryRate], Q1, filter)).inspector_registry_rate.map((p) => p[1]);
    expect(await valid()).toEqual([4, 2, 2]);
    expect(await valid({ departmentCode: 'A' })).toEqual([3, 1, 1]);
    expect(await valid({ departmentCode: 'N' })).toEqual([0, 0, 0]);
    expect(await valid({ regionCode: '442000' })).toEqual([4, 2, 2]);
  });
});
