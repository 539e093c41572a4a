import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type { TableInfo } from './catalog';
import {
  BackupFileError, FORMAT, HEADER_ENTRY, MANIFEST_ENTRY, tableOfEntry, wholeChecksum,
  type BackupHeader, type BackupManifest, type TableManifest,
} from './format';

/** Where the rows of a backup go while it is read; the verification pass has none. */
export interface RowSink {
  /** Called once per table of the header, in order, before its bytes (also for an empty table). */
  beginTable(table: TableInfo): Promise<void>;
  write(data: Buffer): Promise<void>;
  /** The number of rows the sink took, checked against the file's own count. */
  endTable(table: TableInfo): Promise<number | null>;
}

export interface ReadResult {
  header: BackupHeader;
  manifest: BackupManifest;
}

const HEADER_LIMIT = 16 * 1024 * 1024;
const NEWLINE = 0x0a;

async function readSmall(entry: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of entry) {
    size += part.length;
    if (size > HEADER_LIMIT) throw new BackupFileError('备份文件的说明部分过大，不是本系统写出的备份');
    parts.push(part);
  }
  return Buffer.concat(parts);
}

function parseJson<T>(data: Buffer, what: string): T {
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch {
    throw new BackupFileError(`备份文件的${what}已损坏，无法读取`);
  }
}

/** The reading library's and zlib's errors, said for the office. */
function explain(error: unknown): Error {
  if (error instanceof BackupFileError) return error;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(message)) {
    return new BackupFileError('备份文件不完整（可能没有写完，或复制、下载时中断），不能用于恢复');
  }
  if (code === 'Z_DATA_ERROR' || /header check|invalid/i.test(message)) {
    return new BackupFileError('备份文件已损坏或不是本系统的备份文件（无法解压），不能用于恢复');
  }
  if (code === 'ENOENT') return new BackupFileError(`找不到备份文件：${(error as { path?: string }).path ?? ''}`);
  return error instanceof Error ? error : new Error(message);
}

function countRows(data: Buffer): number {
  let rows = 0;
  for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, at + 1)) rows++;
  return rows;
}

/**
 * Reads a backup from start to end, checking its layout, every table's bytes, rows and SHA-256 and
 * the whole checksum against the manifest. With a sink, the rows are handed over as they are read;
 * the caller must discard what the sink took unless this returns (that is what the restore's
 * transaction is for).
 */
export async function readBackup(file: string, sink?: RowSink): Promise<ReadResult> {
  try {
    await stat(file);
  } catch (error) {
    throw explain(error);
  }
  const extract = tar.extract();
  let feedError: unknown = null;
  const feeding = pipeline(createReadStream(file), createGunzip(), extract).catch((error: unknown) => {
    feedError = error;
  });
  let header: BackupHeader | null = null;
  let manifest: BackupManifest | null = null;
  const seen: TableManifest[] = [];
  let position = 0; // the next table of the header to begin
  let current: { table: TableInfo; hash: ReturnType<typeof createHash>; bytes: number; rows: number } | null = null;

  const closeCurrent = async () => {
    if (!current) return;
    const taken = sink ? await sink.endTable(current.table) : null;
    if (taken !== null && taken !== current.rows) {
      throw new BackupFileError(`表 ${current.table.name} 读入 ${taken} 行，与文件中的 ${current.rows} 行不符`);
    }
    seen.push({ name: current.table.name, rows: current.rows, bytes: current.bytes, sha256: current.hash.digest('hex') });
    current = null;
  };
  // Tables with no rows have no chunk: they are begun and closed as the next table's chunks arrive.
  const advanceTo = async (name: string | null) => {
    if (!header) throw new BackupFileError('备份文件缺少开头的说明部分，不是本系统写出的备份');
    if (current && current.table.name === name) return;
    await closeCurrent();
    while (position < header.tables.length) {
      const table = header.tables[position++];
      current = { table, hash: createHash('sha256'), bytes: 0, rows: 0 };
      await sink?.beginTable(table);
      if (table.name === name) return;
      await closeCurrent();
    }
    if (name !== null) throw new BackupFileError(`备份文件中的表 ${name} 不在说明部分所列之中，或顺序错乱`);
  };

  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (manifest) throw new BackupFileError('备份文件在清单之后还有内容，已被改动');
      if (name === HEADER_ENTRY && !header) {
        header = parseJson<BackupHeader>(await readSmall(entry), '说明部分');
        if (header.format !== FORMAT || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
          throw new BackupFileError('这不是本系统写出的备份文件');
        }
        continue;
      }
      if (name === MANIFEST_ENTRY) {
        await advanceTo(null);
        manifest = parseJson<BackupManifest>(await readSmall(entry), '清单');
        continue;
      }
      const table = tableOfEntry(name);
      if (table === null) throw new BackupFileError(`备份文件中有无法识别的内容「${name}」`);
      await advanceTo(table);
      const open = current!;
      for await (const data of entry as AsyncIterable<Buffer>) {
        open.hash.update(data);
        open.bytes += data.length;
        open.rows += countRows(data);
        await sink?.write(data);
      }
    }
    await feeding;
    if (feedError) throw feedError;
  } catch (error) {
    extract.destroy();
    await feeding;
    // Our own finding first; otherwise the stream's first error (zlib's), not the echo it caused.
    throw explain(error instanceof BackupFileError ? error : (feedError ?? error));
  }
  if (!header) throw new BackupFileError('备份文件是空的或缺少说明部分，不能用于恢复');
  if (!manifest) throw new BackupFileError('备份文件不完整：缺少最后的清单（可能没有写完），不能用于恢复');
  checkManifest(header, manifest, seen);
  return { header, manifest };
}

function checkManifest(header: BackupHeader, manifest: BackupManifest, seen: TableManifest[]): void {
  const listed = new Map((manifest.tables ?? []).map((t) => [t.name, t]));
  if (listed.size !== header.tables.length || seen.length !== header.tables.length) {
    throw new BackupFileError('备份文件的清单与其中的表不一致，已被改动或损坏');
  }
  for (const actual of seen) {
    const expected = listed.get(actual.name);
    if (!expected) throw new BackupFileError(`备份文件的清单中没有表 ${actual.name}，已被改动或损坏`);
    if (expected.rows !== actual.rows || expected.bytes !== actual.bytes || expected.sha256 !== actual.sha256) {
      throw new BackupFileError(`表 ${actual.name} 的内容与清单中的校验值不符（清单 ${expected.rows} 行，文件 ${actual.rows} 行），备份文件已被改动或损坏`);
    }
  }
  if (JSON.stringify(manifest.migrations) !== JSON.stringify(header.migrations) || manifest.checksum !== wholeChecksum(header, seen)) {
    throw new BackupFileError('备份文件的总校验值不符，已被改动或损坏');
  }
}
