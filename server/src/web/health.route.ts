import { Router } from 'express';
import type { AppConfig } from '../config';
import type { Database } from '../database/database';
import { listBackups } from '../backup/backup-files';
import { HUB_VERSION } from '../version';

/** How long /healthz waits for the database before calling it unreachable. */
const DATABASE_WAIT_MS = 3000;

export interface Health {
  status: 'ok' | 'unavailable';
  version: string;
  database: { reachable: boolean; message: string | null };
  /** The last migration applied, and how many have been. */
  migration: { level: string | null; count: number | null };
  lastImportAt: string | null;
  lastBackupAt: string | null;
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`数据库 ${ms / 1000} 秒内没有应答`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** What a monitor or the office's IT contact needs to know, without signing in and without anything private. */
export async function checkHealth(db: Pick<Database, 'pool'>, backupDir: string | null): Promise<Health> {
  const lastBackup = backupDir ? (await listBackups(backupDir))[0] ?? null : null;
  const health: Health = {
    status: 'ok', version: HUB_VERSION, database: { reachable: true, message: null },
    migration: { level: null, count: null }, lastImportAt: null, lastBackupAt: lastBackup?.modifiedAt.toISOString() ?? null,
  };
  try {
    await within(DATABASE_WAIT_MS, db.pool.query('select 1'));
  } catch (error) {
    health.status = 'unavailable';
    // Only the error's code: its text may name hosts and roles.
    const code = (error as { code?: string }).code;
    health.database = { reachable: false, message: `数据库无法访问${code ? `（${code}）` : ''}` };
    return health;
  }
  try {
    const { rows: [row] } = await within(DATABASE_WAIT_MS, db.pool.query<{ level: string | null; count: number; last_import: Date | null }>(`
      select (select name from mikro_orm_migrations order by id desc limit 1) as level,
             (select count(*)::int from mikro_orm_migrations) as count,
             (select max(created_at) from import_batch) as last_import`));
    health.migration = { level: row.level, count: row.count };
    health.lastImportAt = row.last_import?.toISOString() ?? null;
  } catch {
    // The database answers but these details are not readable to the hub's role: it is still up.
  }
  return health;
}

/** GET /healthz: 200 when the database answers, 503 otherwise; JSON either way. */
export function healthRouter(db: Pick<Database, 'pool'>, config: Partial<Pick<AppConfig, 'port' | 'backupDir'>>): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const health = await checkHealth(db, config.backupDir ?? null);
    res.status(health.status === 'ok' ? 200 : 503).set('cache-control', 'no-store').json(health);
  });
  return router;
}
