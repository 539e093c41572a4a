import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFileName } from '../../server/src/backup/backup-files';
import { checkHealth, healthRouter } from '../../server/src/web/health.route';
import { MIGRATIONS } from '../../migrations';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';

const db = useTestDatabase();
const url = useHubServer(db);
const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;

describe('GET /healthz', () => {
  it('answers 200 with the database, the migration level, the last import and the version, without signing in', async () => {
    await db().pool.query(`insert into import_batch (created_at, source, file_names, counts) values ('2026-03-04T05:06:07Z', 'CLI', '{a.csv}', '{}'), ('2026-03-01T00:00:00Z', 'CLI', '{b.csv}', '{}')`);
    const response = await hubFetch(url(), '/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      status: 'ok',
      version,
      database: { reachable: true, message: null },
      migration: { level: MIGRATIONS[MIGRATIONS.length - 1].name, count: MIGRATIONS.length },
      lastImportAt: '2026-03-04T05:06:07.000Z',
      lastBackupAt: null,
    });
  });

  it('names the newest backup in the backup folder by its time', async () => {
    const dir = await tempDir('hub-health-');
    for (const day of ['2026-11-29T18:30:00Z', '2026-11-30T18:30:00Z']) {
      const file = path.join(dir, backupFileName(new Date(day)));
      await writeFile(file, 'x');
      await utimes(file, new Date(day), new Date(day));
    }
    await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    expect((await checkHealth(db(), dir)).lastBackupAt).toBe('2026-11-30T18:30:00.000Z');
  });

  describe('when the database is unreachable', () => {
    const pool = new pg.Pool({ connectionString: 'postgres://nobody:secret@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    const server = http.createServer(express().use(healthRouter({ pool }, {})));
    afterAll(async () => {
      await pool.end();
      server.close();
    });

    it('answers 503 in JSON, with nothing about hosts or passwords', async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await hubFetch(base, '/healthz');
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toEqual({
        status: 'unavailable', version, database: { reachable: false, message: '数据库无法访问（ECONNREFUSED）' },
        migration: { level: null, count: null }, lastImportAt: null, lastBackupAt: null,
      });
      expect(JSON.stringify(body)).not.toMatch(/secret|127\.0\.0\.1|nobody/);
    });
  });
});
