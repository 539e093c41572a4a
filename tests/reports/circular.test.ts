import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentKpis } from '../../server/src/metrics/operations';
import { gatherCircularData } from '../../server/src/reports/circular-data';
import { fillTemplate, TemplateError } from '../../server/src/reports/narrative';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const PERIOD = { from: '2024-07-01', to: '2024-09-30', asOf: '2024-11-15' };
const CLI = path.join(import.meta.dirname, '../../server/src/cli/report.ts');

/** The paragraphs' text and the tables' cell texts of a .docx. */
async function readDocx(file: string) {
  const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
  const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))));
  // The same with each line break as "\n": section 三 puts a department's shortfalls a line apiece.
  const lined = [...xml.replace(/<w:br\/>/g, '\n').matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))));
  return { xml, paragraphs, tables, lined };
}

describe('季通报', () => {
  const db = useTestDatabase();
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A', { staff: 1 });
    await b.department('B', { staff: 1 });
    await b.inspector('C1', 'A', '2030-12-31');
    await b.inspector('C2', 'B', '2030-12-31');
    // Q2: one task of A alone. Q3: T1 A alone (credit-tiered), T2 A with B, T3 B with A (overdue).
    await b.task('T0', { initiator: 'A', starts: '2024-05-01', due: '2024-06-30', completed: '2024-06-01' });
    await b.task('T1', { initiator: 'A', tiered: true, starts: '2024-07-02', due: '2024-08-31', completed: '2024-08-20' });
    await b.task('T2', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05', due: '2024-09-30', completed: '2024-09-01' });
    await b.task('T3', { initiator: 'B', cooperators: ['A'], starts: '2024-08-01', due: '2024-09-15' });
    await b.result({ task: 'T1', subject: 'S1', inspected: '2024-07-10', published: '2024-07-12' });
    await b.result({ task: 'T2', subject: 'S2', department: 'B', inspected: '2024-08-01', published: '2024-10-31', categories: ['ORDERED_TO_CORRECT'] });
  });

  it('fills the office\'s narrative with the figures and their changes, and refuses an unknown placeholder', async () => {
    const data = await gatherCircularData(db().pool, await b.setting(), 'circular', PERIOD);
    expect(fillTemplate(['{{期间}}共有任务{{分母:部门联合抽查占比}}个，联合{{分子:部门联合抽查占比}}个，占{{数值:部门联合抽查占比}}，'
      + '环比{{环比:部门联合抽查占比}}；超期{{分子:超期任务数}}个，{{目标:超期任务数}}。'], data)).toEqual([
      // Q2 had one task, not joint: 0% → 66.7%.
      '2024年第三季度共有任务3个，联合2个，占66.7%，环比提高66.7个百分点；超期1个，目标为不超过0。',
    ]);
    expect(() => fillTemplate(['{{数值:联合抽查率}}'], data)).toThrow(TemplateError);
    expect(() => fillTemplate(['{{数值:联合抽查率}}'], data)).toThrow('模板中有无法识别的占位符：{{数值:联合抽查率}}');
  });

  it('as .docx: names exactly the departments that missed a target, with attachments listing the rows', async () => {
    const out = path.join(await tempDir(), '季通报.docx');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI,
      'circular', '--from', PERIOD.from, '--to', PERIOD.to, '--as-of', PERIOD.asOf, '--number', '睢双随机办〔2024〕3号', '--date', '2024-11-20', '--out', out],
    { env: { ...process.env, DATABASE_URL: db().url } });
    expect(stdout).toContain('关于2024年第三季度“双随机、一公开”监管工作情况的通报');
    const xml = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    // The text's paragraphs, not the tables' cells.
    const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    const section = (from: string, to: string) => paragraphs.slice(paragraphs.indexOf(from) + 1, paragraphs.indexOf(to));

    // The cut-off in the text, and heading every table (repeated with its header on each page).
    expect(paragraphs).toContain('本通报统计期间为2024年7月1日至2024年9月30日，数据截至2024年11月15日。');
    const { tables, lined } = await readDocx(out);
    expect(tables.map((t) => t[0])).toEqual(Array(4).fill(['数据截至2024年11月15日']));
    // Section 三: the worst named in the text (most targets missed first), every shortfall in the table.
    expect(section('三、未达标情况', '四、下一步工作要求')).toEqual(['2个成员单位共有5项（次）指标未达到目标，分别是：'
      + 'B局（3项）、A局（2项）。各项的数值、目标与差距详见下表。']);
    // B published its result 63 days after its deadline of 08-29: 按时公示率 0.0%, 100 points short.
    // One row per department, a line per target it missed.
    expect(lined[1].slice(1)).toEqual([
      ['成员单位', '未达标的指标', '数值', '目标', '差距'],
      ['B局', '信用风险分类抽查任务占比\n按时公示率\n超期任务数', '0.0%\n0.0%\n1', '高于80.0%\n不低于100.0%\n不超过0', '80.0个百分点\n100.0个百分点\n超出1'],
      ['A局', '信用风险分类抽查任务占比\n超期任务数', '33.3%\n1', '高于80.0%\n不超过0', '46.7个百分点\n超出1'],
    ]);
    const departments = await departmentKpis(db().pool, await b.setting(), PERIOD);
    expect(tables[1].slice(2).map((r) => r[0]).sort()).toEqual(departments.filter((d) => d.kpis.some((k) => k.met === false)).map((d) => d.name).sort());
    // 附件1: every participant of the overdue task; neither had a result in it. 附件2: the 状态 as of the cut-off.
    expect(tables[2].slice(1)).toEqual([
      ['序号', '任务编号', '任务名称', '参与部门', '其中逾期的部门', '截止日期', '完成日期'],
      ['1', 'T3', 'T3任务', 'B局（发起）、A局', 'B局（无检查结果）、A局（无检查结果）', '2024-09-15', '未完成'],
    ]);
    expect(tables[3].slice(1)).toEqual([
      ['序号', '检查对象', '任务编号', '检查部门', '检查日期', '公示期限', '公示日期', '状态'],
      ['1', 'S2名称', 'T2', 'B局', '2024-08-01', '2024-08-29', '2024-10-31', '逾期'],
    ]);
    expect(paragraphs).toContain('睢双随机办〔2024〕3号');
    expect(paragraphs).toContain('附件：1. 超期任务清单（1个）');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('T3任务');
    // The trend and the ranking, rendered on the server, travel inside the document as PNG.
    const zip = await JSZip.loadAsync(await readFile(out));
    const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(images).toHaveLength(2);
    for (const image of images) expect((await zip.file(image)!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
    expect(paragraphs).toContain('图1　近12个月部门联合抽查与信用风险分类抽查占比');
    // The title breaks after “双随机、一公开”; the office signs above the date; pages are numbered “— N —”.
    expect(xml).toContain('关于2024年第三季度“双随机、一公开”</w:t></w:r><w:r>');
    expect(paragraphs.slice(paragraphs.indexOf('附件：1. 超期任务清单（1个）'))).toEqual(expect.arrayContaining(['“双随机、一公开”监管工作联席会议办公室', '2024年11月20日']));
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    // Odd and even page numbers for the text and again for the attachments, which turn the page for their wide tables.
    expect(footers).toHaveLength(4);
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(1);
    for (const footer of footers) expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —/);
  });

  it('states in its league table each member department\'s figures as counted by hand', async () => {
    const out = path.join(await tempDir(), '季通报.docx');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, 'circular', '--from', PERIOD.from, '--to', PERIOD.to,
      '--as-of', PERIOD.asOf, '--out', out], { env: { ...process.env, DATABASE_URL: db().url } });
    const [withNote] = (await readDocx(out)).tables;
    const league = withNote.slice(1);
    expect(league[0]).toEqual(['名次', '成员单位', '单独任务', '牵头联合', '参与联合', '信用分类占比', '检查户次', '公示率', '按时公示率', '超期任务', '名录库户数', '入库率']);
    const rows = new Map(league.slice(1).map((r) => [r[1], r.slice(2)]));
    // A: T1 alone (tiered), leads T2, joins T3 → 1/3 tiered; S1 inspected and published in time; T3 overdue.
    expect(rows.get('A局')).toEqual(['1', '1', '1', '33.3%', '1', '100.0%', '100.0%', '1', '0', '100.0%']);
    // B: leads T3, joins T2, none tiered; S2 published 63 days late; T3 overdue.
    expect(rows.get('B局')).toEqual(['0', '1', '1', '0.0%', '1', '100.0%', '0.0%', '1', '0', '100.0%']);
    const ranks = (await departmentKpis(db().pool, await b.setting(), PERIOD)).map((d) => [String(d.rank), d.name]);
    expect(league.slice(1).map((r) => [r[0], r[1]])).toEqual(ranks);
  });

  it('for one member department: its own figures, its own shortfalls and rows, and its place among all', async () => {
    const out = path.join(await tempDir(), 'A局季通报.docx');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, 'circular', '--from', PERIOD.from, '--to', PERIOD.to,
      '--as-of', PERIOD.asOf, '--department', 'A', '--out', out], { env: { ...process.env, DATABASE_URL: db().url } });
    expect(stdout).toContain('关于2024年第三季度A局“双随机、一公开”监管工作情况的通报');
    const { paragraphs, tables, lined } = await readDocx(out);
    expect(paragraphs).toContain('A局：');
    expect(paragraphs).toContain('本通报统计期间为2024年7月1日至2024年9月30日，数据截至2024年11月15日。');
    // A took part in T1, T2 and T3, two of them joint; Q2 it had T0 alone.
    expect(paragraphs.find((p) => p.startsWith('2024年第三季度，A局共开展'))).toContain(
      '2024年第三季度，A局共开展“双随机、一公开”抽查任务3个，其中部门联合抽查任务2个，占66.7%（环比提高66.7个百分点，同比无可比数据）');
    const rectification = paragraphs.slice(paragraphs.indexOf('三、未达标情况') + 1, paragraphs.indexOf('四、下一步工作要求'));
    expect(rectification[0]).toBe('A局有2项指标未达到目标：信用风险分类抽查任务占比、超期任务数，详见下表。');
    expect(lined[1].slice(2)).toEqual([['A局', '信用风险分类抽查任务占比\n超期任务数', '33.3%\n1', '高于80.0%\n不超过0', '46.7个百分点\n超出1']]);
    // The league still lists both departments; the attachments list A's rows only: T3, and no late
    // result, so that attachment is left out rather than sent empty.
    expect(tables[0].slice(2).map((r) => r[1]).sort()).toEqual(['A局', 'B局']);
    expect(tables[2].slice(2).map((r) => r.slice(1))).toEqual([['T3', 'T3任务', 'B局（发起）、A局', 'B局（无检查结果）、A局（无检查结果）', '2024-09-15', '未完成']]);
    expect(tables).toHaveLength(3);
    expect(paragraphs.filter((p) => p.startsWith('附件'))).toEqual(['附件：1. 超期任务清单（1个）', '附件1']);
  });

  it('refuses a department that does not exist and a statistics table for one department', async () => {
    const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args],
      { env: { ...process.env, DATABASE_URL: db().url } });
    const dir = await tempDir();
    await expect(run(['circular', '--from', PERIOD.from, '--to', PERIOD.to, '--department', 'Z', '--out', path.join(dir, 'a.docx')]))
      .rejects.toMatchObject({ stderr: expect.stringContaining('部门代码 Z 不存在') });
    await expect(run(['statistics', '--from', PERIOD.from, '--to', PERIOD.to, '--department', 'A', '--out', path.join(dir, 'a.xlsx')]))
      .rejects.toMatchObject({ stderr: expect.stringContaining('统计表按成员单位逐行列出全部部门') });
  });
});
