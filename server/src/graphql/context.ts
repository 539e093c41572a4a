import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Database } from '../database/database';

/** What every resolver of one request sees: its own identity map, and the pool for set-based reads. */
export interface HubContext {
  em: EntityManager;
  pool: pg.Pool;
}

export function createContext(db: Database): HubContext {
  return { em: db.orm.em.fork(), pool: db.pool };
}
