import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStatistics } from '../../server/src/reports/statistics';
import { statisticsWorkbook } from '../../server/src/reports/statistics-xlsx';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const PERIOD = { from: '2024-07-01', to: '2024-09-30', asOf: '2024-11-15' };

describe('推进“双随机、一公开”统计表', () => {
  const db = useTestDatabase();
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A', { staff: 10 });
    await b.department('B', { staff: 5 });
    await b.department('X', { member: false, staff: 3 });
    await b.item('A-1', 'A');
    await b.item('A-2', 'A');
    await b.item('B-1', 'B');
    await b.inspector('C1', 'A', '2030-12-31');
    await b.inspector('C2', 'A', '2024-01-31');
    await b.subject('S1', { registries: ['A'] });
    await b.subject('S2', { registries: ['A', 'B'] });
    await b.subject('S3');
    await b.plan('P1', { year: 2024, initiator: 'A', entered: '2024-03-01' });
    // T1 A alone, credit-tiered; T2 A with B; T3 B with A, past due 09-15 and not completed.
    await b.task('T1', { initiator: 'A', tiered: true, starts: '2024-07-02', due: '2024-08-31', completed: '2024-08-20' });
    await b.task('T2', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05', due: '2024-09-30', completed: '2024-09-01' });
    await b.task('T3', { initiator: 'B', cooperators: ['A'], starts: '2024-08-01', due: '2024-09-15' });
    // A's result is published in two days; B's, inspected 08-01 (deadline 08-29), only on 10-31.
    await b.result({ task: 'T1', subject: 'S1', inspected: '2024-07-10', published: '2024-07-12' });
    await b.result({ task: 'T2', subject: 'S2', department: 'B', inspected: '2024-08-01', published: '2024-10-31', categories: ['ORDERED_TO_CORRECT'] });
  });

  // [name, items, subjects, inspectors valid, staff, plans, own, joint initiated, joint joined, credit-tiered,
  //  inspected, problems, published, published late, overdue]
  const EXPECTED = [
    ['A局', 2, 2, 1, 10, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1],
    ['B局', 1, 1, 0, 5, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1],
    ['非成员单位', null, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ['合计（全辖区）', 3, 3, 1, 15, 1, 1, 2, 2, 1, 2, 1, 2, 1, 1],
  ];

  it('counts each member department and the whole jurisdiction', async () => {
    const rows = await buildStatistics(db().pool, await b.setting(), PERIOD);
    expect(rows.map((r) => [r.name, r.items, r.subjects, r.inspectorsValid, r.qualifiedStaff, r.plans, r.tasksOwn, r.tasksJointInitiated,
      r.tasksJointJoined, r.tasksCreditTiered, r.resultsInspected, r.resultsWithProblems, r.resultsPublished, r.resultsPublishedLate,
      r.overdueTasks])).toEqual(EXPECTED);
  });

  it('writes the .xlsx with grouped headers in merged cells, numbers as numbers and the rate as a percentage', async () => {
    const rows = await buildStatistics(db().pool, await b.setting(), PERIOD);
    const file = path.join(await tempDir(), '统计表.xlsx');
    await statisticsWorkbook(rows, '统计表', '2024年第三季度').xlsx.writeFile(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:Q1', 'A3:A4', 'B3:B4', 'D3:G3', 'I3:L3', 'M3:P3', 'Q3:Q4']));
    expect([sheet.getCell('D3').value, sheet.getCell('I3').value, sheet.getCell('M3').value]).toEqual(['两库', '抽查任务', '检查结果']);
    expect(sheet.getRow(4).values).toEqual(expect.arrayContaining(['入库执法人员', '牵头联合', '逾期公示']));
    const row = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(row(5)).toEqual([1, 'A局', 2, 2, 1, 10, 0.1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1]);
    expect(row(7)).toEqual(['', '非成员单位', undefined, 0, undefined, undefined, undefined, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(row(8)).toEqual(['', '合计（全辖区）', 3, 3, 1, 15, 1 / 15, 1, 1, 2, 2, 1, 2, 1, 2, 1, 1]);
    // S2 is in A's and B's registries, S3 in none; T3 is overdue for A and for B.
    expect([9, 10, 11].map((r) => sheet.getCell(r, 1).value)).toEqual([
      '注：1. 非成员单位（X局）指联席会议成员以外的部门，一行列出其发起或配合的任务、其检查的结果；抽查事项数和执法人员只计成员单位。',
      '2. 除下条所列各列外，各成员单位之和 + 非成员单位 = 合计；参与联合按配合部门计，合计为配合次数之和。',
      '3. 联合抽查任务（计划）在发起部门和每个配合部门各计一次，一户检查对象在登记它的每个部门各计一次，合计中只计一次'
        + '（未登记于任何部门名录库的对象只计入合计）。检查对象（户）：各成员单位之和 3 + 非成员单位 0 = 合计 3；'
        + '抽查计划：各成员单位之和 1 + 非成员单位 0 = 合计 1；信用风险分类：各成员单位之和 1 + 非成员单位 0 = 合计 1；'
        + '超期任务：各成员单位之和 2 + 非成员单位 0 − 重复计数 1 = 合计 1。',
    ]);
    expect(merges).toEqual(expect.arrayContaining(['A9:Q9', 'A10:Q10', 'A11:Q11']));
    expect(sheet.getCell('G5').numFmt).toBe('0.0%');
  });

  it('comes from the command line for scripts, refusing what it cannot make', async () => {
    const run = promisify(execFile);
    const cli = path.join(import.meta.dirname, '../../server/src/cli/report.ts');
    const out = path.join(await tempDir(), '统计表.xlsx');
    const env = { ...process.env, DATABASE_URL: db().url };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, 'statistics', '--from', PERIOD.from, '--to', PERIOD.to,
      '--as-of', PERIOD.asOf, '--out', out], { env });
    expect(stdout).toContain('2 个成员单位、非成员单位及合计行');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The cut-off in the title line, which prints at the top of every page with the header.
    expect(workbook.worksheets[0].getCell('A2').value).toBe('统计期间：2024年第三季度（2024-07-01 至 2024-09-30）；数据截至2024年11月15日');
    expect(workbook.worksheets[0].pageSetup.printTitlesRow).toBe('1:4');
    expect((workbook.worksheets[0].getRow(6).values as unknown[]).slice(1)).toEqual([2, 'B局', 1, 1, 0, 5, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1]);
    await expect(run(process.execPath, ['--import', 'tsx', cli, 'statistics', '--from', PERIOD.from, '--to', PERIOD.to, '--out', '统计表.pdf'], { env }))
      .rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('statistics 可生成 .xlsx 文件，输出文件 统计表.pdf 的扩展名不在其中') });
  });
});
