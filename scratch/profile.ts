import 'reflect-metadata';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { connectDatabase } from '../server/src/database/database';
import { runImport } from '../server/src/ingest/run-import';
const env = Object.fromEntries(readFileSync('/tmp/import13-pg/urls.env', 'utf8').trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
const orig = pg.Client.prototype.query as any;
let mark = performance.now();
(pg.Client.prototype as any).query = function (this: any, ...args: any[]) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text ?? '';
  const started = performance.now();
  const gap = started - mark;
  const r = orig.apply(this, args);
  if (r && typeof r.then === 'function') {
    r.then(() => { const d = performance.now() - started; mark = performance.now(); if (d > 40 || gap > 200) console.log(`${gap.toFixed(0).padStart(6)} gap ${d.toFixed(0).padStart(6)} ms  ${String(text).replace(/\s+/g, ' ').slice(0, 140)}`); }, () => {});
  }
  return r;
};
const db = await connectDatabase({ url: env.APP, ownerUrl: env.OWNER }, async () => {});
const dir = process.argv[2];
for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
  const t = performance.now();
  const report = await runImport(db.pool, [{ path: dir }], { source: 'CLI' });
  console.log('==', report.outcome, ((performance.now() - t) / 1000).toFixed(2), 's', JSON.stringify(report.counts.map((c) => [c.inserted, c.updated, c.unchanged])), report.errorCount);
}
await db.close();
