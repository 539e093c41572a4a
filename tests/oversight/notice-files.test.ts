import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount, gql, gqlData, hubFetch, signIn, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';
import { AS_OF, buildCounty } from './fixture';

const CLI = path.join(import.meta.dirname, '../../server/src/cli/report.ts');

async function docxText(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '');
  const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))));
  return { paragraphs, tables };
}

async function sheets(bytes: Buffer): Promise<Record<string, (string | number | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return Object.fromEntries(workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    return [ws.name, rows];
  }));
}

const db = useTestDatabase();
const url = useHubServer(db);
const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: db().url } });
beforeAll(() => buildCounty(db));

describe('督办通知单 files of department A as of 4 July 2024', () => {
  it('writes the .docx from the command line, naming exactly its overdue tasks and late publications', async () => {
    const out = path.join(await tempDir(), 'a.docx');
    const { stdout } = await run(['reminder', '--department', 'A', '--as-of', AS_OF, '--date', '2024-07-05', '--out', out]);
    expect(stdout.trim()).toBe(`已生成 ${out}：超期任务 2 个，逾期未公示 3 条，逾期公示 1 条，预警 5 项，空的名录库或清单 2 个`);
    const { paragraphs, tables } = await docxText(await readFile(out));
    expect(paragraphs.filter((p) => p.trim())).toEqual([
      '“双随机、一公开”监管工作联席会议办公室',
      '“双随机、一公开”监管工作督办通知单',
      'A局：',
      '经核查，截至2024年7月4日，你单位在“双随机、一公开”监管工作中有以下事项需要督办，请逐项核实、抓紧整改。',
      '一、超期未完成的抽查任务',
      '你单位牵头或参与的抽查任务中，已过截止日期仍未完成的共2个：',
      '二、逾期公示和逾期未公示的检查结果',
      '已过公示期限（检查之日起20个工作日）仍未公示的检查结果3条；2024年1月1日以来检查、超过公示期限才公示的1条：',
      '三、即将到期的事项',
      '以下5项将在3个工作日内（至2024年7月10日）到期，请提前安排：',
      '四、名录库和抽查事项清单',
      '你单位检查对象名录库0户，执法检查人员名录库1人，抽查事项清单0项；其中检查对象名录库、抽查事项清单尚未录入。',
      '五、工作要求',
      '超期的抽查任务请尽快完成，完成后在系统中如实录入完成日期。',
      '检查结果应自检查之日起20个工作日内通过国家企业信用信息公示系统公示，未公示的请立即公示。',
      '请尽快建立检查对象名录库、抽查事项清单，并导入数据中心。',
      '请于整改完成后将整改情况报联席会议办公室。',
      '“双随机、一公开”监管工作联席会议办公室',
      '2024年7月5日',
    ]);
    expect(tables.map((t) => t.slice(1))).toEqual([
      [['序号', '任务编号', '任务名称', '本单位', '截止日期', '超期天数'],
        ['1', 'TA2', 'TA2任务', '配合', '2024-06-28', '6天'], ['2', 'TA1', 'TA1任务', '牵头', '2024-07-03', '1天']],
      [['序号', '任务编号', '检查对象', '检查日期', '公示期限', '公示日期'],
        ['1', 'TA0', 'S-OLD名称', '2023-11-01', '2023-11-29', '未公示'], ['2', 'TA0', 'S1名称', '2024-06-04', '2024-07-03', '未公示'],
        ['3', 'TA0', 'S5名称', '2024-06-04', '2024-07-03', '未公示'], ['4', 'TA0', 'S7名称', '2024-06-03', '2024-07-02', '2024-07-04']],
      [['序号', '事项', '任务编号', '任务名称或检查对象', '到期日'],
        ['1', '检查结果公示', 'TA0', 'S2名称', '2024-07-04'], ['2', '抽查任务', 'TA7', 'TA7任务', '2024-07-04'],
        ['3', '抽查任务', 'TA6', 'TA6任务', '2024-07-06'], ['4', '检查结果公示', 'TA0', 'S3名称', '2024-07-10'],
        ['5', '抽查任务', 'TA4', 'TA4任务', '2024-07-10']],
    ]);
    expect(tables.map((t) => t[0][0])).toEqual(['数据截至2024年7月4日', '数据截至2024年7月4日', '数据截至2024年7月4日']);
  });

  it('writes the same rows as .xlsx, from the command line and from the department page’s download', async () => {
    const out = path.join(await tempDir(), 'a.xlsx');
    await run(['reminder', '--department', 'A', '--as-of', AS_OF, '--out', out]);
    const response = await hubFetch(url(), `/api/departments/A/chase-notice?format=xlsx&asOf=${AS_OF}`);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain('A局督办通知单（截至2024-07-04）.xlsx');
    const fromRoute = await sheets(Buffer.from(await response.arrayBuffer()));
    const fromCli = await sheets(await readFile(out));
    expect(fromRoute).toEqual(fromCli);
    // The title and the cut-off line are merged across the table: every cell of the merge reads the same.
    expect(fromCli['超期任务'].slice(0, 2)).toEqual([Array(6).fill('“双随机、一公开”监管工作督办通知单'), Array(6).fill('部门：A局（A）；数据截至2024年7月4日')]);
    expect(fromCli['超期任务'].slice(2)).toEqual([['序号', '任务编号', '任务名称', '本单位', '截止日期', '超期天数'],
      [1, 'TA2', 'TA2任务', '配合', '2024-06-28', '6天'], [2, 'TA1', 'TA1任务', '牵头', '2024-07-03', '1天']]);
    expect(fromCli['检查结果公示'].slice(3)).toEqual([
      [1, 'TA0', 'S-OLD名称', '2023-11-01', '2023-11-29', '未公示'], [2, 'TA0', 'S1名称', '2024-06-04', '2024-07-03', '未公示'],
      [3, 'TA0', 'S5名称', '2024-06-04', '2024-07-03', '未公示'], [4, 'TA0', 'S7名称', '2024-06-03', '2024-07-02', '2024-07-04']]);
    expect(fromCli['预警'].slice(3).map((r) => r.join(' '))).toEqual([
      '1 检查结果公示 TA0 S2名称 2024-07-04', '2 抽查任务 TA7 TA7任务 2024-07-04', '3 抽查任务 TA6 TA6任务 2024-07-06',
      '4 检查结果公示 TA0 S3名称 2024-07-10', '5 抽查任务 TA4 TA4任务 2024-07-10']);
    expect(fromCli['名录库'].slice(2)).toEqual([['名录库或清单', '条数', '情况'],
      ['检查对象名录库', 0, '尚未录入'], ['执法检查人员名录库', 1, '已建立'], ['抽查事项清单', 0, '尚未录入']]);
  });

  it('says what is wrong with the command or the address', async () => {
    await expect(run(['reminder', '--department', 'A', '--out', '/tmp/x.pdf'])).rejects.toMatchObject({
      stderr: expect.stringContaining('督办通知单可生成 .docx 或 .xlsx 文件，输出文件 /tmp/x.pdf 的扩展名不在其中'),
    });
    await expect(run(['reminder', '--department', 'ZZ', '--out', path.join(await tempDir(), 'z.docx')])).rejects.toMatchObject({
      stderr: expect.stringContaining('部门代码 ZZ 不存在'),
    });
    const missing = await hubFetch(url(), '/api/departments/ZZ/chase-notice');
    expect([missing.status, (await missing.json()).message]).toEqual([404, '部门代码 ZZ 不存在']);
    const badFormat = await hubFetch(url(), '/api/departments/A/chase-notice?format=pdf');
    expect([badFormat.status, (await badFormat.json()).message]).toEqual([400, 'format 应为 docx 或 xlsx，实为 pdf']);
  });
});

describe('预警, K and 报送情况 through GraphQL', () => {
  const WARNINGS = `query($asOf: String, $departmentCode: String) { earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: 2) {
    asOf leadWorkingDays windowEnd departmentCode publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total
    items { kind taskCode subjectCode dueOn } } }`;

  it('shows a department account its own department unless it asks for another', async () => {
    await ensureAccount(db(), { username: 'dept-a', password: 'dept-a-password-1', role: 'DEPARTMENT', departmentCode: 'A' });
    const token = await signIn(url(), 'dept-a', 'dept-a-password-1');
    const own = await gqlData(url(), WARNINGS, { asOf: AS_OF }, { token });
    expect(own.earlyWarnings).toEqual({
      asOf: AS_OF, leadWorkingDays: 3, windowEnd: '2024-07-10', departmentCode: 'A',
      publicationsDueSoon: 2, publicationsOverdue: 3, tasksDueSoon: 3, tasksOverdue: 2, total: 10,
      items: [{ kind: 'PUBLICATION_OVERDUE', taskCode: 'TA0', subjectCode: 'S-OLD', dueOn: '2023-11-29' }, { kind: 'TASK_OVERDUE', taskCode: 'TA2', subjectCode: null, dueOn: '2024-06-28' }],
    });
    const other = await gqlData(url(), WARNINGS, { asOf: AS_OF, departmentCode: 'B' }, { token });
    expect(other.earlyWarnings.total).toBe(3);
    const office = await gqlData(url(), WARNINGS, { asOf: AS_OF });
    expect([office.earlyWarnings.departmentCode, office.earlyWarnings.total]).toEqual([null, 12]);
  });

  it('lets the office set K for a year and jurisdiction, audited, and the warnings follow', async () => {
    const set = await gqlData(url(), 'mutation { setWarningSetting(input: { year: 2024, jurisdiction: "442000", leadWorkingDays: 1 }) { year jurisdiction leadWorkingDays } }');
    expect(set.setWarningSetting).toEqual({ year: 2024, jurisdiction: '442000', leadWorkingDays: 1 });
    const w = (await gqlData(url(), WARNINGS, { asOf: AS_OF, departmentCode: 'A' })).earlyWarnings;
    expect([w.leadWorkingDays, w.windowEnd, w.publicationsDueSoon, w.tasksDueSoon]).toEqual([1, '2024-07-05', 1, 1]);
    const { rows } = await db().pool.query(`select action, target from audit_log where action = 'WARNING_SETTING_SET'`);
    expect(rows).toEqual([{ action: 'WARNING_SETTING_SET', target: '2024 442000' }]);
    const bad = await gql(url(), 'mutation { setWarningSetting(input: { year: 2024, jurisdiction: "442000", leadWorkingDays: 0 }) { year } }');
    expect(bad.errors?.map((e) => e.message)).toEqual(['预警提前的工作日数应为 1–60 的整数，实为 0']);
    await db().pool.query(`delete from warning_setting`);
  });

  it('answers 报送情况 for the member departments', async () => {
    const data = await gqlData(url(), '{ submissionStatus(period: { from: "2024-04-01", to: "2024-06-30" }) { departmentCode lastImportAt monthsWithoutResults } }');
    expect(data.submissionStatus).toEqual([
      { departmentCode: 'A', lastImportAt: '2024-07-01T02:00:00.000Z', monthsWithoutResults: ['2024-05'] },
      { departmentCode: 'B', lastImportAt: '2024-07-03T08:30:00.000Z', monthsWithoutResults: ['2024-04', '2024-05'] },
      { departmentCode: 'C', lastImportAt: null, monthsWithoutResults: ['2024-04', '2024-05', '2024-06'] },
    ]);
  });

  it('names the departments without results in the monthly summary', async () => {
    const out = path.join(await tempDir(), 'summary.docx');
    await run(['summary', '--from', '2024-06-01', '--to', '2024-06-30', '--as-of', AS_OF, '--out', out]);
    const { paragraphs } = await docxText(await readFile(out));
    expect(paragraphs).toContain('本月未报送检查结果的单位：C局。');
  });
});
