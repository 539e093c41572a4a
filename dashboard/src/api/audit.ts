/** 操作记录: the audit trail a page at a time, with the same filters as its Excel download. */
import { gql } from './client';
import type { Connection } from './records';

export interface AuditEntry {
  id: string;
  at: string;
  username: string;
  role: string | null;
  roleName: string | null;
  departmentCode: string | null;
  source: 'web' | 'api' | 'cli';
  clientAddress: string | null;
  action: string;
  actionName: string;
  target: string | null;
  detail: string | null;
}

export interface AuditFilter {
  username: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

/** The actions the filter offers, in the office's words: the server's own list. */
export { AUDIT_ACTIONS } from '../../../server/src/domain/roles';

export const SOURCE_NAMES: Record<AuditEntry['source'], string> = { web: '网页', api: '接口', cli: '命令行' };

const FIELDS = 'id at username role roleName departmentCode source clientAddress action actionName target detail';

export async function fetchAudit(filter: AuditFilter, first: number, after: string | null): Promise<Connection<AuditEntry>> {
  const data = await gql<{ auditLog: Connection<AuditEntry> }>(
    `query($filter: AuditFilter, $first: Int!, $after: String) {
      auditLog(filter: $filter, first: $first, after: $after) { totalCount nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    { filter, first, after },
  );
  return data.auditLog;
}

/** The Excel of the same entries: /api/audit.xlsx with the filters that are set. */
export function auditDownloadUrl(filter: AuditFilter): string {
  const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  return `/api/audit.xlsx${q.size ? `?${q}` : ''}`;
}
