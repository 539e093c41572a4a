import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import tar from 'tar-stream';
import { HUB_VERSION } from '../version';
import { copyOutSql, listTables, migrationLevel, SESSION_SETTINGS } from './catalog';
import {
  CHUNK_BYTES, chunkEntryName, FORMAT, FORMAT_VERSION, HEADER_ENTRY, MANIFEST_ENTRY, wholeChecksum,
  type BackupHeader, type BackupManifest, type TableManifest,
} from './format';

export interface BackupResult {
  file: string;
  fileBytes: number;
  manifest: BackupManifest;
  milliseconds: number;
}

export interface BackupOptions {
  /** Called once the snapshot is fixed and before any row is read (tests commit a concurrent import here). */
  onSnapshot?: () => Promise<void>;
}

function addEntry(pack: tar.Pack, name: string, data: Buffer, failed: Promise<never>): Promise<void> {
  // The callback fires once the packer took the bytes: waiting for it is the backpressure. A failed
  // write (a full disk) ends the wait too.
  return Promise.race([
    failed,
    new Promise<void>((resolve, reject) => {
      pack.entry({ name, size: data.length, mtime: new Date(0) }, data, (error) => (error ? reject(error) : resolve()));
    }),
  ]);
}

/** Streams one table's COPY output into chunk entries; memory holds at most one chunk. */
async function packTable(client: pg.Client, pack: tar.Pack, table: BackupHeader['tables'][number], failed: Promise<never>): Promise<TableManifest> {
  const stream = client.query(copyTo(copyOutSql(table)));
  const hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  let index = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await addEntry(pack, chunkEntryName(table.name, ++index), chunk, failed);
  };
  for await (const data of stream as AsyncIterable<Buffer>) {
    hash.update(data);
    bytes += data.length;
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  return { name: table.name, rows: stream.rowCount, bytes, sha256: hash.digest('hex') };
}

/**
 * Writes one consistent snapshot of every table of the public schema to `outFile` while the hub
 * keeps working: one REPEATABLE READ READ ONLY transaction, rows streamed by COPY into a gzip'd tar.
 * The file appears under its name only when complete.
 */
export async function writeBackup(ownerUrl: string, outFile: string, options: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  const file = path.resolve(outFile);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'hub-backup' });
  await client.connect();
  const pack = tar.pack();
  // Readable by the hub's own user only: the file holds accounts' password hashes and the audit trail.
  const written = pipeline(pack, createGzip({ level: 6 }), createWriteStream(partial, { mode: 0o600 }));
  const failed = written.then(() => new Promise<never>(() => {}));
  failed.catch(() => {});
  try {
    await client.query('begin isolation level repeatable read read only');
    for (const sql of SESSION_SETTINGS) await client.query(sql);
    // The first query fixes the snapshot: everything below sees the database as of this instant.
    const migrations = await migrationLevel(client);
    await options.onSnapshot?.();
    const tables = await listTables(client);
    const createdAt = new Date().toISOString();
    const header: BackupHeader = { format: FORMAT, formatVersion: FORMAT_VERSION, hubVersion: HUB_VERSION, createdAt, migrations, tables };
    await addEntry(pack, HEADER_ENTRY, Buffer.from(JSON.stringify(header, null, 2)), failed);
    const manifests: TableManifest[] = [];
    for (const table of tables) manifests.push(await packTable(client, pack, table, failed));
    await client.query('commit');
    const manifest: BackupManifest = {
      format: FORMAT, formatVersion: FORMAT_VERSION, hubVersion: HUB_VERSION, createdAt, migrations,
      tables: manifests, checksum: wholeChecksum(header, manifests),
    };
    await addEntry(pack, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)), failed);
    pack.finalize();
    await written;
    await rename(partial, file);
    return { file, fileBytes: (await stat(file)).size, manifest, milliseconds: Date.now() - started };
  } catch (error) {
    pack.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
