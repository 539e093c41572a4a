import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../server/src/database/availability';
import { uscCheckCharacter } from '../../server/src/domain/credit-code';
import { openDatabase, type OpenedDatabase } from '../../server/src/database/database';
import { gql, hubFetch, useHubServer } from '../graphql/hub-client';
import { ALL, SUBJECTS } from '../ingest/fixtures';
import { tempDir, writeCsv } from '../support/files';

/**
 * The hub outlives its database. These tests kill the embedded PostgreSQL with SIGKILL, so they run
 * the hub (in this process) on a cluster of their own, supervised as `npm start` supervises it.
 */
describe('when the embedded PostgreSQL dies', () => {
  let dataDir: string;
  let opened: OpenedDatabase | undefined;
  const db = () => opened!;
  beforeAll(async () => {
    dataDir = path.join(await tempDir('hub-faults-'), 'data');
    await chmod(path.dirname(dataDir), 0o755);
    opened = await openDatabase({ databaseUrl: null, databaseOwnerUrl: null, dataDir }, { supervise: true, log: () => {} });
  });
  afterAll(async () => {
    const pid = await postmasterPid();
    await opened?.close();
    // The hub's shutdown stops the server it started, restarted or not.
    expect(alive(pid)).toBe(false);
  });
  const url = useHubServer(db);

  async function postmasterPid(): Promise<number> {
    return Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  }
  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  async function upload(files: string[]) {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([await readFile(file)]), path.basename(file));
    const response = await hubFetch(url(), '/api/import', { method: 'POST', body: form });
    return { status: response.status, body: await response.json() };
  }
  const SUBJECT_CODES = '{ subjects(first: 10) { nodes { code } } }';

  /** Asks every 20 ms until an answer is not a 503; returns every answer's status and body. */
  async function askUntilRecovered(query: string) {
    const answers: { status: number; body: any }[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const response = await hubFetch(url(), '/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
      });
      answers.push({ status: response.status, body: await response.json() });
      if (response.status !== 503) return answers;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the hub did not recover within 60 s');
  }

  it('imports before anything happens', async () => {
    const dir = await tempDir();
    const files = await Promise.all(Object.entries(ALL).map(([name, table]) => writeCsv(path.join(dir, `${name}.csv`), table)));
    expect((await upload(files)).body.outcome).toBe('committed');
  });

  it('answers 503 in Chinese while idle-time death is repaired, then the same data', async () => {
    const before = await postmasterPid();
    process.kill(before, 'SIGKILL');
    // Until the hub notices (its watchdog looks every 250 ms), the old server's last backends may still answer.
    while (db().availability.up) await new Promise((resolve) => setTimeout(resolve, 5));
    const file = await hubFetch(url(), '/api/reports/1/file');
    const answers = await askUntilRecovered(SUBJECT_CODES);
    // Routes outside GraphQL answer JSON, not a page with a stack trace.
    expect(file.status).toBe(503);
    expect(await file.json()).toEqual({ message: DATABASE_UNAVAILABLE_MESSAGE, code: 'DATABASE_UNAVAILABLE' });
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const a of unavailable) {
      expect(a.body.errors).toEqual([expect.objectContaining({ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
    }
    const last = answers[answers.length - 1];
    expect(last.status).toBe(200);
    expect(last.body.data.subjects.nodes.map((n: { code: string }) => n.code).sort()).toEqual(SUBJECTS.slice(1).map((r) => r[0]).sort());
    expect(await postmasterPid()).not.toBe(before);
  });

  it('rolls back an import it kills midway, answers 503 in Chinese for it, and imports it afterwards', async () => {
    const dir = await tempDir();
    const code = `91411422MA00000${'1'.repeat(2)}`;
    const extra = [...SUBJECTS, [`${code}${uscCheckCharacter(code)}`, '睢县丁建材有限公司', '企业', 'F5231', '411422', 'C', 'SCJGJ']];
    const file = await writeCsv(path.join(dir, '检查对象.csv'), extra);
    // The import waits on the import lock, inside its transaction, while another holds it.
    const holder = new pg.Client({ connectionString: db().ownerUrl });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query(`select pg_advisory_lock(hashtext('hub:import'))`);
    const pending = upload([file]);
    const waiting = `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%hub:import%'`;
    while ((await holder.query<{ n: number }>(waiting)).rows[0].n === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    process.kill(await postmasterPid(), 'SIGKILL');

    const answer = await pending;
    expect(answer.status).toBe(503);
    expect(answer.body.message).toBe('导入时数据库连接中断，本次导入已回滚，未写入任何数据；请稍后重新上传');
    await db().availability.whenUp();
    const count = async () => Number((await db().pool.query(`select count(*) from subject`)).rows[0].count);
    expect(await count()).toBe(4);
    expect((await upload([file])).body.outcome).toBe('committed');
    expect(await count()).toBe(5);
  });

  it('rolls back an import killed while it writes its rows, and keeps the process alive', async () => {
    const dir = await tempDir();
    const rows = Array.from({ length: 30_000 }, (_, i) => {
      const first17 = `92411422MA${String(i).padStart(7, '0')}`;
      return [`${first17}${uscCheckCharacter(first17)}`, `睢县个体户${i}`, '个体工商户', 'F5221', '411422', 'B', 'SCJGJ'];
    });
    const file = await writeCsv(path.join(dir, '检查对象.csv'), [SUBJECTS[0], ...rows]);
    const watcher = new pg.Client({ connectionString: db().ownerUrl });
    watcher.on('error', () => undefined);
    await watcher.connect();
    const pending = upload([file]);
    // Killed once the import holds the import lock: it is then staging its rows, inside its transaction.
    const holding = `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted`;
    while ((await watcher.query<{ n: number }>(holding)).rows[0].n === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    process.kill(await postmasterPid(), 'SIGKILL');
    const answer = await pending;
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('DATABASE_UNAVAILABLE');
    await db().availability.whenUp();
    expect(Number((await db().pool.query(`select count(*) from subject`)).rows[0].count)).toBe(5);
    expect(Number((await db().pool.query(`select count(*) from import_batch`)).rows[0].count)).toBe(2);
  });

  it('shows the GraphQL error of a query that loses the database midway as DATABASE_UNAVAILABLE with status 503', async () => {
    // pg_sleep keeps the statement running on the server when it dies; the availability gate is still open then.
    const sleeper = db().pool.query('select pg_sleep(30)').catch((error: Error) => error);
    while ((await db().pool.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where query = 'select pg_sleep(30)'`)).rows[0].n === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const query = gql(url(), '{ departments(first: 5) { nodes { code } } }');
    process.kill(await postmasterPid(), 'SIGKILL');
    expect(await sleeper).toBeInstanceOf(Error);
    const answer = await query;
    expect(answer.errors ?? []).toEqual(answer.data ? [] : [expect.objectContaining({ extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
    await db().availability.whenUp();
    expect((await gql(url(), '{ departments(first: 5) { nodes { code } } }')).data.departments.nodes).toHaveLength(3);
  });
});
