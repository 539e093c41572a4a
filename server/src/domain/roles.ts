/**
 * Who may do what. The four roles of the joint-conference regime and the groups of them that
 * doors are declared with; the server checks every GraphQL field and /api route against these.
 */
export const ROLES = ['OFFICE', 'LEADER', 'DEPARTMENT', 'EVALUATOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  OFFICE: '联席办',
  LEADER: '领导',
  DEPARTMENT: '成员单位',
  EVALUATOR: '评估人员',
};

/** Any signed-in account: reading figures, lists, evidence and documents. */
export const SIGNED_IN: readonly Role[] = ROLES;
/** The joint-conference office: targets, calendar, reports, accounts. */
export const OFFICE_ONLY: readonly Role[] = ['OFFICE'];
/** Uploads: the office for anyone, a member department for its own rows. */
export const IMPORTERS: readonly Role[] = ['OFFICE', 'DEPARTMENT'];
/** Those who oversee the departments' work (报送情况): the office, leaders, evaluators; a department sees its own page. */
export const SUPERVISORS: readonly Role[] = ['OFFICE', 'LEADER', 'EVALUATOR'];
/** The audit trail: the office and evaluators see all of it, a department its own entries. */
export const AUDIT_READERS: readonly Role[] = ['OFFICE', 'EVALUATOR', 'DEPARTMENT'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Audit actions and how the office reads them. */
export const AUDIT_ACTIONS = {
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  LOCKOUT: '账号锁定',
  LOGOUT: '退出登录',
  USER_CREATE: '新建账号',
  USER_PASSWORD: '修改密码',
  USER_DISABLE: '停用账号',
  USER_ENABLE: '启用账号',
  USER_EXPIRY: '设置账号有效期',
  IMPORT: '导入数据',
  IMPORT_DRY_RUN: '试导入',
  IMPORT_REJECTED: '导入被拒绝',
  KPI_TARGET_SET: '设置指标目标',
  KPI_TARGET_DELETE: '删除指标目标',
  CREDIT_BANDS_SET: '设置信用风险分类抽查比例',
  KPI_DEADLINES_SET: '设置公示期限和计划录入期限',
  CALENDAR_SET: '录入节假日安排',
  BACKUP_RESTORE: '恢复备份',
  REPORT_DRAFT: '新建报告草稿',
  REPORT_EDIT: '修改报告草稿',
  REPORT_TEMPLATE_SAVE: '保存本单位模板',
  REPORT_ISSUE: '签发报告',
  WARNING_SETTING_SET: '设置预警提前工作日数',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
