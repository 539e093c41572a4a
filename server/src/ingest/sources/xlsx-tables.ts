import ExcelJS from 'exceljs';
import type { CellValue, SourceRow } from './table';

export interface XlsxSheet {
  name: string;
  rows: AsyncIterable<SourceRow>;
}

/** Flattens what exceljs gives for a cell (rich text, formulas, links) to a plain value. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return plain(v.result);
    if (v.text !== undefined) return plain(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

async function* sheetRows(worksheet: ExcelJS.Worksheet): AsyncGenerator<SourceRow> {
  for (let number = 1; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    // row.values is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values.slice(1).map(plain) : [];
    yield { number, cells: values };
  }
}

/**
 * The sheets of a workbook. exceljs's streaming reader races on workbooks whose
 * xl/workbook.xml comes last in the archive (exceljs issue #3064) and may lose shared strings,
 * so the workbook is read whole; very large imports should come as CSV, which streams.
 */
export async function* readXlsxSheets(file: string): AsyncGenerator<XlsxSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const worksheet of workbook.worksheets) yield { name: worksheet.name, rows: sheetRows(worksheet) };
}
