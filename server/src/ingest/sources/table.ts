import type { KindName } from '../kinds';

/** What a cell can hold once read from CSV (always text) or xlsx (typed cells). */
export type CellValue = string | number | boolean | Date | null;

export interface SourceRow {
  /** Row number as Excel shows it. */
  number: number;
  cells: CellValue[];
}

/** One table of one kind: a CSV file or an xlsx sheet, with its header row already read. */
export interface SourceTable {
  file: string;
  sheet: string | null;
  kind: KindName;
  headers: string[];
  headerRow: number;
  rows: AsyncIterable<SourceRow>;
}
