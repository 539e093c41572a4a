import { beforeAll, describe, expect, it } from 'vitest';
import type { Granularity } from '../../server/src/domain/period';
import { KPI_DEFINITIONS } from '../../server/src/metrics/definitions';
import { departmentKpis, departmentKpiTotals, kpiSeries } from '../../server/src/metrics/operations';
import { buildStatistics, ONCE_PER_PARTICIPANT, type StatisticsColumn } from '../../server/src/reports/statistics';
import { useTestDatabase } from '../support/database';
import { builders } from './builders';

const db = useTestDatabase();
const b = builders(db);
const CUT_OFF = '2024-10-31';
const Q3 = { from: '2024-07-01', to: '2024-09-30', asOf: CUT_OFF };

/** [from, to, asOf, numerator, denominator] per point. */
async function series(key: string, granularity: Granularity, asOf: string | null) {
  const points = await kpiSeries(db().pool, await b.setting(), key, { from: Q3.from, to: Q3.to, asOf }, granularity, false, {});
  return points.map((p) => [p.from, p.to, p.asOf, p.figure.numerator, p.figure.denominator]);
}

// A and B are members, N and M are not. Deadlines (20 working days, 2024 calendar): 07-10 → 08-07,
// 08-05 → 09-02, 08-06 → 09-03, 09-23 → 10-24 (国庆 and the 09-29, 10-12 调休 counted), 07-16 → 08-13.
beforeAll(async () => {
  await b.fresh();
  await b.department('A', { staff: 2 });
  await b.department('B');
  await b.department('N', { member: false, staff: 7 });
  await b.department('M', { member: false });
  await b.item('A-1', 'A');
  await b.item('B-1', 'B');
  await b.inspector('c1', 'A', '2030-01-01');
  await b.inspector('cN', 'N', '2030-01-01'); // a non-member's staff: in no figure
  await b.plan('P1', { year: 2024, initiator: 'A', cooperators: ['N'], entered: '2024-03-01' });
  await b.plan('P2', { year: 2024, initiator: 'B', entered: '2024-04-10' });
  await b.subject('s1', { registries: ['A'] });
  await b.subject('s2', { registries: ['A', 'B'], creditClass: 'A' });
  await b.subject('s3', { registries: ['A'] });
  await b.subject('s4', { registries: ['N'] });
  await b.subject('s5', { registries: ['M'] });
  // t1 completed late (08-10 after 07-31); t2 (A with B) and t4 never completed; tM past due 08-20.
  await b.task('t1', { initiator: 'A', starts: '2024-07-02', due: '2024-07-31', completed: '2024-08-10', items: ['A-1'] });
  await b.task('t2', { initiator: 'A', cooperators: ['B'], starts: '2024-08-05', due: '2024-08-30', tiered: true });
  await b.task('t3', { initiator: 'B', starts: '2024-09-10', due: '2024-10-15', completed: '2024-10-10' });
  await b.task('t4', { initiator: 'A', starts: '2024-09-20', due: '2024-10-20' });
  await b.task('tN', { initiator: 'N', cooperators: ['A'], starts: '2024-07-15', tiered: true });
  await b.task('tM', { initiator: 'M', starts: '2024-08-01', due: '2024-08-20' });
  await b.result({ task: 't1', subject: 's1', inspected: '2024-07-10', published: '2024-07-15' }); // on time
  await b.result({ task: 't2', subject: 's2', department: 'B', inspected: '2024-08-06', published: '2024-09-20', categories: ['ORDERED_TO_CORRECT'] }); // late
  await b.result({ task: 't4', subject: 's3', inspected: '2024-09-23' }); // unpublished: pending on 09-30, late on 10-31
  await b.result({ task: 'tN', subject: 's4', inspected: '2024-07-16', published: '2024-07-20' }); // on time
  await b.result({ task: 'tM', subject: 's5', inspected: '2024-08-05' }); // unpublished past 09-02: late
});

describe('kpiSeries under one cut-off', () => {
  it('a quarter and its three months agree for the additive figures', async () => {
    const expected: Record<string, [number, number | null][]> = {
      // [July, August, September] then the quarter, all as of 10-31.
      overdue_tasks: [[1, null], [2, null], [1, null], [4, null]], // t1; t2, tM; t4
      timely_publication_rate: [[2, 2], [0, 2], [0, 1], [2, 5]],
      publication_rate: [[2, 2], [1, 2], [0, 1], [3, 5]],
      problem_rate: [[0, 2], [1, 2], [0, 1], [1, 5]],
      joint_task_share: [[1, 2], [1, 2], [0, 2], [2, 6]],
      inspections_saved: [[1, null], [1, null], [0, null], [2, null]],
    };
    for (const [key, [jul, aug, sep, quarter]] of Object.entries(expected)) {
      expect(await series(key, 'MONTH', CUT_OFF), key).toEqual([
        ['2024-07-01', '2024-07-31', CUT_OFF, ...jul],
        ['2024-08-01', '2024-08-31', CUT_OFF, ...aug],
        ['2024-09-01', '2024-09-30', CUT_OFF, ...sep],
      ]);
      expect(await series(key, 'QUARTER', CUT_OFF), key).toEqual([['2024-07-01', '2024-09-30', CUT_OFF, ...quarter]]);
      expect(KPI_DEFINITIONS.find((k) => k.key === key)!.periodAdditive, key).toBe(true);
    }
  });

  it('without a cut-off each point is seen as of its own end, and the months need not add up', async () => {
    // July as of 07-31: t1 not yet past due. August as of 08-31: t2 and tM past due. September as of 09-30: t4 not yet due.
    expect((await series('overdue_tasks', 'MONTH', null)).map((p) => [p[2], p[3]])).toEqual([
      ['2024-07-31', 0], ['2024-08-31', 2], ['2024-09-30', 0],
    ]);
    // As of 09-30, t1 has been completed late: the quarter counts 3 where its months count 2.
    expect((await series('overdue_tasks', 'QUARTER', null)).map((p) => [p[2], p[3]])).toEqual([['2024-09-30', 3]]);
    // As of 08-31 the results of 08-05 and 08-06 are unpublished within their deadlines (09-02, 09-03): none due.
    expect((await series('timely_publication_rate', 'MONTH', null)).map((p) => p.slice(3))).toEqual([[2, 2], [0, 0], [0, 0]]);
  });

  it('a non-additive figure, documented as such: members covered are counted once per period', async () => {
    // July: t1 (A), tN (A as cooperator); August: t2 (A, B), tM (a non-member); September: t3 (B), t4 (A).
    expect((await series('department_coverage', 'MONTH', CUT_OFF)).map((p) => p.slice(3))).toEqual([[1, 2], [2, 2], [2, 2]]);
    expect((await series('department_coverage', 'QUARTER', CUT_OFF)).map((p) => p.slice(3))).toEqual([[2, 2]]);
    expect(KPI_DEFINITIONS.filter((k) => !k.periodAdditive).map((k) => k.key)).toEqual([
      'department_coverage', 'item_coverage', 'inspector_registry_rate', 'subject_registry_size', 'credit_class_coverage',
      'plans_entered_on_time', 'repeat_visited_subjects', 'over_cap_subjects',
    ]);
  });
});

describe('departmentKpis with its 非成员单位 row and totals', () => {
  it('member rows + 非成员单位 − repeated = 合计, column by column', async () => {
    const setting = await b.setting();
    const rows = await departmentKpis(db().pool, setting, Q3);
    const totals = await departmentKpiTotals(db().pool, setting, Q3);
    const parts = (figures: { key: string; numerator: number; denominator: number | null }[]) =>
      Object.fromEntries(figures.map((f) => [f.key, [f.numerator, f.denominator]]));
    const row = (code: string) => parts(rows.find((r) => r.code === code)!.kpis);
    // By hand: A takes part in t1, t2, t4, tN; B in t2, t3; the non-members N and M in tN, tM; all six tasks in the whole.
    const expected: Record<string, [unknown, unknown, unknown, unknown]> = {
      //                          A        B        非成员   合计
      joint_task_share:         [[2, 4], [1, 2], [1, 2], [2, 6]],
      credit_tiered_task_share: [[2, 4], [1, 2], [1, 2], [2, 6]],
      tier_ratio_compliance:    [[0, 0], [0, 0], [0, 0], [0, 0]],
      department_coverage:      [[1, 1], [1, 1], [0, 0], [2, 2]],
      item_coverage:            [[1, 1], [0, 1], [0, 0], [1, 2]],
      inspector_registry_rate:  [[1, 2], [0, 0], [0, 0], [1, 2]],
      subject_registry_size:    [[3, null], [1, null], [2, null], [5, null]],
      credit_class_coverage:    [[1, 3], [1, 1], [0, 2], [1, 5]],
      publication_rate:         [[1, 2], [1, 1], [1, 2], [3, 5]],
      timely_publication_rate:  [[1, 2], [0, 1], [1, 2], [2, 5]],
      overdue_tasks:            [[3, null], [1, null], [1, null], [4, null]],
      problem_rate:             [[0, 2], [1, 1], [0, 2], [1, 5]],
      inspections_saved:        [[2, null], [1, null], [1, null], [2, null]],
      plans_entered_on_time:    [[1, 1], [0, 1], [1, 1], [1, 2]],
    };
    const nonMember = parts(totals.nonMember);
    const total = parts(totals.total);
    for (const [key, [a, bb, other, whole]] of Object.entries(expected)) {
      expect([row('A')[key], row('B')[key], nonMember[key], total[key]], key).toEqual([a, bb, other, whole]);
    }
    expect(totals.nonMemberDepartments).toEqual([{ code: 'M', name: 'M局' }, { code: 'N', name: 'N局' }]);
    // The repeated counts, by hand: the joint tasks t2 and tN sit in two rows each; s2 in A and B; overdue t2 in A and B;
    // P1 in A and the non-members; saved visits of t2 in A and B, of tN in A and the non-members.
    expect(totals.reconciliation.map((r) => [r.key, r.rule, r.membersNumerator, r.membersDenominator, r.repeatedNumerator, r.repeatedDenominator]))
      .toEqual([
        ['joint_task_share', 'ONCE_PER_PARTICIPANT', 3, 6, 2, 2],
        ['credit_tiered_task_share', 'ONCE_PER_PARTICIPANT', 3, 6, 2, 2],
        ['tier_ratio_compliance', 'ONCE_PER_PARTICIPANT', 0, 0, 0, 0],
        ['department_coverage', 'SUM', 2, 2, 0, 0],
        ['item_coverage', 'SUM', 1, 2, 0, 0],
        ['inspector_registry_rate', 'SUM', 1, 2, 0, 0],
        ['subject_registry_size', 'ONCE_PER_PARTICIPANT', 4, null, 1, null],
        ['credit_class_coverage', 'ONCE_PER_PARTICIPANT', 2, 4, 1, 1],
        ['publication_rate', 'SUM', 2, 3, 0, 0],
        ['timely_publication_rate', 'SUM', 1, 3, 0, 0],
        ['overdue_tasks', 'ONCE_PER_PARTICIPANT', 4, null, 1, null],
        ['problem_rate', 'SUM', 1, 3, 0, 0],
        ['inspections_saved', 'ONCE_PER_PARTICIPANT', 3, null, 2, null],
        ['plans_entered_on_time', 'ONCE_PER_PARTICIPANT', 1, 2, 1, 1],
        // The members' three results are three visits on separate days, none joint, no two within a repeat's reach.
        ['inspection_visits', 'ONCE_PER_PARTICIPANT', 3, null, 0, null],
        ['joint_visit_share', 'ONCE_PER_PARTICIPANT', 0, 3, 0, 0],
        ['repeat_visited_subjects', 'ONCE_PER_PARTICIPANT', 0, null, 0, null],
        ['over_cap_subjects', 'ONCE_PER_PARTICIPANT', 0, null, 0, null],
      ]);
    const note = (key: string) => totals.reconciliation.find((r) => r.key === key)!.note;
    expect(note('publication_rate')).toBe('检查结果公示率：分子：各成员单位之和 2 + 非成员单位 1 = 合计 3；分母：各成员单位之和 3 + 非成员单位 2 = 合计 5');
    expect(note('overdue_tasks')).toBe('超期任务数：各成员单位之和 4 + 非成员单位 1 − 重复计数 1 = 合计 4（联合抽查任务在发起部门和每个配合部门各计一次，合计中只计一次）');
  });
});

describe('统计表: each column against its 合计', () => {
  const COLUMNS: StatisticsColumn[] = ['items', 'subjects', 'inspectorsValid', 'qualifiedStaff', 'plans', 'tasksOwn', 'tasksJointInitiated',
    'tasksJointJoined', 'tasksCreditTiered', 'resultsInspected', 'resultsWithProblems', 'resultsPublished', 'resultsPublishedLate', 'overdueTasks'];

  it('members + 非成员单位 = 合计, except the footnoted columns, which count a joint task once per participant', async () => {
    const rows = await buildStatistics(db().pool, await b.setting(), Q3);
    expect(rows.map((r) => [r.kind, r.name, ...COLUMNS.map((c) => r[c])])).toEqual([
      ['MEMBER', 'A局', 1, 3, 1, 2, 1, 2, 1, 1, 2, 2, 0, 1, 0, 3],
      ['MEMBER', 'B局', 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1],
      ['NON_MEMBER', '非成员单位', null, 2, null, null, 1, 1, 1, 0, 1, 2, 0, 1, 0, 1],
      ['TOTAL', '合计（全辖区）', 2, 5, 1, 2, 2, 4, 2, 2, 2, 5, 1, 3, 1, 4],
    ]);
    // Counted twice, by hand: s2 (A and B); P1 (A and N); t2 and tN credit-tiered (A with B, N with A); t2 overdue (A and B).
    const repeated: Partial<Record<StatisticsColumn, number>> = { subjects: 1, plans: 1, tasksCreditTiered: 2, overdueTasks: 1 };
    expect(Object.keys(repeated).sort()).toEqual(Object.keys(ONCE_PER_PARTICIPANT).sort());
    const total = rows.find((r) => r.kind === 'TOTAL')!;
    for (const column of COLUMNS) {
      const sum = rows.filter((r) => r.kind !== 'TOTAL').reduce((n, r) => n + (r[column] ?? 0), 0);
      expect(sum - (repeated[column] ?? 0), column).toBe(total[column]);
    }
  });
});
