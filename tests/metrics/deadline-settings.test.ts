import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI } from '../../server/src/domain/kpi-keys';
import { kpiEvidence, kpiSeries } from '../../server/src/metrics/operations';
import { latestDeadline, resultDeadline } from '../../server/src/metrics/publication-deadlines';
import { setDeadline } from '../../server/src/metrics/settings-admin';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

// July 2024 has no holidays. Inspected Fri 5 Jul (day 0): the 7th working day is Tue 16 Jul, the
// 20th is Fri 2 Aug. A (442000) keeps the default 20 days; the district B (440305) sets 7 for 2024,
// and a plan-entry deadline of 10 March.
describe('publication window and plan-entry deadline by year and jurisdiction', () => {
  beforeAll(async () => {
    await b.fresh();
    await db().pool.query('delete from kpi_deadline_setting');
    await b.department('A');
    await b.department('B', { region: '440305' });
    await b.task('T', { initiator: 'A', cooperators: ['B'] });
    await b.result({ task: 'T', subject: 'RA', department: 'A', inspected: '2024-07-05', published: '2024-07-17' });
    await b.result({ task: 'T', subject: 'RB', department: 'B', inspected: '2024-07-05', published: '2024-07-17' });
    await b.result({ task: 'T', subject: 'RB2', department: 'B', inspected: '2024-08-05', published: '2024-08-06' });
    await b.plan('PA', { year: 2024, initiator: 'A', entered: '2024-03-15' });
    await b.plan('PB', { year: 2024, initiator: 'B', entered: '2024-03-15' });
  });
  afterAll(async () => {
    await db().pool.query('delete from kpi_deadline_setting');
  });

  it('by default every department has 20 working days and plans are due by 31 March', async () => {
    const k = await b.kpis();
    expect(parts(k[KPI.timelyPublicationRate])).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(parts(k[KPI.plansEnteredOnTime])).toEqual({ numerator: 2, denominator: 2, value: 1 });
    const setting = await b.setting();
    expect(resultDeadline(setting, 'B', '2024-07-05')).toBe('2024-08-02');
  });

  it("a district's 7 working days make its own result late, the other department's stays timely", async () => {
    await setDeadline(db().pool, { year: 2024, jurisdiction: '440305', publicationWorkingDays: 7, planEntryDeadline: '03-10' });
    const setting = await b.setting();
    expect(resultDeadline(setting, 'B', '2024-07-05')).toBe('2024-07-16');
    expect(resultDeadline(setting, 'A', '2024-07-05')).toBe('2024-08-02');
    // The dashboard's default cut-off waits for the latest department.
    expect(latestDeadline(setting, '2024-07-05')).toBe('2024-08-02');

    const all = await b.kpis(Q3_2024, {}, setting);
    expect(parts(all[KPI.timelyPublicationRate])).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 }); // RB late
    expect(parts(all[KPI.plansEnteredOnTime])).toEqual({ numerator: 1, denominator: 2, value: 0.5 }); // PB after 03-10
    const byB = await b.kpis(Q3_2024, { departmentCode: 'B' }, setting);
    expect(parts(byB[KPI.timelyPublicationRate])).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    const byA = await b.kpis(Q3_2024, { departmentCode: 'A' }, setting);
    expect(parts(byA[KPI.timelyPublicationRate])).toEqual({ numerator: 1, denominator: 1, value: 1 });
    const region = await b.kpis(Q3_2024, { regionCode: '440305' }, setting);
    expect(parts(region[KPI.timelyPublicationRate])).toEqual({ numerator: 1, denominator: 2, value: 0.5 });

    // Month by month (counted from groups, not rows): July has RA timely and RB late, August RB2 timely.
    const series = await kpiSeries(db().pool, setting, KPI.timelyPublicationRate, Q3_2024, 'MONTH', false, {});
    expect(series.map((p) => [p.label, p.figure.numerator, p.figure.denominator])).toEqual([
      ['2024年7月', 1, 2], ['2024年8月', 1, 1], ['2024年9月', 0, 0],
    ]);

    const shortfall = await kpiEvidence(db().pool, setting, KPI.timelyPublicationRate, Q3_2024, {}, 'SHORTFALL', 10, 0);
    expect(shortfall.totalCount).toBe(1);
    expect(shortfall.rows[0].facts).toEqual({ deadline: '2024-07-16', publishedOn: '2024-07-17', status: '逾期' });
  });

  it('a later year without its own row keeps the district window; a null column inherits', async () => {
    await setDeadline(db().pool, { year: 2025, jurisdiction: '440305', publicationWorkingDays: null, planEntryDeadline: '04-30' });
    const setting = await b.setting();
    expect(resultDeadline(setting, 'B', '2025-07-04')).toBe('2025-07-15'); // still 7 working days
    expect(setting.engine.deadlines(2025, '440305')).toEqual({ publicationWorkingDays: 7, planEntryDeadline: '04-30' });
    expect(setting.engine.deadlines(2023, '440305')).toEqual({ publicationWorkingDays: 20, planEntryDeadline: '03-31' });
  });

  it('refuses impossible settings in Chinese', async () => {
    await expect(setDeadline(db().pool, { year: 2024, jurisdiction: '440305', publicationWorkingDays: 0, planEntryDeadline: null }))
      .rejects.toThrow('公示期限应为 1–60 个工作日，实为 0');
    await expect(setDeadline(db().pool, { year: 2024, jurisdiction: '440305', publicationWorkingDays: null, planEntryDeadline: '02-30' }))
      .rejects.toThrow('计划录入期限应写作“月-日”，如 03-31，实为「02-30」');
    await expect(setDeadline(db().pool, { year: 2024, jurisdiction: '440305', publicationWorkingDays: null, planEntryDeadline: null }))
      .rejects.toThrow('请至少填写公示期限或计划录入期限中的一项');
  });
});
