import { createHash } from 'node:crypto';
import type { TableInfo } from './catalog';

/**
 * A backup is a gzip-compressed tar:
 *   backup.json                   header: format, hub version, migration level, the tables and their columns
 *   tables/<table>/<n>.copy       the table's rows as COPY text, ordered by primary key, in chunks of CHUNK_BYTES
 *   manifest.json                 written last: rows and SHA-256 per table, and one checksum of the whole
 * Chunks keep memory flat (tar needs each entry's size before its bytes); the header comes first so
 * that a restore can prepare the schema before the rows arrive.
 */
export const FORMAT = 'shuang-sui-ji-hub-backup';
export const FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'backup.json';
export const MANIFEST_ENTRY = 'manifest.json';
export const CHUNK_BYTES = 4 * 1024 * 1024;

export interface BackupHeader {
  format: typeof FORMAT;
  formatVersion: number;
  hubVersion: string;
  createdAt: string;
  /** Names in mikro_orm_migrations, in the order they ran. */
  migrations: string[];
  tables: TableInfo[];
}

export interface TableManifest {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof FORMAT;
  formatVersion: number;
  hubVersion: string;
  createdAt: string;
  migrations: string[];
  tables: TableManifest[];
  /** SHA-256 over the header and every table's line: any change anywhere changes it. */
  checksum: string;
}

export function chunkEntryName(table: string, index: number): string {
  return `tables/${table}/${String(index).padStart(6, '0')}.copy`;
}

export function tableOfEntry(name: string): string | null {
  const match = /^tables\/([^/]+)\/\d{6}\.copy$/.exec(name);
  return match ? match[1] : null;
}

export function wholeChecksum(header: BackupHeader, tables: TableManifest[]): string {
  const hash = createHash('sha256').update(JSON.stringify(header));
  for (const t of tables) hash.update(`\n${t.name}\t${t.rows}\t${t.bytes}\t${t.sha256}`);
  return hash.digest('hex');
}

/** A backup the restore refuses; the message is for the office. */
export class BackupFileError extends Error {}
