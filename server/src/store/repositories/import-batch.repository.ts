import type { BatchSource, KindCounts } from '../entities/import-batch.entity';
import { fetchAll, fetchPage, type ListShape, type Page, type PageRequest } from './page';
import { SqlFilter, type Queryable } from './sql-filter';

export interface ImportBatchRecord {
  id: number;
  createdAt: Date;
  source: BatchSource;
  fileNames: string[];
  counts: KindCounts;
  warningCount: number;
  /** The account (or, from the command line, the system user) that sent the rows. */
  username: string | null;
  userName: string | null;
}

const SHAPE: ListShape<ImportBatchRecord> = {
  select: `b.id, b.created_at as "createdAt", b.source, b.file_names as "fileNames", b.counts, b.warning_count as "warningCount",
    b.username, b.user_name as "userName"`,
  from: 'import_batch b',
  keyColumns: ['b.id'],
  // serial ids: more digits would overflow the integer column
  keyChecks: [(value) => /^\d{1,9}$/.test(value)],
  keyOf: (row) => [String(row.id)],
};

export function listImportBatches(db: Queryable, page: PageRequest): Promise<Page<ImportBatchRecord>> {
  return fetchPage(db, SHAPE, new SqlFilter(), page);
}

export async function findImportBatch(db: Queryable, id: number): Promise<ImportBatchRecord | null> {
  const w = new SqlFilter();
  const [row] = await fetchAll(db, SHAPE, w.where(`b.id = ${w.param(id)}`));
  return row ?? null;
}
