/**
 * What each role may do, as the dashboard shows it. The server refuses anyway (its authChecker);
 * this only keeps buttons a role cannot use out of its way. One table, read by the pages.
 */
export type Role = 'OFFICE' | 'LEADER' | 'DEPARTMENT' | 'EVALUATOR';

export type Capability =
  | 'import' // 数据导入 (a DEPARTMENT only its own rows)
  | 'draftReports' // new drafts, their words, the office's templates
  | 'issueReports'
  | 'editTargets' // targets, credit bands, the calendar
  | 'manageAccounts' // 账号管理
  | 'readAudit'; // 操作记录 (a DEPARTMENT only its own entries)

export const ROLE_NAMES: Record<Role, string> = { OFFICE: '联席办', LEADER: '领导', DEPARTMENT: '成员单位', EVALUATOR: '评估人员' };

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  OFFICE: ['import', 'draftReports', 'issueReports', 'editTargets', 'manageAccounts', 'readAudit'],
  DEPARTMENT: ['import', 'readAudit'],
  EVALUATOR: ['readAudit'],
  LEADER: [],
};

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? CAPABILITIES[role].includes(capability) : false;
}
