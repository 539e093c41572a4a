import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import { tempDir } from '../support/files';

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
      const client = new pg.Client(hub.appUrl);
      await client.connect();
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await hub.stop();
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
