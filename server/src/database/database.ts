import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import path from 'node:path';
import type { AppConfig } from '../config';
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
  close(): Promise<void>;
}

/** Connects to `url`, applies pending migrations, and returns ORM and pool. */
export async function connectDatabase(url: string, onClose: () => Promise<void> = async () => {}): Promise<Database> {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  const pool = new pg.Pool({ connectionString: url, max: 8 });
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
    async close() {
      await pool.end();
      await orm.close(true);
      await onClose();
    },
  };
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose cluster lives in `<dataDir>/pg`. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<Database & { embedded: boolean }> {
  if (config.databaseUrl) return { ...(await connectDatabase(config.databaseUrl)), embedded: false };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'), { persistent: true });
  try {
    return { ...(await connectDatabase(embedded.url, () => embedded.stop())), embedded: true };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
