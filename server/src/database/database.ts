import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import path from 'node:path';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type AppConfig } from '../config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { ormConfig } from './mikro-orm.config';

// Dates stay 'YYYY-MM-DD' strings end to end: a Date would shift them by the time zone.
pg.types.setTypeParser(1082, (value) => value);

/** The database as the rest of the hub sees it: the ORM for entities, a pool for set-based SQL. */
export interface Database {
  url: string;
  /** A connection as the owner of the tables, for migrations and the administrator's tools (backup, restore). */
  ownerUrl: string;
  orm: MikroORM;
  pool: pg.Pool;
  /** The pool's budget for one statement (PostgreSQL statement_timeout); imports raise it for their own transaction. */
  statementTimeoutMs: number;
  close(): Promise<void>;
}

/** Connects to `url`, applies pending migrations, and returns ORM and pool. */
export async function connectDatabase(
  url: string, onClose: () => Promise<void> = async () => {}, statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
): Promise<Database> {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  // Sent at connection start-up, so every statement of the pool has a budget without a round trip of its own.
  const pool = new pg.Pool({ connectionString: url, max: 8, statement_timeout: statementTimeoutMs });
  // A connection the database drops must not crash the process: the pool opens a new one on the
  // next query. 57P01 is the server shutting down, as the embedded one does on Ctrl+C (the terminal
  // signals it together with us): expected, not worth alarming anyone.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error('数据库连接中断：', error.message);
  });
  return {
    url,
    ownerUrl: url,
    orm,
    pool,
    statementTimeoutMs,
    async close() {
      await pool.end();
      await orm.close(true);
      await onClose();
    },
  };
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose cluster lives in `<dataDir>/pg`. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'statementTimeoutMs'>>,
): Promise<Database & { embedded: boolean }> {
  const timeout = config.statementTimeoutMs;
  if (config.databaseUrl) return { ...(await connectDatabase(config.databaseUrl, undefined, timeout)), embedded: false };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'), { persistent: true });
  try {
    return { ...(await connectDatabase(embedded.url, () => embedded.stop(), timeout)), embedded: true };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
