import { execFile } from 'node:child_process';
import { chmod, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The operating-system account the cluster runs as; null when it runs as this process's own user. */
export interface ClusterUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = 'postgres';

async function ids(): Promise<ClusterUser | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', NAME]), run('id', ['-g', NAME])]);
    return { name: NAME, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root: as root the cluster runs as `postgres`, created when missing. */
export async function clusterUser(): Promise<ClusterUser | null> {
  if (process.getuid?.() !== 0) return null;
  const found = await ids();
  if (found) return found;
  try {
    await run('groupadd', ['--system', NAME]).catch(() => undefined);
    await run('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME]);
  } catch (error) {
    throw new Error(`以 root 运行时，内置 PostgreSQL 须以 postgres 用户运行，但无法创建该用户（${(error as Error).message}）。请先执行 useradd --system postgres，或以普通用户启动。`);
  }
  const created = await ids();
  if (!created) throw new Error('已创建 postgres 用户，但读不到它的 uid：请检查 /etc/passwd。');
  return created;
}

function canEnter(mode: number, owner: number, group: number, user: ClusterUser): boolean {
  if (owner === user.uid) return (mode & 0o100) !== 0;
  if (group === user.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * The cluster's user must pass through every folder above the cluster (a clone in root's 0700
 * home folder blocks it). Each blocking folder gets the "enter" bit for others only (o+x): nobody
 * gains the right to list or read it, only to reach paths inside whose own modes allow it.
 */
export async function letEnter(dir: string, user: ClusterUser, log: (line: string) => void): Promise<void> {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const folder = path.sep + parts.slice(0, i).join(path.sep);
    const info = await stat(folder);
    if (canEnter(info.mode, info.uid, info.gid, user)) continue;
    try {
      await chmod(folder, (info.mode & 0o7777) | 0o001);
      log(`内置 PostgreSQL 以 ${user.name} 用户运行：已允许其他用户进入（不能列出）文件夹 ${folder}（o+x）`);
    } catch (error) {
      throw new Error(
        `${user.name} 用户无法进入文件夹 ${folder}，数据目录在其下。请执行 chmod o+x ${folder}，` +
          `或把 DATA_DIR 设为 ${user.name} 用户可以进入的文件夹（${(error as Error).message}）。`,
      );
    }
  }
}
