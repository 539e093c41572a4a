import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import pg from 'pg';

/**
 * The embedded cluster's passwords, kept beside the cluster in the data directory (mode 0600):
 * the superuser's (migrations, administration) and the hub's own role's (everything else).
 */
export interface ClusterCredentials {
  superuserPassword: string;
  appPassword: string;
}

export const SUPERUSER = 'postgres';
/** The role the running hub connects as: it owns nothing; privileges.ts grants what it may do. */
export const APP_ROLE = 'hub_app';
/** Clusters made before the passwords were random were created with this one. */
export const LEGACY_PASSWORD = 'shuangsuiji';

export const newPassword = () => randomBytes(24).toString('hex');

export function credentialsFile(clusterDir: string): string {
  return `${clusterDir}.credentials.json`;
}

export async function readCredentials(clusterDir: string): Promise<ClusterCredentials | null> {
  const file = credentialsFile(clusterDir);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new Error(`无法读取内置数据库的密码文件 ${file}（${error.code}）：请以启动服务的同一系统用户（通常是 root）运行本命令`);
  });
  return text === null ? null : (JSON.parse(text) as ClusterCredentials);
}

export async function writeCredentials(clusterDir: string, credentials: ClusterCredentials): Promise<void> {
  const file = credentialsFile(clusterDir);
  await writeFile(`${file}.tmp`, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  await chmod(`${file}.tmp`, 0o600);
  await rename(`${file}.tmp`, file);
}

export function clusterUrl(user: string, password: string, port: number, database = 'postgres'): string {
  return `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
}

async function connectAs(password: string, port: number): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: clusterUrl(SUPERUSER, password, port) });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return null;
    throw error;
  }
}

/**
 * Makes the running cluster match its credentials file: a cluster of an earlier version (the
 * hard-coded password, no file) gets random passwords, written to the file before they are set,
 * so an interruption between the two is repaired on the next start. The hub's role is (re)made
 * with no power beyond logging in.
 */
export async function ensureCredentials(clusterDir: string, port: number): Promise<ClusterCredentials> {
  let credentials = await readCredentials(clusterDir);
  if (!credentials) {
    credentials = { superuserPassword: newPassword(), appPassword: newPassword() };
    await writeCredentials(clusterDir, credentials);
  }
  let client = await connectAs(credentials.superuserPassword, port);
  if (!client) {
    client = await connectAs(LEGACY_PASSWORD, port);
    if (!client) {
      throw new Error(`无法以 ${credentialsFile(clusterDir)} 中的密码登录内置 PostgreSQL。该文件与数据库不一致：请从备份恢复该文件，或另设 DATA_DIR 新建数据库。`);
    }
    await client.query(`alter role ${SUPERUSER} password ${client.escapeLiteral(credentials.superuserPassword)}`);
  }
  try {
    const password = client.escapeLiteral(credentials.appPassword);
    const exists = (await client.query(`select 1 from pg_roles where rolname = $1`, [APP_ROLE])).rowCount === 1;
    await client.query(
      `${exists ? 'alter' : 'create'} role ${APP_ROLE} with login password ${password} ` +
        'nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit',
    );
  } finally {
    await client.end();
  }
  return credentials;
}
