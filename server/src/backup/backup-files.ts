import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Scheduled and pre-restore backups are named by local time, so that name order is time order. */
const NAME = /^(hub-backup|before-restore)-(\d{8})-(\d{6})\.tar\.gz$/;

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

export function backupFileName(date: Date, kind: 'hub-backup' | 'before-restore' = 'hub-backup'): string {
  return `${kind}-${stamp(date)}.tar.gz`;
}

export interface BackupFile {
  file: string;
  bytes: number;
  modifiedAt: Date;
}

/** The hub's backups in `dir`, newest first (a folder that does not exist yet has none). */
export async function listBackups(dir: string, kind: 'hub-backup' | 'before-restore' = 'hub-backup'): Promise<BackupFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ours = names.filter((name) => NAME.exec(name)?.[1] === kind).sort().reverse();
  return Promise.all(ours.map(async (name) => {
    const info = await stat(path.join(dir, name));
    return { file: path.join(dir, name), bytes: info.size, modifiedAt: info.mtime };
  }));
}

/** Deletes all but the newest `keep` scheduled backups; returns the deleted files. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const old = (await listBackups(dir)).slice(keep).map((b) => b.file);
  for (const file of old) await rm(file, { force: true });
  return old;
}
