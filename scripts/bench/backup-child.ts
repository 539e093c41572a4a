/**
 * One backup or restore in a process of its own, so that its peak memory is its own:
 *   node --import tsx scripts/bench/backup-child.ts backup|restore <database url> <file>
 * Prints one line of JSON: rows, the largest tables, milliseconds, the file's size and the process's peak resident memory.
 */
import 'reflect-metadata';
import { stat } from 'node:fs/promises';
import { restoreBackup } from '../../server/src/backup/restore-backup';
import { writeBackup } from '../../server/src/backup/write-backup';

const [operation, url, file] = process.argv.slice(2);
const started = performance.now();
const result = operation === 'backup' ? await writeBackup(url, file) : operation === 'restore' ? await restoreBackup(url, file) : null;
if (!result) throw new Error(`unknown operation ${operation}`);
const tables = [...result.manifest.tables].sort((a, b) => b.rows - a.rows);
console.log(JSON.stringify({
  rows: tables.reduce((n, t) => n + t.rows, 0),
  largest: tables.slice(0, 3).map((t) => `${t.name} ${t.rows.toLocaleString('en-US')}`).join('，'),
  milliseconds: performance.now() - started,
  fileBytes: (await stat(file)).size,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
