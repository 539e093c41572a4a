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

async function* sheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SourceRow> {
  for await (const row of worksheet) {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as unknown[]).slice(1).map(plain);
    yield { number: row.number, cells: values };
  }
}

/** Streams the sheets of a workbook one after another, without loading the workbook whole. */
export async function* readXlsxSheets(file: string): AsyncGenerator<XlsxSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    yield { name: ws.name, rows: sheetRows(ws) };
  }
}
