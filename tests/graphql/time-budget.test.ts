import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Database } from '../../server/src/database/database';
import { runImport } from '../../server/src/ingest/run-import';
import { DEPARTMENTS } from '../ingest/fixtures';
import { tempDir, writeCsv } from '../support/files';
import { truncateAll, useTestDatabase } from '../support/database';
import { insertFixtures } from './fixtures';
import { gql, hubFetch, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
// The same database behind a pool whose statements may run 300 ms, as STATEMENT_TIMEOUT_MS=300 gives.
let short: Database | undefined;
const shortDb = () => (short ??= { ...db(), pool: new pg.Pool({ connectionString: db().url, statement_timeout: 300 }), statementTimeoutMs: 300 });
const shortUrl = useHubServer(shortDb);
afterAll(async () => {
  await short?.pool.end();
});

/**
 * Holds an exclusive lock on a table, so that a query reading it waits as a slow one would. Not the
 * departments: resolving the session reads those, before the request's own statements.
 */
async function lockTable(table: string): Promise<pg.Client> {
  const locker = new pg.Client({ connectionString: db().url });
  await locker.connect();
  await locker.query('begin');
  await locker.query(`lock table ${table} in access exclusive mode`);
  return locker;
}

async function waitFor<T>(probe: () => Promise<T | null>, what: string, ms = 10_000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 50))) {
    const value = await probe();
    if (value !== null) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the time budget of a request', () => {
  it('stops a statement over the budget and answers in Chinese', async () => {
    await insertFixtures(db());
    const locker = await lockTable('inspection_item');
    try {
      const started = performance.now();
      const result = await gql(shortUrl(), '{ inspectionItems { totalCount } }');
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(result.errors).toEqual([{
        message: '查询超过时间限制（0.3 秒），已停止；请缩小期间或筛选范围后重试',
        locations: [{ line: 1, column: 3 }], path: ['inspectionItems'], extensions: { code: 'QUERY_TIMEOUT' },
      }]);
    } finally {
      await locker.query('commit');
      await locker.end();
    }
    expect((await gql(shortUrl(), '{ inspectionItems { totalCount } }')).data).toEqual({ inspectionItems: { totalCount: 3 } });
  });

  it('answers a fault before the resolvers (the session lookup over its budget) in Chinese JSON', async () => {
    const locker = await lockTable('department');
    try {
      const response = await hubFetch(shortUrl(), '/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ dataExtent { firstDay } }' }),
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ message: '数据库繁忙，查询超过时间限制，请稍后重试' });
    } finally {
      await locker.query('commit');
      await locker.end();
    }
  });

  it("cancels the database's work when the client goes away", async () => {
    const locker = await lockTable('inspection_item');
    const watcher = new pg.Client({ connectionString: db().url });
    await watcher.connect();
    try {
      const abort = new AbortController();
      const request = hubFetch(url(), '/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json' }, signal: abort.signal,
        body: JSON.stringify({ query: '{ inspectionItems(search: "检查") { totalCount } }' }),
      }).catch((error: Error) => error.name);
      const waiting = `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%inspection_item%'`;
      const pids = await waitFor(async () => {
        const { rows } = await watcher.query<{ pid: number }>(waiting);
        return rows.length > 0 ? rows.map((r) => r.pid) : null;
      }, 'the query to wait on the lock');
      abort.abort();
      expect(await request).toBe('AbortError');
      // The lock is still held: only a cancel can have ended the statement.
      const after = await waitFor(async () => {
        const { rows } = await watcher.query<{ state: string }>(`select state from pg_stat_activity where pid = any($1) and state <> 'active'`, [pids]);
        return rows.length === pids.length ? rows.map((r) => r.state) : null;
      }, 'the statement to be cancelled', 5_000);
      expect(after.every((state) => state === 'idle')).toBe(true);
    } finally {
      await locker.query('commit');
      await locker.end();
      await watcher.end();
    }
  });

  it('gives an import its own, longer budget: it waits out a lock the request budget would not', async () => {
    await truncateAll(db());
    const file = await writeCsv(path.join(await tempDir(), '部门.csv'), DEPARTMENTS);
    const locker = await lockTable('department');
    const released = new Promise<void>((resolve) => setTimeout(() => void locker.query('commit').then(() => locker.end()).then(resolve), 1_000));
    const report = await runImport(shortDb().pool, [{ path: file, name: '部门.csv' }], { source: 'CLI' });
    await released;
    expect(report.errors).toEqual([]);
    expect(report.outcome).toBe('committed');
  });
});
