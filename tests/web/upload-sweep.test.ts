import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../server/src/server';
import { UPLOADS_ROOT } from '../../server/src/web/upload-storage';
import { useTestDatabase } from '../support/database';

/** A pid that no process has any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await once(child, 'exit');
  return child.pid!;
}

describe('uploads left over by a crash', () => {
  const db = useTestDatabase();
  const living = spawn('sleep', ['60']);
  afterAll(() => {
    living.kill();
  });

  it('are swept when the hub starts; uploads of hubs still running stay', async () => {
    const tag = `sweep-test-${process.pid}`;
    const entry = (name: string, isFolder: boolean, ageHours = 0) => {
      const full = path.join(UPLOADS_ROOT, name);
      if (isFolder) {
        mkdirSync(full, { recursive: true });
        writeFileSync(path.join(full, 'upload'), 'half an upload');
      } else writeFileSync(full, 'half an upload');
      const when = new Date(Date.now() - ageHours * 3_600_000);
      utimesSync(full, when, when);
      return full;
    };
    mkdirSync(UPLOADS_ROOT, { recursive: true });
    const crashed = entry(`${await deadPid()}-${tag}`, true);
    const samePid = entry(`${process.pid}-${tag}`, true); // a crashed hub that had this process's pid
    const running = entry(`${living.pid}-${tag}`, true);
    const oldLegacy = entry(`${tag}-old`, false, 2);
    const newLegacy = entry(`${tag}-new`, false);

    const server = await createServer({ config: { port: 0, host: '127.0.0.1' }, db: db(), dashboardDir: '/nonexistent-dashboard' });
    await (await server.listen()).close();
    expect([crashed, samePid, running, oldLegacy, newLegacy].map(existsSync)).toEqual([false, false, true, false, true]);
    for (const kept of [running, newLegacy]) rmSync(kept, { recursive: true, force: true });
  });
});
