import { openAsBlob } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { ALL, DEPARTMENTS } from '../ingest/fixtures';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';

describe('upload to /api/import', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);

  async function post(files: string[], dryRun: boolean) {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([await readFile(file)]), path.basename(file));
    const response = await hubFetch(url(), `/api/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form });
    return { status: response.status, body: await response.json() };
  }
  const batches = async () => Number((await db().pool.query('select count(*) from import_batch')).rows[0].count);
  const departments = async () => Number((await db().pool.query('select count(*) from department')).rows[0].count);

  it('answers a file with a bad row with that row, by its Chinese file name, and writes nothing', async () => {
    const dir = await tempDir();
    const bad = await writeCsv(path.join(dir, '部门名单.csv'), [...DEPARTMENTS, ['GAJ', '县公安局', '4114', 8, '是']], 'gb18030');
    for (const dryRun of [true, false]) {
      const { status, body } = await post([bad], dryRun);
      expect(status).toBe(200);
      expect(body.outcome).toBe('rejected');
      expect(body.errors).toEqual([expect.objectContaining({ file: '部门名单.csv', row: 5, column: '行政区划代码', value: '4114' })]);
    }
    expect(await batches()).toBe(0);
    expect(await departments()).toBe(0);
  });

  it('counts in a dry run without writing, then imports', async () => {
    const dir = await tempDir();
    const files = await Promise.all(Object.entries(ALL).map(([name, table]) => writeCsv(path.join(dir, `${name}.csv`), table)));
    const dry = await post(files, true);
    expect(dry.body.outcome).toBe('validated');
    expect(dry.body.counts.find((c: { kind: string }) => c.kind === '部门')).toEqual({ kind: '部门', inserted: 3, updated: 0, unchanged: 0 });
    expect(await departments()).toBe(0);
    const real = await post(files, false);
    expect(real.body.outcome).toBe('committed');
    expect(await departments()).toBe(3);
    expect((await db().pool.query(`select source from import_batch`)).rows).toEqual([{ source: 'UPLOAD' }]);
  });

  it('answers 150,000 bad rows with the first 1,000 errors, their groups and their total, and writes nothing', async () => {
    const dir = await tempDir();
    // Every row has a 4-digit region code; every tenth also a staff count in words.
    const rows = Array.from({ length: 150_000 }, (_, i) => [`D${i}`, `部门${i}`, '4114', i % 10 === 0 ? '八' : 8, '是']);
    const file = await writeCsv(path.join(dir, '部门.csv'), [DEPARTMENTS[0], ...rows]);
    const stored = await departments();
    const { status, body } = await post([file], false);
    expect(status).toBe(200);
    expect(body.outcome).toBe('rejected');
    expect([body.errorCount, body.warningCount, body.truncated, body.errors.length]).toEqual([165_000, 0, true, 1000]);
    expect(body.errorGroups).toEqual([
      { column: '行政区划代码', message: '应为 6 位数字的行政区划代码', count: 150_000 },
      { column: '持证执法人员数', message: '应为整数', count: 15_000 },
    ]);
    expect(body.errors.slice(0, 3).map((e: { row: number; column: string; value: string }) => [e.row, e.column, e.value])).toEqual([
      [2, '行政区划代码', '4114'], [2, '持证执法人员数', '八'], [3, '行政区划代码', '4114'],
    ]);
    // 1,000 errors: rows 2 to 910 have 909 region errors and 91 staff errors (rows 2, 12, …, 902).
    expect(body.errors.at(-1)).toMatchObject({ row: 910, column: '行政区划代码' });
    expect(await departments()).toBe(stored);
  });

  it('refuses 310 MB of NUL bytes named .csv from their first bytes, naming the file', async () => {
    const file = path.join(await tempDir(), '检查结果.csv');
    const handle = await open(file, 'w');
    await handle.truncate(310 * 1024 * 1024); // sparse: NUL bytes that take no disk
    await handle.close();
    const form = new FormData();
    form.append('files', await openAsBlob(file), '检查结果.csv');
    const started = performance.now();
    const response = await hubFetch(url(), '/api/import', { method: 'POST', body: form });
    expect([response.status, await response.json()]).toEqual([400, {
      message: '「检查结果.csv」文件含有二进制内容（如 NUL 字节），不是 CSV 文本文件：请在 Excel 中打开原始数据，另存为 CSV 后导入',
    }]);
    // Generous: the body still crosses the wire, but nothing is stored or scanned.
    expect((performance.now() - started) / 1000).toBeLessThan(30);
  });

  it('asks for a file when none is sent', async () => {
    const { status, body } = await post([], true);
    expect(status).toBe(400);
    expect(body.message).toBe('请选择要导入的 CSV 或 xlsx 文件');
  });

  it('hands out the import template', async () => {
    const response = await hubFetch(url(), `/api/template.xlsx`);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['部门', '检查结果']));
  });
});
