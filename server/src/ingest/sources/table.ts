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
  /** The rows after the header, a batch at a time (what one chunk of the file held): one await per batch, not per row. */
  rows: AsyncIterable<SourceRow[]>;
}

/**
 * A file that cannot be read as what its name says (garbage, a bomb, a record without end). The
 * message is Chinese and read by the user; the import reports it as an error of that file.
 */
export class UnreadableFileError extends Error {
  constructor(message: string, readonly row: number | null = null) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
