import { fetchPage, type ListShape, type Page, type PageRequest } from './page';
import { SqlFilter, type Queryable } from './sql-filter';

export interface AuditRecord {
  id: string;
  at: Date;
  username: string;
  role: string | null;
  departmentCode: string | null;
  source: string;
  clientAddress: string | null;
  action: string;
  target: string | null;
  oldValue: unknown;
  newValue: unknown;
  detail: unknown;
}

export interface AuditFilter {
  username?: string | null;
  /** Part of the action code: `IMPORT` finds IMPORT, IMPORT_DRY_RUN and IMPORT_REJECTED. */
  action?: string | null;
  /** Days in China time, both ends included. */
  from?: string | null;
  to?: string | null;
  /** A member department sees only its own accounts' entries. */
  departmentCode?: string | null;
}

// Newest first: the key is the negated id, so the keyset "after" still reads as "greater than".
const SHAPE: ListShape<AuditRecord & { sortKey: string }> = {
  select: `a.id::text as id, a.at, a.username, a.role, a.department_code as "departmentCode", a.source,
    a.client_address as "clientAddress", a.action, a.target, a.old_value as "oldValue", a.new_value as "newValue", a.detail,
    (-a.id)::text as "sortKey"`,
  from: 'audit_log a',
  keyColumns: ['(-a.id)'],
  keyChecks: [(v) => /^-?\d{1,19}$/.test(v)],
  keyOf: (row) => [row.sortKey],
};

export function auditWhere(filter: AuditFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.username) w.where(`a.username = ${w.param(filter.username)}`);
  if (filter.action) w.where(`strpos(a.action, ${w.param(filter.action.toUpperCase())}) > 0`);
  if (filter.from) w.where(`a.at >= (${w.param(filter.from)}::date)::timestamp at time zone 'Asia/Shanghai'`);
  if (filter.to) w.where(`a.at < (${w.param(filter.to)}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  if (filter.departmentCode) w.where(`a.department_code = ${w.param(filter.departmentCode)}`);
  return w;
}

export function listAudit(db: Queryable, filter: AuditFilter, page: PageRequest): Promise<Page<AuditRecord>> {
  return fetchPage(db, SHAPE, auditWhere(filter), page);
}

/** Every entry matching the filter, newest first, up to `limit`: the Excel download. */
export async function exportAudit(db: Queryable, filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
  const where = auditWhere(filter);
  const sql = `select ${SHAPE.select} from ${SHAPE.from} where ${where.toSql()} order by ${SHAPE.keyColumns.join(', ')} limit ${where.param(limit)}`;
  return (await db.query<AuditRecord>(sql, where.params)).rows;
}
