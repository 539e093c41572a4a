import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../database/database';
import { requestScopedPool } from '../database/request-scope';
import type { Queryable } from '../store/repositories/sql-filter';

/** What every resolver of one request sees: its own identity map, and the pool for set-based reads. */
export interface HubContext {
  em: EntityManager;
  /** Scoped to the request: its statements stop when the client goes away. */
  pool: Queryable;
  /** The configured public address, for links written into documents. */
  publicUrl: string;
}

export function createContext(db: Database, res: ServerResponse, publicUrl: string): HubContext {
  return { em: db.orm.em.fork(), pool: requestScopedPool(db.pool, res), publicUrl };
}
