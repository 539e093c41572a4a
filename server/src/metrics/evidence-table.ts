/**
 * The rows behind a figure as a table: the interchange format's columns (evidence-columns.ts),
 * each row's cells and the link to its record, ordered by key or by any column.
 */
import { evidenceCells, evidenceColumns, evidenceLink, type EvidenceCell, type EvidenceColumn } from './evidence-columns';
import type { KpiPartName } from './evidence';
import { kpiEvidence, KpiQueryError, type KpiFilter, type KpiPeriod, type KpiSetting } from './operations';
import type { Queryable } from '../store/repositories/sql-filter';

/**
 * Sorting by a column other than the key reads every row and sorts them here; a county's
 * quarter is a few thousand rows. A larger set is sorted by key only, or narrowed by a filter.
 */
export const SORT_LIMIT = 10_000;

export interface EvidenceTableRow {
  key: string;
  note: string | null;
  cells: EvidenceCell[];
  link: string | null;
  record: object;
}

export interface EvidenceTable {
  kind: string;
  columns: EvidenceColumn[];
  totalCount: number;
  rows: EvidenceTableRow[];
  nextOffset: number | null;
}

export interface EvidenceSort {
  /** A column's header; null for the key. */
  column: string | null;
  descending: boolean;
}

const compare = (a: EvidenceCell, b: EvidenceCell) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
};

export async function evidenceTable(
  db: Queryable, setting: KpiSetting, key: string, period: KpiPeriod, filter: KpiFilter, part: KpiPartName,
  first: number, offset: number, sort: EvidenceSort = { column: null, descending: false },
): Promise<EvidenceTable> {
  const sorted = sort.column !== null;
  const page = await kpiEvidence(db, setting, key, period, filter, part, sorted ? SORT_LIMIT : first, sorted ? 0 : offset, sort.descending);
  const columns = evidenceColumns(page.kind);
  let rows = page.rows.map((r) => ({
    key: r.key, note: r.note, cells: evidenceCells(page.kind, r.record, r.facts), link: evidenceLink(page.kind, r.record), record: r.record,
  }));
  if (!sorted) return { kind: page.kind, columns, totalCount: page.totalCount, rows, nextOffset: page.nextOffset };
  const index = columns.findIndex((c) => c.header === sort.column);
  if (index < 0) throw new KpiQueryError(`明细没有“${sort.column}”一列，可按 ${columns.map((c) => c.header).join('、')} 排序`);
  if (page.totalCount > SORT_LIMIT) {
    throw new KpiQueryError(`明细共 ${page.totalCount} 条，超过 ${SORT_LIMIT} 条时只能按编号排序，请缩小筛选范围`);
  }
  const sign = sort.descending ? -1 : 1;
  // Empty cells last either way; ties in key order, so that pages never overlap.
  rows = [...rows].sort((a, b) => {
    const [x, y] = [a.cells[index], b.cells[index]];
    if (x === null || y === null) return compare(x, y) || compare(a.key, b.key);
    return sign * compare(x, y) || compare(a.key, b.key);
  });
  const slice = rows.slice(offset, offset + first);
  return {
    kind: page.kind, columns, totalCount: page.totalCount, rows: slice,
    nextOffset: offset + slice.length < page.totalCount ? offset + slice.length : null,
  };
}
