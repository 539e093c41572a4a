import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../../server/src/database/database';
import { credentialsFile, readCredentials } from '../../server/src/database/credentials';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import { tempDir } from '../support/files';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client(url);
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The SQLSTATE of a failed login, or 'ok'. */
async function login(url: string): Promise<string> {
  return query(url, 'select 1').then(() => 'ok', (error: { code?: string }) => error.code ?? String(error));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
const postmasterPid = async (dir: string) => Number((await readFile(path.join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

describe('the embedded PostgreSQL', () => {
  it('is joined, not started twice, when a command runs beside the running hub', async () => {
    const dir = path.join(await tempDir(), 'pg');
    const hub = await startEmbeddedPostgres(dir, { persistent: true });
    try {
      const command = await startEmbeddedPostgres(dir, { persistent: true });
      expect(command.appUrl).toBe(hub.appUrl);
      expect(command.owned).toBe(false);
      await command.stop();
      // The hub's server is still there after the command is done.
      expect(await query(hub.appUrl, 'select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await hub.stop();
    }
  });

  it('gets random passwords at creation, kept in a 0600 file; the hub role has no power', async () => {
    const dir = path.join(await tempDir(), 'pg');
    const cluster = await startEmbeddedPostgres(dir, { persistent: false });
    try {
      expect((await stat(credentialsFile(dir))).mode & 0o777).toBe(0o600);
      const credentials = await readCredentials(dir);
      expect(credentials?.superuserPassword).toMatch(/^[0-9a-f]{48}$/);
      expect(credentials?.appPassword).toMatch(/^[0-9a-f]{48}$/);
      expect(cluster.ownerUrl).toContain(credentials!.superuserPassword);
      expect(await login(cluster.ownerUrl.replace(credentials!.superuserPassword, 'shuangsuiji'))).toBe('28P01');
      expect(await query(cluster.ownerUrl, `select rolname, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
        from pg_roles where rolname in ('postgres', 'hub_app') order by rolname`)).toEqual([
        { rolname: 'hub_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false },
        { rolname: 'postgres', rolsuper: true, rolcreaterole: true, rolcreatedb: true, rolreplication: true, rolbypassrls: true },
      ]);
    } finally {
      await cluster.stop();
    }
    expect(await stat(credentialsFile(dir)).then(() => true, () => false)).toBe(false);
  });

  it('upgrades in place a cluster made with the old hard-coded password', async () => {
    const dir = path.join(await tempDir(), 'pg');
    let cluster = await startEmbeddedPostgres(dir, { persistent: true });
    // As the earlier version left it: the password in the code, no credentials file, data in it.
    await query(cluster.ownerUrl, `create table kept (n int); insert into kept values (42); alter role postgres password 'shuangsuiji'`);
    await cluster.stop();
    await rm(credentialsFile(dir));
    cluster = await startEmbeddedPostgres(dir, { persistent: false });
    try {
      const credentials = await readCredentials(dir);
      expect((await stat(credentialsFile(dir))).mode & 0o777).toBe(0o600);
      expect(credentials?.superuserPassword).not.toBe('shuangsuiji');
      expect(await login(cluster.ownerUrl.replace(credentials!.superuserPassword, 'shuangsuiji'))).toBe('28P01');
      expect(await query(cluster.ownerUrl, 'select n from kept')).toEqual([{ n: 42 }]);
      expect(await login(cluster.appUrl)).toBe('ok');
    } finally {
      await cluster.stop();
    }
  });

  it("is taken over, and stopped at the end, by a hub started after the previous one was killed", async () => {
    const dir = path.join(await tempDir(), 'pg');
    const module = path.join(import.meta.dirname, '../../server/src/database/embedded.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
       await startEmbeddedPostgres(${JSON.stringify(dir)}, { persistent: true, adoptOrphan: true });
       console.log('ready'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`the first hub exited ${code}`)));
    });
    const server = await postmasterPid(dir);

    // A command beside the live hub joins and leaves the server running.
    const command = await startEmbeddedPostgres(dir, { persistent: true, adoptOrphan: true });
    expect(command.owned).toBe(false);
    await command.stop();
    expect(alive(server)).toBe(true);

    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(alive(server)).toBe(true);
    // A command finding the orphan uses it and leaves it for the next hub.
    const later = await startEmbeddedPostgres(dir, { persistent: true });
    expect(later.owned).toBe(false);
    await later.stop();
    expect(alive(server)).toBe(true);

    const hub = await startEmbeddedPostgres(dir, { persistent: true, adoptOrphan: true });
    expect(hub.owned).toBe(true);
    expect(await login(hub.appUrl)).toBe('ok');
    await hub.stop();
    expect(alive(server)).toBe(false);
  });

  it('reconnects its pools when a server it did not start comes back (as with DATABASE_URL)', async () => {
    const dir = path.join(await tempDir(), 'pg');
    const server = await startEmbeddedPostgres(dir, { persistent: false });
    const db = await connectDatabase({ url: server.appUrl, ownerUrl: server.ownerUrl });
    try {
      expect((await db.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      process.kill(await postmasterPid(dir), 'SIGKILL');
      // The backend may answer once more before it notices its postmaster is gone.
      let lost: Error | null = null;
      for (let i = 0; i < 100 && !lost; i++) {
        lost = await db.pool.query('select 1').then(() => null, (error: Error) => error);
        if (!lost) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(db.availability.report(lost)).toBe(true);
      expect(db.availability.up).toBe(false);
      await server.restart();
      await db.availability.whenUp();
      expect((await db.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      expect(await db.orm.em.fork().getConnection().execute('select 2 as two')).toEqual([{ two: 2 }]);
    } finally {
      await db.close();
      await server.stop();
    }
  });

  it('lets a process that loaded it end with its own exit code, so a failed test run fails CI', () => {
    const module = path.join(import.meta.dirname, '../../server/src/database/embedded.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `await import(${JSON.stringify(module)}); process.exitCode = 3;`], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
