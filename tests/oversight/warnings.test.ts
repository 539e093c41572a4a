import { beforeAll, describe, expect, it } from 'vitest';
import { deadlineTable } from '../../server/src/metrics/publication-deadlines';
import { chaseNotice } from '../../server/src/oversight/chase-notice';
import { deadlineDays } from '../../server/src/oversight/deadlines';
import { submissionStatus } from '../../server/src/oversight/submission';
import { resolveLeadWorkingDays } from '../../server/src/oversight/warning-settings';
import { earlyWarnings } from '../../server/src/oversight/warnings';
import { useTestDatabase } from '../support/database';
import { AS_OF, buildCounty, countySetting } from './fixture';

const db = useTestDatabase();
beforeAll(() => buildCounty(db));

const brief = (items: { kind: string; taskCode: string; subjectCode: string | null; dueOn: string }[]) =>
  items.map((i) => `${i.kind} ${i.taskCode} ${i.subjectCode ?? '-'} ${i.dueOn}`);

describe('预警 as of 4 July 2024, K = 3 working days (window to 10 July across a weekend and a holiday)', () => {
  it('lists one department’s overdue and due-soon results and tasks, most urgent first', async () => {
    const w = await earlyWarnings(db().pool, await countySetting(db), { asOf: AS_OF, departmentCode: 'A', first: 100 });
    expect([w.leadWorkingDays, w.windowEnd]).toEqual([3, '2024-07-10']);
    expect([w.publicationsOverdue, w.publicationsDueSoon, w.tasksOverdue, w.tasksDueSoon, w.total]).toEqual([3, 2, 2, 3, 10]);
    expect(brief(w.items)).toEqual([
      'PUBLICATION_OVERDUE TA0 S-OLD 2023-11-29',
      'TASK_OVERDUE TA2 - 2024-06-28',
      'PUBLICATION_OVERDUE TA0 S1 2024-07-03',
      'PUBLICATION_OVERDUE TA0 S5 2024-07-03',
      'TASK_OVERDUE TA1 - 2024-07-03',
      'PUBLICATION_DUE_SOON TA0 S2 2024-07-04',
      'TASK_DUE_SOON TA7 - 2024-07-04',
      'TASK_DUE_SOON TA6 - 2024-07-06',
      'PUBLICATION_DUE_SOON TA0 S3 2024-07-10',
      'TASK_DUE_SOON TA4 - 2024-07-10',
    ]);
    // A joint task is named by its initiator, with every participant.
    expect(w.items[1]).toMatchObject({ departmentCode: 'B', departmentName: 'B局', taskName: 'TA2任务', participants: ['B', 'A'] });
    expect(w.items[0]).toMatchObject({ departmentCode: 'A', subjectName: 'S-OLD名称', inspectedOn: '2023-11-01', participants: [] });
  });

  it('counts the office’s whole picture, a joint task once, and each department’s share', async () => {
    const w = await earlyWarnings(db().pool, await countySetting(db), { asOf: AS_OF, departmentCode: null, first: 3 });
    expect([w.publicationsOverdue, w.publicationsDueSoon, w.tasksOverdue, w.tasksDueSoon, w.total]).toEqual([4, 2, 3, 3, 12]);
    expect(w.items).toHaveLength(3);
    expect(w.departments.map((d) => [d.departmentCode, d.publicationsOverdue, d.publicationsDueSoon, d.tasksOverdue, d.tasksDueSoon, d.total])).toEqual([
      ['A', 3, 2, 2, 3, 10], ['B', 1, 0, 2, 0, 3], ['C', 0, 0, 0, 0, 0], ['N', 0, 0, 0, 0, 0],
    ]);
  });

  it('narrows with a smaller K and widens with a larger one', async () => {
    const setting = await countySetting(db);
    const one = await earlyWarnings(db().pool, setting, { asOf: AS_OF, departmentCode: 'A', first: 0, leadWorkingDays: 1 });
    expect([one.windowEnd, one.publicationsDueSoon, one.tasksDueSoon]).toEqual(['2024-07-05', 1, 1]);
    const four = await earlyWarnings(db().pool, setting, { asOf: AS_OF, departmentCode: 'A', first: 0, leadWorkingDays: 4 });
    expect([four.windowEnd, four.publicationsDueSoon, four.tasksDueSoon]).toEqual(['2024-07-11', 3, 4]);
  });

  it('takes K from the most specific jurisdiction, then the latest year not after the cut-off', () => {
    const rows = [
      { year: 2023, jurisdiction: '000000', leadWorkingDays: 2 },
      { year: 2024, jurisdiction: '440000', leadWorkingDays: 5 },
      { year: 2025, jurisdiction: '442000', leadWorkingDays: 7 },
    ];
    expect(resolveLeadWorkingDays(rows, 2024, '442000')).toBe(5);
    expect(resolveLeadWorkingDays(rows, 2025, '442000')).toBe(7);
    expect(resolveLeadWorkingDays(rows, 2024, '350100')).toBe(2);
    expect(resolveLeadWorkingDays(rows, 2022, '350100')).toBe(3);
  });
});

describe('督办通知单 data of department A as of 4 July 2024', () => {
  it('lists exactly its overdue tasks, its late and missing publications, its warnings and empty registries', async () => {
    const n = await chaseNotice(db().pool, await countySetting(db), 'A', AS_OF);
    // TA3 was completed on its due day, TA9 late but before the cut-off, TA5 is due after the window.
    expect(n.overdueTasks).toEqual([
      { taskCode: 'TA2', taskName: 'TA2任务', initiator: false, startsOn: '2024-06-01', dueOn: '2024-06-28', daysOverdue: 6 },
      { taskCode: 'TA1', taskName: 'TA1任务', initiator: true, startsOn: '2024-06-01', dueOn: '2024-07-03', daysOverdue: 1 },
    ]);
    expect(n.unpublished.map((p) => [p.subjectCode, p.inspectedOn, p.deadline, p.publishedOn])).toEqual([
      ['S-OLD', '2023-11-01', '2023-11-29', null], ['S1', '2024-06-04', '2024-07-03', null], ['S5', '2024-06-04', '2024-07-03', null],
    ]);
    expect(n.late.map((p) => [p.subjectCode, p.inspectedOn, p.deadline, p.publishedOn])).toEqual([['S7', '2024-06-03', '2024-07-02', '2024-07-04']]);
    expect(brief(n.warnings)).toEqual([
      'PUBLICATION_DUE_SOON TA0 S2 2024-07-04', 'TASK_DUE_SOON TA7 - 2024-07-04', 'TASK_DUE_SOON TA6 - 2024-07-06',
      'PUBLICATION_DUE_SOON TA0 S3 2024-07-10', 'TASK_DUE_SOON TA4 - 2024-07-10',
    ]);
    expect(n.registries).toEqual({ subjects: 0, inspectors: 1, items: 0 });
  });
});

describe('报送情况', () => {
  it('gives each member department its last import and the months of a quarter without a result', async () => {
    expect(await submissionStatus(db().pool, { from: '2024-04-01', to: '2024-06-30' })).toEqual([
      { departmentCode: 'A', departmentName: 'A局', lastImportAt: '2024-07-01T02:00:00.000Z', resultCount: 8, monthsWithoutResults: ['2024-05'] },
      { departmentCode: 'B', departmentName: 'B局', lastImportAt: '2024-07-03T08:30:00.000Z', resultCount: 1, monthsWithoutResults: ['2024-04', '2024-05'] },
      { departmentCode: 'C', departmentName: 'C局', lastImportAt: null, resultCount: 0, monthsWithoutResults: ['2024-04', '2024-05', '2024-06'] },
    ]);
  });

  it('clips the months to the period', async () => {
    const rows = await submissionStatus(db().pool, { from: '2024-05-15', to: '2024-06-03' });
    expect(rows.map((r) => [r.departmentCode, r.resultCount, r.monthsWithoutResults])).toEqual([
      ['A', 1, ['2024-05']], ['B', 0, ['2024-05', '2024-06']], ['C', 0, ['2024-05', '2024-06']],
    ]);
  });
});

describe('the deadlines the warnings join', () => {
  it('are the days domain/publication gives, across 春节, 国庆, 调休 and an entered holiday', async () => {
    const setting = await countySetting(db);
    const mine = deadlineDays(setting, '2023-12-20', '2025-02-10');
    expect(mine).toEqual(deadlineTable(setting, '2023-12-20', '2025-02-10'));
    expect(mine.departments.every((d) => d === null)).toBe(true);
    expect(mine.deadlines[mine.days.indexOf('2024-06-11')]).toBe('2024-07-10');
    expect(deadlineDays(setting, null, '2024-07-04')).toEqual({ departments: [], days: [], deadlines: [] });
  });
});

describe('a publication window set per year and jurisdiction', () => {
  it('gives each department its own deadlines when the windows differ', async () => {
    const base = await countySetting(db);
    const setting = {
      ...base,
      departments: base.departments.map((d) => (d.code === 'B' ? { ...d, regionCode: '440300' } : d)),
      engine: { ...base.engine, deadlines: (_year: number, jurisdiction: string) => ({ publicationWorkingDays: jurisdiction === '440300' ? 7 : 20, planEntryDeadline: '03-31' }) },
    };
    const mine = deadlineDays(setting, '2024-06-10', '2024-06-12');
    expect(mine).toEqual(deadlineTable(setting, '2024-06-10', '2024-06-12'));
    expect(mine.departments.slice(0, 4)).toEqual(['A', 'B', 'C', 'N']);
    expect([mine.deadlines[0], mine.deadlines[1]]).toEqual(['2024-07-09', '2024-06-19']);
  });

  it('judges this year’s results by the new window and last year’s by the old', async () => {
    await db().pool.query(`insert into kpi_deadline_setting (year, jurisdiction, publication_working_days) values (2024, '442000', 7)`);
    try {
      const w = await earlyWarnings(db().pool, await countySetting(db), { asOf: AS_OF, departmentCode: 'A', first: 10 });
      expect([w.publicationsOverdue, w.publicationsDueSoon]).toEqual([6, 0]);
      expect(w.items.filter((i) => i.kind === 'PUBLICATION_OVERDUE').map((i) => `${i.subjectCode} ${i.dueOn}`)).toEqual([
        'S-OLD 2023-11-29', 'S1 2024-06-14', 'S5 2024-06-14', 'S2 2024-06-17', 'S3 2024-06-20', 'S4 2024-06-21',
      ]);
      const n = await chaseNotice(db().pool, await countySetting(db), 'A', AS_OF);
      expect(n.publicationWorkingDays).toBe(7);
    } finally {
      await db().pool.query(`delete from kpi_deadline_setting`);
    }
  });
});
