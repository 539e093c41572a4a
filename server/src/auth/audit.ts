/** The audit trail (全过程留痕): one append-only table that the database refuses to change. */
import type { AuditAction } from '../domain/roles';
import type { Queryable } from '../store/repositories/sql-filter';
import type { Actor } from './actor';

export interface AuditWrite {
  action: AuditAction;
  target?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  detail?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Records one action. Callers write it inside the transaction of the change when there is one,
 * so a change and its entry stand or fall together.
 */
export async function writeAudit(db: Queryable, actor: Actor, entry: AuditWrite): Promise<void> {
  await db.query(
    `insert into audit_log (username, role, department_code, source, client_address, action, target, old_value, new_value, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [actor.username, actor.role, actor.departmentCode, actor.source, actor.clientAddress, entry.action, entry.target ?? null,
      json(entry.oldValue), json(entry.newValue), json(entry.detail)],
  );
}
