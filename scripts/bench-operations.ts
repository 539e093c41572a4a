/**
 * Operations figures: how long the embedded PostgreSQL takes to place its binaries and to start
 * (first start with initdb, later starts), how long the hub takes to be back after a kill -9 of
 * its PostgreSQL, and the latency of `kpis` on the demo data idle and while ten imports queue
 * (on their own pool, as now, and on the readers' pool, as before). Not a test: it prints figures.
 *
 * Usage: npm run bench:operations
 */
import 'reflect-metadata';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { openDatabase } from '../server/src/database/database';
import { startEmbeddedPostgres } from '../server/src/database/embedded';
import { postgresBinaries } from '../server/src/database/pg-binaries';
import { ensureDemoData } from '../server/src/demo/load-demo';
import { writeDemoFiles } from '../server/src/demo/generate';
import { runImport } from '../server/src/ingest/run-import';
import { kpisFor } from '../server/src/metrics/operations';
import { prepare } from './bench/datasets';

const ms = (started: number) => Math.round(performance.now() - started);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-ops-'));
  await chmod(root, 0o755);
  try {
    if (process.getuid?.() === 0) {
      let started = performance.now();
      await postgresBinaries(true, [path.join(root, 'placed')]);
      const copy = ms(started);
      started = performance.now();
      await postgresBinaries(true, [path.join(root, 'placed')]);
      console.log(`PostgreSQL 程序放置（root）：首次复制并校验 ${copy} ms，之后每次启动校验 ${ms(started)} ms`);
    }
    const dir = path.join(root, 'pg');
    let started = performance.now();
    let cluster = await startEmbeddedPostgres(dir, { persistent: true });
    const first = ms(started);
    await cluster.stop();
    const later: number[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      cluster = await startEmbeddedPostgres(dir, { persistent: true });
      later.push(ms(started));
      await cluster.stop();
    }
    console.log(`内置 PostgreSQL 启动：首次（initdb、启动、建角色）${first} ms；之后 ${later.join('、')} ms`);

    const db = await openDatabase({ databaseUrl: null, databaseOwnerUrl: null, dataDir: path.join(root, 'hub') }, { supervise: true, log: () => {} });
    try {
      const recoveries: number[] = [];
      const pidFile = path.join(root, 'hub', 'pg', 'postmaster.pid');
      for (let i = 0; i < 3; i++) {
        const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
        started = performance.now();
        process.kill(pid, 'SIGKILL');
        // Counted from the kill until a query answers again on a new server (not the old one's last backend).
        while ((await readFile(pidFile, 'utf8').catch(() => String(pid))).split('\n')[0] === String(pid)) {
          await db.pool.query('select 1').catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        for (;;) {
          const ok = await db.pool.query('select 1').then(() => true, () => false);
          if (ok && db.availability.up) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        recoveries.push(ms(started));
      }
      console.log(`kill -9 内置 PostgreSQL 后到查询恢复：${recoveries.join('、')} ms（空闲时，看门狗每 250 ms 检查一次）`);

      started = performance.now();
      await ensureDemoData(db, () => {});
      console.log(`演示数据导入 ${ms(started)} ms`);
      await db.pool.query('select 1');
      const set = await prepare('演示数据', db, 'SCJGJ');
      const kpis = async () => {
        const t = performance.now();
        await kpisFor(db.pool, set.setting, set.quarter, {});
        return ms(t);
      };
      const idle: number[] = [];
      for (let i = 0; i < 10; i++) {
        idle.push(await kpis());
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      console.log(`kpis（全辖区，${set.quarter.label}）空闲：中位 ${median(idle)} ms，最大 ${Math.max(...idle)} ms`);

      const files = (await writeDemoFiles(path.join(root, 'demo-files'))).map((file) => ({ path: file }));
      for (const [label, pool] of [['导入用独立连接池（现在）', db.importPool], ['导入占用读者的连接池（以前）', db.pool]] as [string, pg.Pool][]) {
        const imports = Array.from({ length: 10 }, () => runImport(pool, files, { source: 'UPLOAD' }));
        await new Promise((resolve) => setTimeout(resolve, 500));
        const busy: number[] = [];
        for (let i = 0; i < 10; i++) {
          busy.push(await kpis());
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        started = performance.now();
        await Promise.all(imports);
        console.log(`kpis 在 10 个导入排队时，${label}：中位 ${median(busy)} ms，最大 ${Math.max(...busy)} ms（之后导入全部完成又用了 ${ms(started)} ms）`);
      }
    } finally {
      await db.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
