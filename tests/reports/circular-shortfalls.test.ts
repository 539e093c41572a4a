import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, hubFetch, useHubServer } from '../graphql/hub-client';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const CLI = path.join(import.meta.dirname, '../../server/src/cli/report.ts');

async function docx(file: string) {
  const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
  const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '');
  const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))));
  return { paragraphs, tables };
}

describe('季通报: who is late, how many the text names, and no circular without data', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  const b = builders(db);
  const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: db().url } });

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.department('C');
    // T9, due 31 August and never completed: A inspected in time, B after the deadline, C not at all.
    await b.task('T9', { initiator: 'A', cooperators: ['B', 'C'], starts: '2024-07-01', due: '2024-08-31' });
    await b.result({ task: 'T9', subject: 'S1', department: 'A', inspected: '2024-08-10', published: '2024-08-12' });
    await b.result({ task: 'T9', subject: 'S2', department: 'B', inspected: '2024-09-05', published: '2024-09-06' });
    // T8, completed a day late though every participant inspected in time: the initiator's delay.
    await b.task('T8', { initiator: 'B', starts: '2024-07-01', due: '2024-08-31', completed: '2024-09-01' });
    await b.result({ task: 'T8', subject: 'S3', department: 'B', inspected: '2024-08-01', published: '2024-08-02' });
  });

  it('lists every participant of an overdue task and marks the late ones', async () => {
    const out = path.join(await tempDir(), 'a.docx');
    await run(['circular', '--from', '2024-07-01', '--to', '2024-09-30', '--date', '2024-10-20', '--out', out]);
    const { tables, paragraphs } = await docx(out);
    // No --as-of: the cut-off is the 成文日期.
    expect(paragraphs).toContain('本通报统计期间为2024年7月1日至2024年9月30日，数据截至2024年10月20日。');
    const overdue = tables.find((t) => t[1][4] === '其中逾期的部门')!;
    expect(overdue.slice(2)).toEqual([
      ['1', 'T8', 'T8任务', 'B局（发起）', 'B局（未按期完成任务）', '2024-08-31', '2024-09-01'],
      ['2', 'T9', 'T9任务', 'A局（发起）、B局、C局', 'B局（末次检查2024-09-05）、C局（无检查结果）', '2024-08-31', '未完成'],
    ]);
  });

  it('names only as many departments in the text as asked, the rest in the table', async () => {
    const out = path.join(await tempDir(), 'b.docx');
    await run(['circular', '--from', '2024-07-01', '--to', '2024-09-30', '--as-of', '2024-10-20', '--named', '1', '--out', out]);
    const { paragraphs, tables } = await docx(out);
    const text = paragraphs[paragraphs.indexOf('三、未达标情况') + 1];
    expect(text).toMatch(/^3个成员单位共有\d+项（次）指标未达到目标，其中未达标项较多的1个是：[ABC]局（\d+项）；其余2个成员单位及各项的数值、目标与差距详见下表。$/);
    const shortfalls = tables.find((t) => t[1][1] === '未达标的指标')!;
    expect(shortfalls.slice(2).map((r) => r[0]).sort()).toEqual(['A局', 'B局', 'C局']);
  });

  it('refuses a period without tasks or results: on the command line, when drafting, and for a draft\'s file', async () => {
    const out = path.join(await tempDir(), 'c.docx');
    await expect(run(['circular', '--from', '2023-01-01', '--to', '2023-03-31', '--out', out]))
      .rejects.toMatchObject({ stderr: expect.stringContaining('所选期间没有抽查任务或检查结果（2023-01-01 至 2023-03-31），请选择有数据的期间') });
    await expect(run(['statistics', '--from', '2023-01-01', '--to', '2023-03-31', '--out', path.join(path.dirname(out), 'c.xlsx')]))
      .rejects.toMatchObject({ stderr: expect.stringContaining('所选期间没有抽查任务或检查结果') });
    const draft = await gql(url(), 'mutation { createReport(input: { kind: CIRCULAR, from: "2023-01-01", to: "2023-03-31" }) { id } }');
    expect(draft.errors?.map((e) => e.message)).toEqual(['所选期间没有抽查任务或检查结果（2023-01-01 至 2023-03-31），请选择有数据的期间']);
    // A draft made while the period had data, whose data has since gone.
    const made = await gql<{ createReport: { id: string; asOf: string } }>(url(), 'mutation { createReport(input: { kind: CIRCULAR, from: "2024-07-01", to: "2024-09-30", asOf: "2024-10-20" }) { id asOf } }');
    expect(made.data!.createReport.asOf).toBe('2024-10-20');
    await db().pool.query(`delete from inspection; delete from task_cooperator; delete from task`);
    const file = await hubFetch(url(), `/api/reports/${made.data!.createReport.id}/file`);
    expect(file.status).toBe(400);
    expect((await file.json()).message).toBe('所选期间没有抽查任务或检查结果（2024-07-01 至 2024-09-30），请选择有数据的期间');
  });
});
