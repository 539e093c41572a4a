import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IssueLog } from '../issues';
import { KINDS, type KindName, type KindSpec } from '../kinds';
import { cellText } from '../cells';
import { readCsvRows } from './csv-table';
import { readHead, sniffRefusal } from './sniff';
import { UnreadableFileError, type SourceRow, type SourceTable } from './table';
import { readXlsxSheets } from './xlsx-tables';
import { INSTRUCTIONS_SHEET } from '../template';

/** A file to import: where it is, and the name the user knows it by (an upload's original name). */
export interface ImportFile {
  path: string;
  name?: string;
}

/** How many leading rows may hold a title or notes before the header row. */
const HEADER_SEARCH_ROWS = 5;

export function normaliseHeader(value: string): string {
  return value.replace(/\s+/g, '').replace(/[*＊]+$/, '').replace(/^[*＊]+/, '');
}

function kindByName(name: string): KindSpec | null {
  const stem = name.replace(/\.[^.]*$/, '').trim();
  const exact = KINDS.find((k) => k.name === stem);
  if (exact) return exact;
  const contained = KINDS.filter((k) => stem.includes(k.name));
  return contained.length === 1 ? contained[0] : null;
}

/** The kind whose headers the row carries: every required column present, most columns matched. */
function kindByHeaders(headers: string[]): KindSpec | null {
  let best: { spec: KindSpec; score: number } | null = null;
  for (const spec of KINDS) {
    const required = spec.columns.filter((c) => c.required).map((c) => c.header);
    if (!required.every((h) => headers.includes(h))) continue;
    const score = spec.columns.filter((c) => headers.includes(c.header)).length;
    if (!best || score > best.score) best = { spec, score };
  }
  return best?.spec ?? null;
}

/**
 * The rows after the header: what is left of the header's batch, then the following batches.
 * Closing it (a loop's break, or a reader that skips the table) closes the file.
 */
function rest(first: SourceRow[], iterator: AsyncIterator<SourceRow[]>): AsyncIterable<SourceRow[]> & AsyncIterator<SourceRow[]> {
  let pending: SourceRow[] | null = first.length ? first : null;
  const rows = {
    [Symbol.asyncIterator]: () => rows,
    async next(): Promise<IteratorResult<SourceRow[]>> {
      if (!pending) return iterator.next();
      const value = pending;
      pending = null;
      return { done: false, value };
    },
    async return(): Promise<IteratorResult<SourceRow[]>> {
      pending = null;
      await iterator.return?.();
      return { done: true, value: undefined };
    },
  };
  return rows;
}

/**
 * Finds the header row and the kind of one table. The kind comes from the file or sheet name
 * (`检查结果.csv`, sheet 检查结果) when it names one, else from the headers.
 */
async function openTable(
  file: string,
  sheet: string | null,
  rows: AsyncIterable<SourceRow[]>,
  issues: IssueLog,
): Promise<SourceTable | null> {
  const iterator = rows[Symbol.asyncIterator]();
  const named = kindByName(sheet ?? file);
  let searched = 0;
  while (searched < HEADER_SEARCH_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    const batch = next.value;
    for (let i = 0; i < batch.length && searched < HEADER_SEARCH_ROWS; i++, searched++) {
      const headers = batch[i].cells.map((cell) => normaliseHeader(cellText(cell)));
      const spec = named ?? kindByHeaders(headers);
      if (!spec) continue;
      // Enough of the kind's headers to know the table: missing required columns are its own error.
      const known = headers.filter((h) => spec.columns.some((c) => c.header === h)).length;
      const complete = spec.columns.every((c) => !c.required || headers.includes(c.header));
      if (complete || known >= 2) {
        return { file, sheet, kind: spec.name, headers, headerRow: batch[i].number, rows: rest(batch.slice(i + 1), iterator) };
      }
    }
  }
  await iterator.return?.();
  const expected = named ? `「${named.name}」的表头` : '任何一类数据的表头';
  issues.add({
    severity: sheet === null || named ? 'error' : 'warning', file, sheet, row: null, column: null, value: null,
    message: `前 ${HEADER_SEARCH_ROWS} 行中未找到${expected}，${sheet === null || named ? '无法导入' : '已跳过该工作表'}。文件名或工作表名应为数据类别（如 检查结果），表头应与导入模板一致`,
  });
  return null;
}

async function expand(files: ImportFile[]): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    if ((await stat(file.path)).isDirectory()) {
      const entries = (await readdir(file.path)).filter((n) => /\.(csv|xlsx)$/i.test(n) && !n.startsWith('~$')).sort();
      out.push(...entries.map((n) => ({ path: path.join(file.path, n) })));
    } else out.push(file);
  }
  return out;
}

/** Records an unreadable file as an error of that file; any other failure is the hub's own and goes on up. */
export function recordUnreadable(error: unknown, file: string, sheet: string | null, issues: IssueLog): void {
  if (!(error instanceof UnreadableFileError)) throw error;
  issues.add({ severity: 'error', file, sheet, row: error.row, column: null, value: null, message: error.message });
}

/**
 * Yields every table of the given files and folders (CSV files, xlsx sheets), one after another.
 * A file whose first bytes show it is not what its name says is refused before it is read.
 */
export async function* discoverTables(files: ImportFile[], issues: IssueLog): AsyncGenerator<SourceTable> {
  for (const file of await expand(files)) {
    const name = file.name ?? path.basename(file.path);
    const refusal = sniffRefusal(name, await readHead(file.path));
    if (refusal) {
      issues.add({ severity: 'error', file: name, sheet: null, row: null, column: null, value: null, message: refusal });
      continue;
    }
    try {
      yield* fileTables(file.path, name, issues);
    } catch (error) {
      recordUnreadable(error, name, null, issues);
    }
  }
}

async function* fileTables(file: string, name: string, issues: IssueLog): AsyncGenerator<SourceTable> {
  if (/\.csv$/i.test(name)) {
    const table = await openTable(name, null, readCsvRows(file), issues);
    if (table) yield table;
  } else if (/\.xlsx$/i.test(name)) {
    let found = false;
    const errorsBefore = issues.errorCount;
    for await (const sheet of readXlsxSheets(file)) {
      if (sheet.name.trim() === INSTRUCTIONS_SHEET) continue;
      const table = await openTable(name, sheet.name.trim(), sheet.rows, issues);
      if (table) {
        found = true;
        yield table;
      }
    }
    if (!found && issues.errorCount === errorsBefore) {
      issues.add({ severity: 'error', file: name, sheet: null, row: null, column: null, value: null, message: '工作簿中没有可导入的工作表' });
    }
  } else {
    issues.add({ severity: 'error', file: name, sheet: null, row: null, column: null, value: null, message: '只能导入 .csv 或 .xlsx 文件（.xls 请在 Excel 中另存为 .xlsx）' });
  }
}

export type { KindName };
