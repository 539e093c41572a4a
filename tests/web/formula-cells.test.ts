import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { hubWorkbook } from '../../server/src/reports/safe-workbook';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { DEPARTMENTS, SUBJECTS } from '../ingest/fixtures';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';

const NAMES = ['=HYPERLINK("http://x","y")', '=1+1', '+1', '-2', '@SUM(A1)'];

describe('imported text reaches Excel as text, never as a formula', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);

  it('round-trips subject names that look like formulas through the upload and the evidence workbook', async () => {
    const dir = await tempDir();
    const subjects = [SUBJECTS[0], ...NAMES.map((name, i) => [`CP-411422-100${i}`, name, '产品', null, '411422', null, 'SCJGJ'])];
    const form = new FormData();
    for (const [name, table] of [['部门', DEPARTMENTS], ['检查对象', subjects]] as const) {
      const file = await writeCsv(path.join(dir, `${name}.csv`), table as never);
      form.append('files', new Blob([await readFile(file)]), `${name}.csv`);
    }
    const imported = await hubFetch(url(), '/api/import', { method: 'POST', body: form });
    expect((await imported.json()).outcome).toBe('committed');

    const response = await hubFetch(url(), '/api/evidence.xlsx?key=subject_registry_size&from=2024-01-01&to=2024-12-31&part=NUMERATOR');
    expect(response.status).toBe(200);
    const bytes = await response.arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0];
    const cells = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row, n) => n > 2 && cells.set(String(row.getCell(3).value), row.getCell(3)));
    for (const name of NAMES) {
      const cell = cells.get(name);
      expect(cell, name).toBeDefined();
      expect(cell!.type, name).toBe(ExcelJS.ValueType.String);
      expect(cell!.value, name).toBe(name);
      expect(cell!.numFmt, name).toBe('@');
    }
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toContain('<f>');
  });

  it('turns a formula cell that slipped into a workbook back into its text', async () => {
    const workbook = hubWorkbook();
    workbook.addWorksheet('表').addRow([{ formula: '1+1', result: 2 }, '普通文字', 3]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const row = reread.worksheets[0].getRow(1);
    expect([row.getCell(1).type, row.getCell(1).value, row.getCell(1).numFmt]).toEqual([ExcelJS.ValueType.String, '=1+1', '@']);
    expect([row.getCell(2).value, row.getCell(2).numFmt]).toEqual(['普通文字', undefined]);
    expect(row.getCell(3).value).toBe(3);
  });
});
