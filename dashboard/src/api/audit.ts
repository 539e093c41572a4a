/** 操作记录: the audit trail a page at a time, with the same filters as its Excel download. */
import { send } from './client';
import { graphql } from './generated';
import type { AuditEntryFieldsFragment, AuditFilter as AuditFilterInput, AuditLogQuery } from './generated/graphql';

export type AuditEntry = AuditEntryFieldsFragment;
export type AuditFilter = AuditFilterInput;

/** The actions the filter offers, in the office's words: the server's own list. */
export { AUDIT_ACTIONS } from '../../../server/src/domain/roles';

/** The schema says String: web, api or cli (server/src/auth/audited.ts). */
export const SOURCE_NAMES: Record<string, string> = { web: '网页', api: '接口', cli: '命令行' };

graphql(`fragment AuditEntryFields on AuditEntry {
  id at username role roleName departmentCode source clientAddress action actionName target detail }`);

const AUDIT_LOG = graphql(`query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { totalCount nodes { ...AuditEntryFields } pageInfo { hasNextPage endCursor } } }`);

export async function fetchAudit(filter: AuditFilter, first: number, after: string | null): Promise<AuditLogQuery['auditLog']> {
  return (await send(AUDIT_LOG, { filter, first, after })).auditLog;
}

/** The Excel of the same entries: /api/audit.xlsx with the filters that are set. */
export function auditDownloadUrl(filter: AuditFilter): string {
  const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  return `/api/audit.xlsx${q.size ? `?${q}` : ''}`;
}
