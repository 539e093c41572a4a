import { beforeAll, describe, expect, it } from 'vitest';
import { KpiQueryError } from '../../server/src/metrics/operations';
import { useTestDatabase } from '../support/database';
import { builders, parts, Q3_2024 } from './builders';

const db = useTestDatabase();
const b = builders(db);

// 中山 (442000): A, B; 深圳 (440300): S; 福州 (350100): F, no member.
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

  await b.task('t1', { initiator: 'A', cooperators: ['B'], tiered: true, items: ['a1'] });
  await b.task('t2', { initiator: 'S' });
  await b.task('t3', { initiator: 'B', tiered: true });
  await b.task('t4', { initiator: 'F', cooperators: ['S'] });
  const problem = ['ORDERED_TO_CORRECT'];
  await b.result({ task: 't1', subject: 's1', department: 'A', inspected: '2024-08-01' });
  await b.result({ task: 't1', subject: 's1', department: 'B', inspected: '2024-08-01' });
  await b.result({ task: 't2', subject: 's2', department: 'S', inspected: '2024-08-01', categories: problem });
  await b.result({ task: 't4', subject: 's3', department: 'F', inspected: '2024-08-01', categories: problem });
  await b.result({ task: 't4', subject: 's3', department: 'S', inspected: '2024-08-01' });
});

type Expected = Record<string, [numerator: number, denominator: number | null]>;

async function expectFigures(filter: { departmentCode?: string; regionCode?: string }, expected: Expected) {
  const k = await b.kpis(Q3_2024, filter);
  const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, [k[key].numerator, k[key].denominator]]));
  expect(actual).toEqual(expected);
}

describe('no filter', () => {
  it('counts all tasks, all results and all member departments', async () => {
    await expectFigures({}, {
      joint_task_share: [2, 4], // t1, t4
      credit_tiered_task_share: [2, 4], // t1, t3
      problem_rate: [2, 5],
      department_coverage: [3, 3], // F takes part, but is no member
      item_coverage: [1, 2],
      inspector_registry_rate: [3, 10],
      inspections_saved: [2, null], // t1: 1 × s1; t4: 1 × s3
    });
  });
});

describe('a department filter', () => {
  it('A: T = the task it initiates, I = the result it inspected, A alone for the department figures', async () => {
    await expectFigures({ departmentCode: 'A' }, {
      joint_task_share: [1, 1],
      credit_tiered_task_share: [1, 1],
      problem_rate: [0, 1], // r1 only, not B's result on the same subject
      department_coverage: [1, 1],
      item_coverage: [1, 1],
      inspector_registry_rate: [1, 2],
      inspections_saved: [1, null],
    });
  });

  it('B: the task it cooperates in counts as well', async () => {
    await expectFigures({ departmentCode: 'B' }, {
      joint_task_share: [1, 2], // t1 (cooperates), t3 (initiates)
      credit_tiered_task_share: [2, 2],
      problem_rate: [0, 1],
      department_coverage: [1, 1],
      item_coverage: [0, 1],
      inspector_registry_rate: [0, 5],
    });
  });

  it('S: tasks of a non-member it cooperates in, and only its own results', async () => {
    await expectFigures({ departmentCode: 'S' }, {
      joint_task_share: [1, 2], // t2, t4
      credit_tiered_task_share: [0, 2],
      problem_rate: [1, 2], // r3 (problem), r5; F's problem on s3 is not S's
      department_coverage: [1, 1],
      item_coverage: [0, 0],
      inspector_registry_rate: [2, 3],
      inspections_saved: [1, null],
    });
  });

  it('a non-member: its tasks and results, but no member department to count', async () => {
    await expectFigures({ departmentCode: 'F' }, {
      joint_task_share: [1, 1],
      problem_rate: [1, 1],
      department_coverage: [0, 0],
      inspector_registry_rate: [0, 0],
    });
  });

  it('an unknown department is refused', async () => {
    await expect(b.kpis(Q3_2024, { departmentCode: 'NOPE' })).rejects.toBeInstanceOf(KpiQueryError);
  });
});

describe('a region filter', () => {
  it('440000 covers the departments of every 44xxxx division', async () => {
    await expectFigures({ regionCode: '440000' }, {
      joint_task_share: [2, 4], // t4 through its cooperator S
      credit_tiered_task_share: [2, 4],
      problem_rate: [1, 4], // all but F's result
      department_coverage: [3, 3],
      item_coverage: [1, 2],
      inspector_registry_rate: [3, 10],
    });
  });

  it('442000 covers 4420xx only', async () => {
    await expectFigures({ regionCode: '442000' }, {
      joint_task_share: [1, 2], // t1, t3
      credit_tiered_task_share: [2, 2],
      problem_rate: [0, 2],
      department_coverage: [2, 2],
      item_coverage: [1, 2],
      inspector_registry_rate: [1, 7],
    });
  });

  it('440300 is 深圳 alone', async () => {
    await expectFigures({ regionCode: '440300' }, { joint_task_share: [1, 2], problem_rate: [1, 2], inspector_registry_rate: [2, 3] });
  });
});

describe('an empty period', () => {
  it('gives null ratios over T and I, zero counts, and met only where a value exists', async () => {
    const k = await b.kpis({ from: '2023-01-01', to: '2023-03-31' });
    for (const key of [
      'joint_task_share', 'credit_tiered_task_share', 'tier_ratio_compliance', 'publication_rate',
      'timely_publication_rate', 'problem_rate', 'plans_entered_on_time',
    ]) {
      expect({ key, ...parts(k[key]), met: k[key].met }).toEqual({ key, numerator: 0, denominator: 0, value: null, met: null });
    }
    expect(parts(k.overdue_tasks)).toEqual({ numerator: 0, denominator: null, value: 0 });
    expect(parts(k.inspections_saved)).toEqual({ numerator: 0, denominator: null, value: 0 });
    expect(k.inspections_saved.met).toBeNull(); // no target
    // 0 overdue tasks is a value, and it meets "≤ 0" (met is null only without a target or a value).
    expect(k.overdue_tasks.met).toBe(true);
    // The member departments are still there: nobody took part in anything.
    expect(parts(k.department_coverage)).toEqual({ numerator: 0, denominator: 3, value: 0 });
    expect(k.department_coverage.met).toBe(false);
    expect(parts(k.item_coverage)).toEqual({ numerator: 0, denominator: 2, value: 0 });
  });
});
