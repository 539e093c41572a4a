/**
 * Where uploads wait for their import: one folder per running hub under os.tmpdir()/hub-uploads,
 * named by its process id, so that a hub starting after a crash can tell left-overs (folders of
 * processes that are gone) from the uploads of another hub running on the same machine. Each
 * upload's first bytes are looked at as they arrive: a file that is not what its name says is
 * refused then, and the rest of it is never written to disk.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type express from 'express';
import type multer from 'multer';
import { SNIFF_BYTES, sniffRefusal } from '../ingest/sources/sniff';

export const UPLOADS_ROOT = path.join(os.tmpdir(), 'hub-uploads');
/** Files directly in the root come from hubs before per-process folders; one still uploading is recent. */
const LEGACY_AGE_MS = 60 * 60 * 1000;
const ownFolders = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what crashed hubs left in the uploads folder; returns the names removed. */
export function sweepLeftOverUploads(root = UPLOADS_ROOT, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      const owner = Number(/^(\d+)-/.exec(entry.name)?.[1]);
      // Our own pid on a folder we did not make: a crashed hub that had the same pid (containers reuse them).
      if (ownFolders.has(full) || (Number.isInteger(owner) && owner !== process.pid && alive(owner))) continue;
    } else {
      try {
        if (now - statSync(full).mtimeMs < LEGACY_AGE_MS) continue;
      } catch {
        continue;
      }
    }
    rmSync(full, { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/** This hub's own uploads folder, made after sweeping the left-overs of crashed ones. */
export function uploadFolder(): string {
  mkdirSync(UPLOADS_ROOT, { recursive: true });
  const removed = sweepLeftOverUploads();
  if (removed.length) console.log(`已清理上次异常退出留下的上传临时文件：${removed.length} 项`);
  const dir = path.join(UPLOADS_ROOT, `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  ownFolders.add(dir);
  return dir;
}

/** A file refused from its first bytes; the message names it, in Chinese. */
export class RefusedUploadError extends Error {
  readonly code = 'HUB_REFUSED_UPLOAD';
}

/** multer reads the name as Latin-1; browsers send UTF-8, so a Chinese name needs re-reading. */
export function originalName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}

/** A multer storage that writes to `dir`, after checking the first SNIFF_BYTES of each file. */
export class SniffingStorage implements multer.StorageEngine {
  constructor(private readonly dir: string) {}

  _handleFile(_req: express.Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const filename = randomBytes(16).toString('hex');
    const target = path.join(this.dir, filename);
    const out = createWriteStream(target);
    const source = file.stream;
    let head: Buffer[] | null = [];
    let headBytes = 0;
    let size = 0;
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      if (error) {
        out.destroy();
        unlink(target).catch(() => undefined);
        callback(error);
      } else callback(null, { destination: this.dir, filename, path: target, size });
    };
    /** False when the head shows the file is not what its name says. */
    const passHead = (): boolean => {
      const bytes = Buffer.concat(head!);
      head = null;
      const name = originalName(file.originalname);
      const refusal = sniffRefusal(name, bytes);
      if (refusal) {
        // The rest of this file is read and dropped (multer then drains the request), never stored.
        source.off('data', onData);
        source.resume();
        finish(new RefusedUploadError(`「${name}」${refusal}`));
        return false;
      }
      out.write(bytes);
      return true;
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (head) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < SNIFF_BYTES || !passHead()) return;
      } else if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => source.resume());
      }
    };
    source.on('data', onData);
    source.on('end', () => {
      if (finished || (head && !passHead())) return;
      out.end(() => finish());
    });
    source.on('error', finish);
    out.on('error', finish);
  }

  _removeFile(_req: express.Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    unlink(file.path).then(() => callback(null), () => callback(null));
  }
}
