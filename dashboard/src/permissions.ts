/**
 * What each role may do, as the dashboard shows it: the same groups of roles the server declares
 * its doors with (server/src/domain/roles.ts), so the two cannot drift. The server refuses anyway;
 * this only keeps buttons a role cannot use out of its way.
 */
import { AUDIT_READERS, IMPORTERS, OFFICE_ONLY, SUPERVISORS, type Role } from '../../server/src/domain/roles';

export { ROLE_NAMES, type Role } from '../../server/src/domain/roles';

const CAPABILITIES = {
  import: IMPORTERS, // 数据导入 (a DEPARTMENT only its own rows)
  draftReports: OFFICE_ONLY, // new drafts, their words, the office's templates
  issueReports: OFFICE_ONLY,
  editTargets: OFFICE_ONLY, // targets, credit bands, the calendar
  manageAccounts: OFFICE_ONLY, // 账号管理
  readAudit: AUDIT_READERS, // 操作记录 (a DEPARTMENT only its own entries)
  readSubmissions: SUPERVISORS, // 报送情况
  sendChaseNotices: OFFICE_ONLY, // 督办通知单 downloads
} satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? CAPABILITIES[capability].includes(role) : false;
}
