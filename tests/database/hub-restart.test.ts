import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { startHubProcess } from '../support/hub-process';

const ROOT = path.join(import.meta.dirname, '..', '..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start after the hub was killed', () => {
  it('takes over the PostgreSQL the killed hub left running, and stops it on a graceful stop', async () => {
    const data = path.join(await tempDir('hub-restart-'), 'data');
    await chmod(path.dirname(data), 0o755);
    const postmaster = async () => Number((await readFile(path.join(data, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

    const first = await startHubProcess(ROOT, { DATA_DIR: data });
    const server = await postmaster();
    expect(await first.stop('SIGKILL')).toBe(null);
    expect(alive(server)).toBe(true);

    const second = await startHubProcess(ROOT, { DATA_DIR: data });
    expect(second.output()).toContain(`内置 PostgreSQL（进程 ${server}）的上一个服务进程已不在，由本进程接管`);
    expect(await postmaster()).toBe(server);
    expect(await second.stop()).toBe(0);
    expect(second.output()).toContain('已停止');
    expect(alive(server)).toBe(false);
  }, 240_000); // two cold starts of the whole server in child processes
});
