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

/** The actions the filter offers, in the office's words (the server names each entry's action itself). */
export const AUDIT_ACTIONS: Record<string, string> = {
  LOGIN: '登录', LOGIN_FAILED: '登录失败', LOCKOUT: '账号锁定', LOGOUT: '退出',
  USER_CREATE: '新增账号', USER_PASSWORD: '重置密码', USER_DISABLE: '停用账号', USER_ENABLE: '启用账号', USER_EXPIRY: '修改有效期',
  IMPORT: '数据导入', IMPORT_DRY_RUN: '试导入', IMPORT_REJECTED: '导入被拒绝',
  KPI_TARGET_SET: '设定指标目标', KPI_TARGET_DELETE: '删除指标目标', CREDIT_BANDS_SET: '设定信用分类比例', CALENDAR_SET: '修改工作日历',
  REPORT_DRAFT: '新建报告草稿', REPORT_EDIT: '修改报告', REPORT_TEMPLATE_SAVE: '保存报告模板', REPORT_ISSUE: '签发报告',
};

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
