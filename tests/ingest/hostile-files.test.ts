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
