import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Table = (string | number | Date | null)[][];

export async function tempDir(prefix = 'hub-files-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

function csvCell(value: string | number | Date | null): string {
  const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a CSV as Chinese Excel would: CRLF lines, in UTF-8 (with or without BOM) or GB18030. */
export async function writeCsv(file: string, rows: Table, encoding: 'utf8' | 'utf8-bom' | 'gb18030' = 'utf8'): Promise<string> {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const bytes =
    encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from((encoding === 'utf8-bom' ? '\ufeff' : '') + text, 'utf8');
  await writeFile(file, bytes);
  return file;
}

/** Writes a workbook with one sheet per entry; Date values become Excel date cells. */
export async function writeXlsx(file: string, sheets: Record<string, Table>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}
