import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type BatchSource = 'CLI' | 'UPLOAD' | 'DEMO';
export type KindCounts = Record<string, { inserted: number; updated: number; unchanged: number }>;

/** One committed import: which files, when, and what it wrote; records point at the batch that last wrote them. */
@Entity({ tableName: 'import_batch' })
export class ImportBatch {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt!: Date;

  @Property({ type: 'string' })
  source!: BatchSource;

  @Property({ type: 'string[]', fieldName: 'file_names' })
  fileNames!: string[];

  @Property({ type: 'json' })
  counts!: KindCounts;

  @Property({ type: 'integer', fieldName: 'warning_count' })
  warningCount!: number;
}
