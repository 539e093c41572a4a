import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoFiles } from '../../server/src/demo/generate';
import { STATE_COUNCIL_KPIS } from '../../server/src/domain/kpi-keys';
import { runImport } from '../../server/src/ingest/run-import';
import { kpisFor, loadKpiSetting, scopeFor, type KpiFilter, type KpiPeriod, type KpiSetting } from '../../server/src/metrics/operations';
import { loadWorkCalendar } from '../../server/src/store/repositories/work-calendar.repository';
import { handFigures, sharedWindow, workingDaysFor, type HandFilter, type HandFigure } from '../../scripts/bench/hand-sql';
import { asOwner, useTestDatabase } from '../support/database';
import { builders, Q3_2024 } from './builders';

const db = useTestDatabase();

const byKey = (figures: HandFigure[]) => [...figures].sort((a, b) => a.key.localeCompare(b.key));

const engineFigures = async (setting: KpiSetting, period: KpiPeriod, filter: KpiFilter): Promise<HandFigure[]> =>
  byKey((await kpisFor(db().pool, setting, period, filter, STATE_COUNCIL_KPIS)).map((f) => ({ key: f.key, numerator: f.numerator, denominator: f.denominator })));

function handFilter(filter: KpiFilter): HandFilter {
  if (filter.departmentCode) return { kind: 'department', code: filter.departmentCode };
  if (filter.regionCode) return { kind: 'region', prefix: filter.regionCode.replace(/(00)+$/, '') };
  return { kind: 'none' };
}

/**
 * The hand-written SQL's figures for the same question, the registry counted from rows or from the
 * tallies; with `tally` the deadlines are one per day where every department shares its window,
 * with `rows` always per department (both ways of the hand-written results statement).
 */
async function reference(
  setting: KpiSetting, period: KpiPeriod, filter: KpiFilter, registry: 'rows' | 'tally', jurisdiction?: string,
): Promise<HandFigure[]> {
  const asOf = period.asOf ?? period.to;
  return byKey(await handFigures(db().pool, {
    from: period.from, to: period.to, asOf, filter: handFilter(filter),
    jurisdiction: jurisdiction ?? scopeFor(setting, 'x', period, filter).jurisdiction,
    workingDays: workingDaysFor(setting.engine.calendar, period.from, asOf > period.to ? asOf : period.to),
    window: registry === 'tally' ? sharedWindow(setting.departments, setting.engine.deadlines, period.from, period.to) : undefined,
    registry,
  }));
}

describe('the engine against plain SQL on the demo data (imported), every KPI under every filter kind', () => {
  let setting: KpiSetting;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hub-reference-'));
    const files = await writeDemoFiles(dir, { subjects: 4000 });
    const report = await runImport(db().importPool, files.map((file) => ({ path: file })), { source: 'DEMO' });
    expect(report.outcome).toBe('committed');
    // All demo departments are in one county: two move to a neighbouring county and one to the
    // city's district, so that a region filter picks a proper part (their registries move with them).
    await db().pool.query(`update department set region_code = '411421' where code in ('GAJ', 'SWJ', 'CGZZF')`);
    await db().pool.query(`update department set region_code = '411402' where code = 'JTJ'`);
    // Planner statistics as a running database has them; the import's own are another question (bench:kpis).
    await asOwner(db(), 'analyze');
    setting = await loadKpiSetting(db().pool, await loadWorkCalendar(db().orm.em.fork()));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const periods: [string, KpiPeriod][] = [
    ['2026 Q3 as of its end', { from: '2026-07-01', to: '2026-09-30' }],
    ['2025 as of 2026-03-31', { from: '2025-01-01', to: '2025-12-31', asOf: '2026-03-31' }],
    ['2026 Q1 as of a day inside it', { from: '2026-01-01', to: '2026-03-31', asOf: '2026-02-20' }],
  ];
  const filters: [string, KpiFilter][] = [
    ['the whole jurisdiction', {}],
    ['a member department', { departmentCode: 'SCJGJ' }],
    ['a non-member department', { departmentCode: 'XFJYDD' }],
    ['a county', { regionCode: '411421' }],
    ['a city', { regionCode: '411400' }],
    ['a province', { regionCode: '410000' }],
  ];

  describe.each(periods)('%s', (_, period) => {
    it.each(filters)('%s: numerators and denominators equal', async (_, filter) => {
      const engine = await engineFigures(setting, period, filter);
      expect(engine.map((f) => f.key)).toHaveLength(14);
      expect(await reference(setting, period, filter, 'rows')).toEqual(engine);
      expect(await reference(setting, period, filter, 'tally')).toEqual(engine);
    });
  });

  it('compares figures that are not all empty', async () => {
    const whole = Object.fromEntries((await engineFigures(setting, periods[0][1], {})).map((f) => [f.key, f]));
    const county = Object.fromEntries((await engineFigures(setting, periods[0][1], { regionCode: '411421' })).map((f) => [f.key, f]));
    for (const key of ['joint_task_share', 'tier_ratio_compliance', 'timely_publication_rate', 'item_coverage']) {
      expect(whole[key].denominator).toBeGreaterThan(county[key].denominator!);
      expect(county[key].denominator).toBeGreaterThan(0);
    }
    expect(whole.tier_ratio_compliance.numerator).toBeLessThan(whole.tier_ratio_compliance.denominator!);
    expect(whole.timely_publication_rate.numerator).toBeLessThan(whole.timely_publication_rate.denominator!);
    expect(whole.inspections_saved.numerator).toBeGreaterThan(0);
  });
});

describe('the engine and the plain SQL on a hand-built data set, against figures worked out by hand', () => {
  const b = builders(db);
  // 中山 (442000): A, B; 深圳 (440300): S; 福州 (350100): F, no member. 中山 lets class B draw 3–5%
  // and gives results 5 working days in 2024; 深圳 has plans entered by 15 April.
  beforeAll(async () => {
    await b.fresh();
    await b.department('A', { region: '442000', staff: 2 });
    await b.department('B', { region: '442000', staff: 5 });
    await b.department('S', { region: '440300', staff: 3 });
    await b.department('F', { region: '350100', staff: 0, member: false });
    await b.item('a1', 'A');
    await b.item('b1', 'B');
    await b.inspector('iA', 'A', '2030-01-01');
    await b.inspector('iS1', 'S', '2030-01-01');
    await b.inspector('iS2', 'S', '2030-01-01');
    await b.subject('s1', { creditClass: 'A', registries: ['A', 'B'] });
    await b.plan('p1', { year: 2024, initiator: 'A', entered: '2024-03-01' });
    await b.plan('p2', { year: 2024, initiator: 'S', cooperators: ['A'], entered: '2024-04-10' });
    await db().pool.query(`insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent)
      values (2024, '442000', 'B', 3, 5)`);
    await db().pool.query(`insert into kpi_deadline_setting (year, jurisdiction, publication_working_days, plan_entry_deadline)
      values (2024, '442000', 5, null), (2024, '440300', null, '04-15')`);

    await b.task('t1', { initiator: 'A', cooperators: ['B'], tiered: true, items: ['a1'], draws: { A: [100, 2] } });
    await b.task('t2', { initiator: 'S', due: '2024-09-30' });
    await b.task('t3', { initiator: 'B', tiered: true, draws: { B: [100, 5] } });
    await b.task('t4', { initiator: 'F', cooperators: ['S'] });
    // Inspected on Thursday 1 August 2024: the 20th working day after it is 29 August, the 5th 8 August.
    const problem = ['ORDERED_TO_CORRECT'];
    await b.result({ task: 't1', subject: 's1', department: 'A', inspected: '2024-08-01', published: '2024-08-10' });
    await b.result({ task: 't1', subject: 's1', department: 'B', inspected: '2024-08-01' });
    await b.result({ task: 't2', subject: 's2', department: 'S', inspected: '2024-08-01', published: '2024-10-15', categories: problem });
    await b.result({ task: 't4', subject: 's3', department: 'F', inspected: '2024-08-01', published: '2024-08-05', categories: problem });
    await b.result({ task: 't4', subject: 's3', department: 'S', inspected: '2024-08-01' });
  });

  type Expected = Record<string, [number, number | null]>;
  const cases: [string, KpiFilter, string, Expected][] = [
    ['the whole jurisdiction (bands of 440000: t3 draws too many B)', {}, '440000', {
      joint_task_share: [2, 4], credit_tiered_task_share: [2, 4], tier_ratio_compliance: [1, 2], department_coverage: [3, 3],
      item_coverage: [1, 2], inspector_registry_rate: [3, 10], subject_registry_size: [3, null], credit_class_coverage: [1, 3],
      publication_rate: [3, 5], timely_publication_rate: [1, 5], overdue_tasks: [1, null], problem_rate: [2, 5],
      inspections_saved: [2, null], plans_entered_on_time: [2, 2],
    }],
    ['department A', { departmentCode: 'A' }, '442000', {
      joint_task_share: [1, 1], credit_tiered_task_share: [1, 1], tier_ratio_compliance: [1, 1], department_coverage: [1, 1],
      item_coverage: [1, 1], inspector_registry_rate: [1, 2], subject_registry_size: [1, null], credit_class_coverage: [1, 1],
      publication_rate: [1, 1], timely_publication_rate: [0, 1], overdue_tasks: [0, null], problem_rate: [0, 1],
      inspections_saved: [1, null], plans_entered_on_time: [2, 2],
    }],
    ['中山 (its own bands: t3 complies)', { regionCode: '442000' }, '442000', {
      joint_task_share: [1, 2], credit_tiered_task_share: [2, 2], tier_ratio_compliance: [2, 2], department_coverage: [2, 2],
      item_coverage: [1, 2], inspector_registry_rate: [1, 7], subject_registry_size: [1, null], credit_class_coverage: [1, 1],
      publication_rate: [1, 2], timely_publication_rate: [0, 2], overdue_tasks: [0, null], problem_rate: [0, 2],
      inspections_saved: [1, null], plans_entered_on_time: [2, 2],
    }],
    ['深圳', { regionCode: '440300' }, '440300', {
      joint_task_share: [1, 2], credit_tiered_task_share: [0, 2], tier_ratio_compliance: [0, 0], department_coverage: [1, 1],
      item_coverage: [0, 0], inspector_registry_rate: [2, 3], subject_registry_size: [0, null], credit_class_coverage: [0, 0],
      publication_rate: [1, 2], timely_publication_rate: [0, 2], overdue_tasks: [1, null], problem_rate: [1, 2],
      inspections_saved: [1, null], plans_entered_on_time: [1, 1],
    }],
  ];

  it.each(cases)('%s', async (_, filter, jurisdiction, expected) => {
    const setting = await b.setting();
    const asTable = (figures: HandFigure[]) => Object.fromEntries(figures.map((f) => [f.key, [f.numerator, f.denominator]]));
    expect(asTable(await engineFigures(setting, Q3_2024, filter))).toEqual(expected);
    expect(asTable(await reference(setting, Q3_2024, filter, 'rows', jurisdiction))).toEqual(expected);
    expect(asTable(await reference(setting, Q3_2024, filter, 'tally', jurisdiction))).toEqual(expected);
  });
});
