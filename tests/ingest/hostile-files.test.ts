import { open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { truncateAll, useTestDatabase } from '../support/database';
import { tempDir, writeCsv, writeXlsx } from '../support/files';
import { writeXlsxBomb } from '../support/xlsx-bomb';
import { ALL, FIRST_IMPORT_COUNTS } from './fixtures';

/** A file of `bytes` NUL bytes, sparse on disk. */
async function nulFile(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'w');
  await handle.truncate(bytes);
  await handle.close();
  return file;
}

const fileIssues = (report: { errors: { file: string; sheet: string | null; row: number | null; message: string }[] }) =>
  report.errors.map((e) => [e.file, e.sheet, e.row, e.message]);

describe('hostile files', () => {
  const db = useTestDatabase();
  beforeEach(async () => truncateAll(db()));

  async function timedImport(file: string) {
    const started = performance.now();
    const report = await runImport(db().pool, [{ path: file }], { source: 'CLI' });
    return { report, seconds: (performance.now() - started) / 1000 };
  }

  it('refuses a 2.7 MB xlsx bomb from its zip directory within 10 s, with memory under 500 MB', async () => {
    const file = await writeXlsxBomb(path.join(await tempDir(), '部门.xlsx'), 1700);
    expect(Math.round((await stat(file)).size / 1e5) / 10).toBe(2.7);
    const { report, seconds } = await timedImport(file);
    expect(seconds).toBeLessThan(10);
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(500);
    expect(report.outcome).toBe('rejected');
    expect(fileIssues(report)).toEqual([['部门.xlsx', null, null, expect.stringMatching(
      /^工作簿的部件 xl\/worksheets\/sheet1\.xml 压缩了 \d{3,4} 倍（解压后 1,697 MB），真实数据不会这样：疑为“压缩炸弹”，已拒绝。/)]]);
  });

  it('refuses a bomb that declares a small size once it inflates past it', async () => {
    const file = await writeXlsxBomb(path.join(await tempDir(), '部门.xlsx'), 1700, true);
    const { report, seconds } = await timedImport(file);
    expect(seconds).toBeLessThan(10);
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(500);
    expect(fileIssues(report)).toEqual([['部门.xlsx', '部门', null,
      '工作簿的部件 xl/worksheets/sheet1.xml 解压后的大小与它声明的不符：文件已损坏，或是伪装的“压缩炸弹”，已拒绝']]);
  });

  it('refuses a sheet with more rows than Excel has', async () => {
    const file = path.join(await tempDir(), '部门.xlsx');
    await writeXlsx(file, { 部门: ALL['部门'] });
    const zip = await JSZip.loadAsync(await readFile(file));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '<row r="1048577"><c t="inlineStr"><is><t>多余</t></is></c></row></sheetData>'));
    await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { report } = await timedImport(file);
    expect(fileIssues(report)).toEqual([['部门.xlsx', '部门', 4,
      '工作表「部门」超过 1,048,576 行（Excel 的上限）：不是 Excel 保存的工作簿，请拆分或导出为 CSV']]);
  });

  it('refuses 310 MB of NUL bytes named .csv or .xlsx after their first bytes', async () => {
    const dir = await tempDir();
    for (const [name, message] of [
      ['部门.csv', '文件含有二进制内容（如 NUL 字节），不是 CSV 文本文件：请在 Excel 中打开原始数据，另存为 CSV 后导入'],
      ['部门.xlsx', '文件不是有效的 xlsx 工作簿（已损坏，或并非 Excel 文件）：请在 Excel 中打开后另存为 .xlsx'],
    ]) {
      const { report, seconds } = await timedImport(await nulFile(path.join(dir, name), 310 * 1024 * 1024));
      expect(seconds).toBeLessThan(5);
      expect(fileIssues(report)).toEqual([[name, null, null, message]]);
    }
  });

  it('refuses a CSV with a record that never ends', async () => {
    const file = path.join(await tempDir(), '部门.csv');
    await writeFile(file, `${ALL['部门'][0].join(',')}\n"${'甲'.repeat(1_100_000)}\n`);
    const { report } = await timedImport(file);
    expect(fileIssues(report)).toEqual([['部门.csv', null, 2, '第 2 行超过 1,048,576 个字符：文件缺少换行或有未闭合的引号，不像是 CSV 文件']]);
  });

  it('reads what other writers put in a workbook: prefixed elements, rich and phonetic text, inline strings, ISO and 1904 dates', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const inline = (ref: string, text: string) => `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
    const sheet = (rows: string) => `<x:worksheet xmlns:x="${main}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
    const zip = new JSZip();
    zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    zip.file('xl/workbook.xml', `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:workbookPr date1904="1"/><x:sheets>`
      + `<x:sheet name="部门" sheetId="1" r:id="rId1"/><x:sheet name="执法人员" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`);
    zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/a.xml"/>`
      + `<Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/b.xml"/>`
      + `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`
      + `<Relationship Id="rId4" Type="${rel}/styles" Target="styles.xml"/></Relationships>`);
    zip.file('xl/styles.xml', `<x:styleSheet xmlns:x="${main}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts>`
      + `<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>`);
    zip.file('xl/sharedStrings.xml', `<x:sst xmlns:x="${main}">${ALL['部门'][0].map((h) => `<x:si><x:t>${h}</x:t></x:si>`).join('')}`
      + `<x:si><x:r><x:t>县市场</x:t></x:r><x:r><x:rPr/><x:t>监督管理局</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ケン</x:t></x:rPh></x:si></x:sst>`);
    zip.file('xl/worksheets/a.xml', sheet(
      `<x:row r="1">${[0, 1, 2, 3, 4].map((i) => `<x:c r="${'ABCDE'[i]}1" t="s"><x:v>${i}</x:v></x:c>`).join('')}</x:row>`
      + `<x:row r="2">${inline('A2', 'SCJGJ')}<x:c r="B2" t="s"><x:v>5</x:v></x:c><x:c r="C2"><x:v>411422</x:v></x:c><x:c r="D2"><x:v>50</x:v></x:c>`
      + `<x:c r="E2" t="b"><x:v>1</x:v></x:c></x:row>`
      // No row 3; row 4's cells carry no references and follow one another from column A.
      + `<x:row r="4"><x:c t="str"><x:f>"SWJ"</x:f><x:v>SWJ</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>县</x:t></x:r><x:r><x:t>税务局</x:t></x:r></x:is></x:c>`
      + `<x:c t="inlineStr"><x:is><x:t>411422</x:t></x:is></x:c><x:c><x:v>20</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>`));
    zip.file('xl/worksheets/b.xml', sheet(
      `<x:row r="1">${ALL['执法人员'][0].slice(0, 4).map((h, i) => inline(`${'ABCD'[i]}1`, String(h))).join('')}</x:row>`
      + `<x:row r="2">${inline('A2', '41142201001')}${inline('B2', '张明')}${inline('C2', 'SCJGJ')}<x:c r="D2" s="1"><x:v>45290</x:v></x:c></x:row>`
      + `<x:row r="3">${inline('A3', '41142202001')}${inline('B3', '李华')}${inline('C3', 'SWJ')}<x:c r="D3" t="d"><x:v>2024-06-30T00:00:00</x:v></x:c></x:row>`));
    const file = path.join(await tempDir(), '其他软件.xlsx');
    await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { report } = await timedImport(file);
    expect([report.outcome, report.errors]).toEqual(['committed', []]);
    const departments = await db().pool.query(`select code, name, region_code, qualified_staff, is_member from department order by code`);
    expect(departments.rows).toEqual([
      { code: 'SCJGJ', name: '县市场监督管理局', region_code: '411422', qualified_staff: 50, is_member: true },
      { code: 'SWJ', name: '县税务局', region_code: '411422', qualified_staff: 20, is_member: false },
    ]);
    const inspectors = await db().pool.query(`select certificate_no, name, certificate_expires_on::text as expires from inspector order by 1`);
    expect(inspectors.rows).toEqual([
      { certificate_no: '41142201001', name: '张明', expires: '2027-12-31' },
      { certificate_no: '41142202001', name: '李华', expires: '2024-06-30' },
    ]);
  });

  it('reads a workbook whose workbook.xml comes last in the archive (exceljs issue #3064)', async () => {
    const file = path.join(await tempDir(), '睢县数据.xlsx');
    await writeXlsx(file, ALL);
    const original = await JSZip.loadAsync(await readFile(file));
    const names = Object.keys(original.files).filter((n) => !original.files[n].dir);
    const reordered = new JSZip();
    for (const name of [...names.filter((n) => n !== 'xl/workbook.xml'), 'xl/workbook.xml']) {
      reordered.file(name, await original.file(name)!.async('uint8array'));
    }
    await writeFile(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { report } = await timedImport(file);
    expect([report.outcome, report.errors, report.counts]).toEqual(['committed', [], FIRST_IMPORT_COUNTS]);
  });
});
