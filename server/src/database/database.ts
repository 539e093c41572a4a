import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import path from 'node:path';
import { DEFAULT_QUERY_WORK_MEM_MB, DEFAULT_STATEMENT_TIMEOUT_MS, type AppConfig } from '../config';
import { DatabaseAvailability } from './availability';
import { startEmbeddedPostgres } from './embedded';
import { ormConfig } from './mikro-orm.config';
import { grantHubPrivileges, hubRoleProblems } from './privileges';
import { watchEmbedded } from './watchdog';

// Dates stay 'YYYY-MM-DD' strings end to end: a Date would shift them by the time zone.
pg.types.setTypeParser(1082, (value) => value);

/** The database as the rest of the hub sees it: the ORM for entities, a pool for set-based SQL. */
export interface Database {
  /** The hub's own connection: a role that may read and write rows, nothing more. */
  url: string;
  /** A connection as the owner of the tables, for migrations and the administrator's tools (backup, restore). */
  ownerUrl: string;
  orm: MikroORM;
  pool: pg.Pool;
  /** Imports' own connections: imports queued on the import lock never take the readers' pool. */
  importPool: pg.Pool;
  /** Whether the database answers now; requests get a 503 while it does not. */
  availability: DatabaseAvailability;
  /** The pool's budget for one statement (PostgreSQL statement_timeout); imports raise it for their own transaction. */
  statementTimeoutMs: number;
  close(): Promise<void>;
}

export interface DatabaseUrls {
  /** The hub's role. */
  url: string;
  /** The tables' owner, for migrations; the hub's own role when absent. */
  ownerUrl?: string;
}

const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/** The hub's own role when it is not the owner: what a rebuilt schema must grant its row privileges to. */
export function hubRoleOf(db: Pick<Database, 'url' | 'ownerUrl'>): string | null {
  return roleOf(db.url) === roleOf(db.ownerUrl) ? null : roleOf(db.url);
}

/** A pool whose lost connections are reported, never thrown as an unhandled 'error' event. */
function hubPool(url: string, max: number, statementTimeoutMs: number, workMemMb: number, availability: () => DatabaseAvailability): pg.Pool {
  // Both are sent at connection start-up: every statement has its budget without a round trip of its own.
  const pool = new pg.Pool({ connectionString: url, max, statement_timeout: statementTimeoutMs, options: `-c work_mem=${workMemMb}MB` });
  // 57P01 is the server shutting down, as on a graceful stop: expected, not worth alarming anyone.
  const lost = (error: Error & { code?: string }) => {
    if (!availability().report(error) && error.code !== '57P01') console.error('数据库连接中断：', error.message);
  };
  pool.on('error', lost);
  // Also while checked out (an import's transaction, a cursor): pg-pool listens only to idle clients,
  // and an unheard 'error' event ends the process. The failing query rejects on its own.
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}

/** Applies pending migrations as the tables' owner, then gives the hub's role its privileges again. */
export async function migrateDatabase({ url, ownerUrl = url }: DatabaseUrls): Promise<void> {
  const owner = await MikroORM.init(ormConfig(ownerUrl));
  try {
    await owner.getMigrator().up();
  } finally {
    await owner.close(true);
  }
  if (roleOf(url) === roleOf(ownerUrl)) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await grantHubPrivileges(client, roleOf(url));
  } finally {
    await client.end();
  }
}

/** Migrates (as the owner), then connects as the hub's role and returns ORM and pools. */
export async function connectDatabase(
  urls: DatabaseUrls, onClose: () => Promise<void> = async () => {}, statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
  workMemMb = DEFAULT_QUERY_WORK_MEM_MB,
): Promise<Database> {
  await migrateDatabase(urls);
  const { url } = urls;
  const orm = await MikroORM.init(ormConfig(url));
  const availability = new DatabaseAvailability(async () => {
    const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.query('select 1');
    } finally {
      await probe.end().catch(() => undefined);
    }
  });
  const pool = hubPool(url, 8, statementTimeoutMs, workMemMb, () => availability);
  const importPool = hubPool(url, 2, statementTimeoutMs, workMemMb, () => availability);
  return {
    url,
    ownerUrl: urls.ownerUrl ?? url,
    orm,
    pool,
    importPool,
    availability,
    statementTimeoutMs,
    async close() {
      availability.close();
      await Promise.all([pool.end(), importPool.end()]);
      await orm.close(true);
      await onClose();
    },
  };
}

export interface OpenedDatabase extends Database {
  embedded: boolean;
  /** Why the hub's role could bend the database (an external server's roles are the administrator's). */
  problems: string[];
}

/**
 * DATABASE_URL (with DATABASE_OWNER_URL for migrations) when set; otherwise an embedded PostgreSQL
 * whose cluster lives in `<dataDir>/pg`. The hub (`supervise`) takes over a server its previous run
 * left behind and restarts the server when it dies; a command joins the hub's server and leaves it.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'statementTimeoutMs' | 'queryWorkMemMb'>>,
  { supervise = false, log = console.log }: { supervise?: boolean; log?: (line: string) => void } = {},
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const db = await connectDatabase({ url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl ?? undefined }, undefined, config.statementTimeoutMs, config.queryWorkMemMb);
    return { ...db, embedded: false, problems: await hubRoleProblems(db.pool) };
  }
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'), { persistent: true, adoptOrphan: supervise, log });
  let stopWatching = () => {};
  try {
    const db = await connectDatabase({ url: embedded.appUrl, ownerUrl: embedded.ownerUrl }, async () => {
      stopWatching();
      await embedded.stop();
    }, config.statementTimeoutMs, config.queryWorkMemMb);
    if (supervise) stopWatching = watchEmbedded(embedded, db.availability).stop;
    return { ...db, embedded: true, problems: await hubRoleProblems(db.pool) };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
