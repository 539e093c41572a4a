/**
 * A write and its audit entry in one transaction: the change, what it replaced and who made it
 * stand or fall together. `before` reads the old value inside the same transaction.
 */
import type pg from 'pg';
import { inTransaction } from '../store/transaction';
import type { Actor } from './actor';
import { writeAudit, type AuditWrite } from './audit';

export interface AuditedChange<T> {
  action: AuditWrite['action'];
  target: string;
  before?: (db: pg.PoolClient) => Promise<unknown>;
  /** What to record as the new value; by default the operation's result. */
  after?: (result: T) => unknown;
  detail?: unknown;
}

export function audited<T>(pool: pg.Pool, actor: Actor, change: AuditedChange<T>, operation: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (db) => {
    const oldValue = change.before ? await change.before(db) : undefined;
    const result = await operation(db);
    await writeAudit(db, actor, {
      action: change.action, target: change.target, oldValue, newValue: change.after ? change.after(result) : result, detail: change.detail,
    });
    return result;
  });
}
