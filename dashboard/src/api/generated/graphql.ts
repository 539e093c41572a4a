/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 操作记录的筛选条件 */
export type AuditFilter = {
  /** 操作代码（含此文字即可，如 IMPORT） */
  action?: string | null | undefined;
  /** 起始日期（含，YYYY-MM-DD，北京时间） */
  from?: string | null | undefined;
  /** 截止日期（含，YYYY-MM-DD，北京时间） */
  to?: string | null | undefined;
  /** 操作人用户名 */
  username?: string | null | undefined;
};

/** 导入批次的来源 */
export type BatchSource =
  /** 命令行导入 */
  | 'CLI'
  /** 演示数据 */
  | 'DEMO'
  /** 页面上传 */
  | 'UPLOAD';

/** 企业信用风险分类 */
export type CreditClass =
  /** A 类：信用风险低 */
  | 'A'
  /** B 类：信用风险一般 */
  | 'B'
  /** C 类：信用风险较高 */
  | 'C'
  /** D 类：信用风险高 */
  | 'D';

/** 按部门分行时各行与合计的关系 */
export type DepartmentRule =
  /** 一条记录在每个参与部门各计一次（联合任务、联合计划、多个部门登记的检查对象），合计中只计一次 */
  | 'ONCE_PER_PARTICIPANT'
  /** 每条记录只属于一个部门：各成员单位之和 + 非成员单位 = 合计 */
  | 'SUM';

/** 明细列的取值类型 */
export type EvidenceCellType =
  /** 日期（YYYY-MM-DD） */
  | 'DATE'
  /** 数字 */
  | 'NUMBER'
  /** 文字 */
  | 'TEXT';

/** 明细行的种类 */
export type EvidenceKind =
  /** 部门 */
  | 'DEPARTMENT'
  /** 检查结果 */
  | 'INSPECTION'
  /** 抽查事项 */
  | 'INSPECTION_ITEM'
  /** 执法人员 */
  | 'INSPECTOR'
  /** 抽查计划 */
  | 'PLAN'
  /** 减少的一次上门检查 */
  | 'SAVED_VISIT'
  /** 检查对象 */
  | 'SUBJECT'
  /** 抽查任务 */
  | 'TASK'
  /** 一次上门：检查对象与检查日期 */
  | 'VISIT';

/** 后续处置 */
export type FollowUp =
  /** 无须处置 */
  | 'NONE_NEEDED'
  /** 抄告相关部门 */
  | 'NOTIFIED_DEPARTMENT'
  /** 其他 */
  | 'OTHER'
  /** 责令整改 */
  | 'RECTIFICATION_ORDERED'
  /** 移送办案机构 */
  | 'REFERRED_FOR_CASE'
  /** 反馈日常监管部门 */
  | 'RETURNED_TO_ROUTINE';

/** 趋势的时间粒度 */
export type Granularity =
  /** 按月 */
  | 'MONTH'
  /** 按季度 */
  | 'QUARTER'
  /** 按年 */
  | 'YEAR';

/** 检查方式 */
export type InspectionMethod =
  /** 采信其他部门检查结果 */
  | 'ADOPTED_FINDINGS'
  /** 委托专业机构 */
  | 'COMMISSIONED_AGENCY'
  /** 书面检查 */
  | 'DOCUMENT_REVIEW'
  /** 网络监测 */
  | 'ONLINE_MONITORING'
  /** 实地检查 */
  | 'ON_SITE'
  /** 检验检测 */
  | 'TESTING';

/** 指标的组成部分 */
export type KpiPart =
  /** 分母 */
  | 'DENOMINATOR'
  /** 分子 */
  | 'NUMERATOR'
  /** 差额：计入分母而未计入分子的记录（如逾期或未公示的检查结果、未被使用的事项），条数为分母减分子 */
  | 'SHORTFALL';

/** 指标的统计期间：起止日期均含当天；asOf 为截止观察日（默认为 to），晚于它的完成、公示视为尚未发生 */
export type KpiPeriodInput = {
  /** 观察日，YYYY-MM-DD，默认为 to */
  asOf?: string | null | undefined;
  /** 起始日期，YYYY-MM-DD */
  from: string;
  /** 截止日期，YYYY-MM-DD */
  to: string;
};

/** 指标的单位 */
export type KpiUnit =
  /** 计数：value 等于 numerator */
  | 'COUNT'
  /** 比率：value 为分数（0.8 即 80%） */
  | 'RATIO';

/** 有文字部分的报告种类 */
export type NarrativeKind =
  /** 季通报 */
  | 'CIRCULAR'
  /** 月总结 */
  | 'SUMMARY';

/** 统计期间，起止日期均含当天 */
export type PeriodInput = {
  /** 起始日期，YYYY-MM-DD */
  from: string;
  /** 截止日期，YYYY-MM-DD */
  to: string;
};

/** 检查结果的公示状态 */
export type PublicationStatus =
  /** 已公示 */
  | 'PUBLISHED'
  /** 未公示 */
  | 'UNPUBLISHED';

/** 检查结果在某一日的公示时效（公示期限为检查日期后第 20 个工作日） */
export type PublicationTimeliness =
  /** 逾期：超过公示期限才公示 */
  | 'LATE'
  /** 按时：在公示期限内公示 */
  | 'ON_TIME'
  /** 期限内未公示：尚未公示，公示期限未过 */
  | 'PENDING'
  /** 逾期未公示：公示期限已过仍未公示 */
  | 'UNPUBLISHED_LATE';

/** 报告种类 */
export type ReportKind =
  /** 季通报（.docx） */
  | 'CIRCULAR'
  /** 自评表（.docx） */
  | 'SELF_EVALUATION'
  /** 推进“双随机、一公开”统计表（.xlsx） */
  | 'STATISTICS'
  /** 月总结（.docx） */
  | 'SUMMARY';

/** 保存为本单位模板的发文机关与文字 */
export type ReportTemplateInput = {
  /** 发文机关 */
  office: string;
  /** 总体情况的各段，可含占位符，如 {{数值:部门联合抽查占比}} */
  overview: Array<string>;
  /** 下一步工作要求的各段 */
  requirements: Array<string>;
};

/** 报告中由办公室撰写的部分 */
export type ReportTextInput = {
  /** 文号 */
  number: string;
  /** 发文机关 */
  office: string;
  /** 总体情况的各段，可含占位符，如 {{数值:部门联合抽查占比}} */
  overview: Array<string>;
  /** 下一步工作要求的各段 */
  requirements: Array<string>;
};

/** 检查结果类别（国家企业信用信息公示系统口径） */
export type ResultCategory =
  /** 已关闭停业或正在组织清算 */
  | 'CLOSED_OR_LIQUIDATING'
  /** 已注销、被吊销、被撤销或已迁出 */
  | 'DEREGISTERED_OR_REVOKED'
  /** 公示信息隐瞒真实情况、弄虚作假 */
  | 'FALSE_DISCLOSURE'
  /** 未发现问题 */
  | 'NO_PROBLEM'
  /** 未发现开展本次抽查涉及的经营活动 */
  | 'NO_RELEVANT_ACTIVITY'
  /** 发现问题已责令改正 */
  | 'ORDERED_TO_CORRECT'
  /** 发现问题待后续处理 */
  | 'PENDING_FOLLOW_UP'
  /** 不配合检查情节严重 */
  | 'SERIOUS_OBSTRUCTION'
  /** 未按规定公示应当公示的信息 */
  | 'UNDISCLOSED_INFORMATION'
  /** 通过登记的住所（经营场所）无法联系 */
  | 'UNREACHABLE_AT_ADDRESS';

/** 角色 */
export type Role =
  /** 成员单位 */
  | 'DEPARTMENT'
  /** 评估人员 */
  | 'EVALUATOR'
  /** 领导 */
  | 'LEADER'
  /** 联席办 */
  | 'OFFICE';

/** 抽查任务在某一日的状态 */
export type TaskStatus =
  /** 已完成 */
  | 'COMPLETED'
  /** 进行中：尚未完成，截止日期未过 */
  | 'OPEN'
  /** 超期：截止日期已过仍未完成 */
  | 'OVERDUE';

/** 新建账号 */
export type UserAccountInput = {
  /** 部门代码：成员单位账号必填，其他角色不填 */
  departmentCode?: string | null | undefined;
  /** 有效期至（YYYY-MM-DD），如督查组的评估人员账号 */
  expiresOn?: string | null | undefined;
  /** 姓名 */
  name?: string | null | undefined;
  /** 初始密码，至少 10 个字符 */
  password: string;
  /** 角色 */
  role: Role;
  /** 用户名：2–40 个字母、数字或 _ . @ - */
  username: string;
};

/** 预警的种类 */
export type WarningKind =
  /** 即将到期未公示 */
  | 'PUBLICATION_DUE_SOON'
  /** 逾期未公示 */
  | 'PUBLICATION_OVERDUE'
  /** 即将到期未完成的任务 */
  | 'TASK_DUE_SOON'
  /** 超期未完成的任务 */
  | 'TASK_OVERDUE';

/** 预警提前的工作日数 */
export type WarningSettingInput = {
  /** 辖区代码，000000 为全国默认 */
  jurisdiction: string;
  /** 提前预警的工作日数（1–60） */
  leadWorkingDays: number;
  /** 起用年度 */
  year: number;
};

export type AccountFieldsFragment = { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { users: Array<{ username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string }> };

export type CreateAccountMutationVariables = Exact<{
  input: UserAccountInput;
}>;


export type CreateAccountMutation = { createUser: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string } };

export type SetAccountDisabledMutationVariables = Exact<{
  username: string;
  disabled: boolean;
}>;


export type SetAccountDisabledMutation = { setUserDisabled: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string } };

export type SetAccountExpiryMutationVariables = Exact<{
  username: string;
  expiresOn?: string | null | undefined;
}>;


export type SetAccountExpiryMutation = { setUserExpiry: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null, expiresOn: string | null, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string } };

export type AuditEntryFieldsFragment = { id: string, at: string, username: string, role: string | null, roleName: string | null, departmentCode: string | null, source: string, clientAddress: string | null, action: string, actionName: string, target: string | null, detail: string | null };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, username: string, role: string | null, roleName: string | null, departmentCode: string | null, source: string, clientAddress: string | null, action: string, actionName: string, target: string | null, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserFieldsFragment = { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { username: string, name: string | null, role: Role, roleName: string, departmentCode: string | null, departmentName: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type WarningSettingFieldsFragment = { year: number, jurisdiction: string, leadWorkingDays: number };

export type EarlyWarningsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  departmentCode?: string | null | undefined;
  first: number;
}>;


export type EarlyWarningsQuery = { earlyWarnings: { asOf: string, leadWorkingDays: number, windowEnd: string, departmentCode: string | null, publicationsDueSoon: number, publicationsOverdue: number, tasksDueSoon: number, tasksOverdue: number, total: number, departments: Array<{ departmentCode: string, departmentName: string, publicationsDueSoon: number, publicationsOverdue: number, tasksDueSoon: number, tasksOverdue: number, total: number }>, items: Array<{ kind: WarningKind, departmentCode: string, departmentName: string, taskCode: string, taskName: string, inspectionId: string | null, subjectCode: string | null, subjectName: string | null, inspectedOn: string | null, dueOn: string, participants: Array<string> }> } };

export type SubmissionStatusQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type SubmissionStatusQuery = { submissionStatus: Array<{ departmentCode: string, departmentName: string, lastImportAt: string | null, resultCount: number, monthsWithoutResults: Array<string> }> };

export type WarningSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WarningSettingsQuery = { warningSettings: Array<{ year: number, jurisdiction: string, leadWorkingDays: number }> };

export type SetWarningSettingMutationVariables = Exact<{
  input: WarningSettingInput;
}>;


export type SetWarningSettingMutation = { setWarningSetting: { year: number, jurisdiction: string, leadWorkingDays: number } };

export type KpiFieldsFragment = { key: string, name: string, unit: KpiUnit, value: number | null, numerator: number, denominator: number | null, target: number | null, comparator: string | null, met: boolean | null, definition: string, source: string };

export type SeriesPointFieldsFragment = { label: string, from: string, to: string, value: number | null, numerator: number, denominator: number | null, met: boolean | null };

export type KpiCatalogEntryFieldsFragment = { key: string, name: string, unit: KpiUnit, definition: string, source: string, periodAdditive: boolean, departmentRule: DepartmentRule };

export type KpisQueryVariables = Exact<{
  period: KpiPeriodInput;
  departmentCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  keys?: Array<string> | string | null | undefined;
}>;


export type KpisQuery = { kpis: Array<{ key: string, name: string, unit: KpiUnit, value: number | null, numerator: number, denominator: number | null, target: number | null, comparator: string | null, met: boolean | null, definition: string, source: string }> };

export type KpiCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiCatalogQuery = { kpiCatalog: Array<{ key: string, name: string, unit: KpiUnit, definition: string, source: string, periodAdditive: boolean, departmentRule: DepartmentRule }> };

export type SeriesQueryVariables = Exact<{
  key: string;
  from: string;
  to: string;
  granularity: Granularity;
  cumulative: boolean;
  departmentCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SeriesQuery = { kpiSeries: Array<{ label: string, from: string, to: string, value: number | null, numerator: number, denominator: number | null, met: boolean | null }> };

export type SeriesSetQueryVariables = Exact<{
  keys: Array<string> | string;
  from: string;
  to: string;
  granularity: Granularity;
  cumulative: boolean;
  departmentCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SeriesSetQuery = { kpiSeriesSet: Array<{ key: string, points: Array<{ label: string, from: string, to: string, value: number | null, numerator: number, denominator: number | null, met: boolean | null }> }> };

export type LeagueQueryVariables = Exact<{
  period: KpiPeriodInput;
  keys?: Array<string> | string | null | undefined;
}>;


export type LeagueQuery = { departmentKpis: Array<{ code: string, name: string, rank: number, score: number | null, missedTargets: number, kpis: Array<{ key: string, name: string, unit: KpiUnit, value: number | null, numerator: number, denominator: number | null, target: number | null, comparator: string | null, met: boolean | null, definition: string, source: string }> }> };

export type PublicationDeadlineQueryVariables = Exact<{
  day: string;
}>;


export type PublicationDeadlineQuery = { publicationDeadline: string };

export type DepartmentTotalsQueryVariables = Exact<{
  period: KpiPeriodInput;
}>;


export type DepartmentTotalsQuery = { departmentKpiTotals: { nonMember: Array<{ key: string, name: string, unit: KpiUnit, value: number | null, numerator: number, denominator: number | null, target: number | null, comparator: string | null, met: boolean | null, definition: string, source: string }>, nonMemberDepartments: Array<{ code: string, name: string }>, total: Array<{ key: string, name: string, unit: KpiUnit, value: number | null, numerator: number, denominator: number | null, target: number | null, comparator: string | null, met: boolean | null, definition: string, source: string }>, reconciliation: Array<{ key: string, note: string }> } };

export type DataExtentQueryVariables = Exact<{ [key: string]: never; }>;


export type DataExtentQuery = { dataExtent: { firstDay: string | null, lastDay: string | null } };

export type MemberDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberDepartmentsQuery = { departments: { nodes: Array<{ code: string, name: string }> } };

export type EvidenceQueryVariables = Exact<{
  key: string;
  period: KpiPeriodInput;
  part: KpiPart;
  first: number;
  after?: string | null | undefined;
  departmentCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  descending: boolean;
  sortBy?: string | null | undefined;
}>;


export type EvidenceQuery = { kpiEvidence: { kind: EvidenceKind, totalCount: number, columns: Array<{ name: string, type: EvidenceCellType }>, nodes: Array<{ key: string, cells: Array<string | null>, link: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResultCategoriesQueryVariables = Exact<{
  period: PeriodInput;
  departmentCode?: string | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type ResultCategoriesQuery = { resultCategories: Array<{ name: string, count: number }> };

export type TaskRowFieldsFragment = { code: string, name: string, startsOn: string, dueOn: string, completedOn: string | null, creditTiered: boolean, isJoint: boolean, status: TaskStatus, overdue: boolean, initiator: { code: string, name: string }, cooperators: Array<{ code: string, name: string }> };

export type InspectionRowFieldsFragment = { id: string, inspectedOn: string, deadline: string, publishedOn: string | null, status: PublicationStatus, timeliness: PublicationTimeliness, foundProblem: boolean, categories: Array<ResultCategory>, task: { code: string, name: string }, subject: { code: string, name: string }, department: { code: string, name: string } };

export type TasksQueryVariables = Exact<{
  period?: PeriodInput | null | undefined;
  departmentCode?: string | null | undefined;
  status?: TaskStatus | null | undefined;
  overdue?: boolean | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, nodes: Array<{ code: string, name: string, startsOn: string, dueOn: string, completedOn: string | null, creditTiered: boolean, isJoint: boolean, status: TaskStatus, overdue: boolean, initiator: { code: string, name: string }, cooperators: Array<{ code: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TaskQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type TaskQuery = { task: { code: string, name: string, startsOn: string, dueOn: string, completedOn: string | null, creditTiered: boolean, isJoint: boolean, status: TaskStatus, overdue: boolean, plan: { code: string, name: string } | null, items: Array<{ code: string, name: string }>, classDraws: Array<{ creditClass: CreditClass, poolCount: number, drawnCount: number }>, initiator: { code: string, name: string }, cooperators: Array<{ code: string, name: string }> } | null };

export type InspectionsQueryVariables = Exact<{
  period?: PeriodInput | null | undefined;
  departmentCode?: string | null | undefined;
  status?: PublicationStatus | null | undefined;
  foundProblem?: boolean | null | undefined;
  taskCode?: string | null | undefined;
  subjectCode?: string | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  timeliness?: PublicationTimeliness | null | undefined;
  asOf?: string | null | undefined;
}>;


export type InspectionsQuery = { inspections: { totalCount: number, nodes: Array<{ id: string, inspectedOn: string, deadline: string, publishedOn: string | null, status: PublicationStatus, timeliness: PublicationTimeliness, foundProblem: boolean, categories: Array<ResultCategory>, task: { code: string, name: string }, subject: { code: string, name: string }, department: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InspectionQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type InspectionQuery = { inspection: { methods: Array<InspectionMethod>, followUp: FollowUp | null, id: string, inspectedOn: string, deadline: string, publishedOn: string | null, status: PublicationStatus, timeliness: PublicationTimeliness, foundProblem: boolean, categories: Array<ResultCategory>, inspectors: Array<{ certificateNo: string, name: string }>, task: { code: string, name: string }, subject: { code: string, name: string }, department: { code: string, name: string } } | null };

export type ReportFieldsFragment = { id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string };

export type ReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsQuery = { reports: Array<{ id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string }> };

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportQuery = { report: { id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string } | null };

export type CreateReportMutationVariables = Exact<{
  kind: ReportKind;
  from: string;
  to: string;
  department?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CreateReportMutation = { createReport: { id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string } };

export type SaveReportTemplateMutationVariables = Exact<{
  kind: NarrativeKind;
  template: ReportTemplateInput;
}>;


export type SaveReportTemplateMutation = { saveReportTemplate: { updatedAt: string | null } };

export type UpdateReportTextMutationVariables = Exact<{
  id: string | number;
  text: ReportTextInput;
}>;


export type UpdateReportTextMutation = { updateReportText: { id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string } };

export type ReportPreviewQueryVariables = Exact<{
  id: string | number;
  overview: Array<string> | string;
}>;


export type ReportPreviewQuery = { reportPreview: Array<string> };

export type IssueReportMutationVariables = Exact<{
  id: string | number;
  issuedBy?: string | null | undefined;
}>;


export type IssueReportMutation = { issueReport: { id: string, kind: ReportKind, from: string, to: string, asOf: string, office: string, number: string, overview: Array<string>, requirements: Array<string>, departmentCode: string | null, departmentName: string | null, status: string, fileName: string | null, issuedBy: string | null, issuedByUsername: string | null, issuedAt: string | null, downloadUrl: string } };

export type ReportChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportChangesQuery = { reportChanges: Array<{ name: string, issued: string, now: string }> };

export type BatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchesQuery = { importBatches: { nodes: Array<{ id: number, createdAt: string, source: BatchSource, username: string | null, userName: string | null, fileNames: Array<string>, counts: Array<{ kind: string, inserted: number, updated: number, unchanged: number }> }> } };

export type JointOpportunitiesQueryVariables = Exact<{
  period: PeriodInput;
  first?: number | null | undefined;
}>;


export type JointOpportunitiesQuery = { jointOpportunities: Array<{ subjects: number, departmentA: { code: string, name: string }, departmentB: { code: string, name: string } }> };

export type PairSubjectsQueryVariables = Exact<{
  period: PeriodInput;
  a: string;
  b: string;
  first?: number | null | undefined;
}>;


export type PairSubjectsQuery = { jointOpportunitySubjects: Array<{ subject: { code: string, name: string }, visits: Array<{ inspectedOn: string, department: { code: string, name: string }, task: { code: string, name: string } }> }> };

export type MostVisitedQueryVariables = Exact<{
  period: PeriodInput;
  first?: number | null | undefined;
}>;


export type MostVisitedQuery = { mostVisitedSubjects: Array<{ visits: number, departments: number, results: number, lastVisitOn: string, subject: { code: string, name: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  id
  at
  username
  role
  roleName
  departmentCode
  source
  clientAddress
  action
  actionName
  target
  detail
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  username
  name
  role
  roleName
  departmentCode
  departmentName
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const WarningSettingFieldsFragmentDoc = new TypedDocumentString(`
    fragment WarningSettingFields on WarningSetting {
  year
  jurisdiction
  leadWorkingDays
}
    `, {"fragmentName":"WarningSettingFields"}) as unknown as TypedDocumentString<WarningSettingFieldsFragment, unknown>;
export const KpiFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiFields on Kpi {
  key
  name
  unit
  value
  numerator
  denominator
  target
  comparator
  met
  definition
  source
}
    `, {"fragmentName":"KpiFields"}) as unknown as TypedDocumentString<KpiFieldsFragment, unknown>;
export const SeriesPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment SeriesPointFields on KpiSeriesPoint {
  label
  from
  to
  value
  numerator
  denominator
  met
}
    `, {"fragmentName":"SeriesPointFields"}) as unknown as TypedDocumentString<SeriesPointFieldsFragment, unknown>;
export const KpiCatalogEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiCatalogEntryFields on KpiCatalogEntry {
  key
  name
  unit
  definition
  source
  periodAdditive
  departmentRule
}
    `, {"fragmentName":"KpiCatalogEntryFields"}) as unknown as TypedDocumentString<KpiCatalogEntryFieldsFragment, unknown>;
export const TaskRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskRowFields on Task {
  code
  name
  initiator {
    code
    name
  }
  cooperators {
    code
    name
  }
  startsOn
  dueOn
  completedOn
  creditTiered
  isJoint
  status(asOf: $asOf)
  overdue(asOf: $asOf)
}
    `, {"fragmentName":"TaskRowFields"}) as unknown as TypedDocumentString<TaskRowFieldsFragment, unknown>;
export const InspectionRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionRowFields on Inspection {
  id
  task {
    code
    name
  }
  subject {
    code
    name
  }
  department {
    code
    name
  }
  inspectedOn
  deadline
  publishedOn
  status
  timeliness(asOf: $asOf)
  foundProblem
  categories
}
    `, {"fragmentName":"InspectionRowFields"}) as unknown as TypedDocumentString<InspectionRowFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  users {
    ...AccountFields
  }
}
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: UserAccountInput!) {
  createUser(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($username: String!, $password: String!) {
  resetPassword(username: $username, password: $password) {
    ...AccountFields
  }
}
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SetAccountDisabledDocument = new TypedDocumentString(`
    mutation SetAccountDisabled($username: String!, $disabled: Boolean!) {
  setUserDisabled(username: $username, disabled: $disabled) {
    ...AccountFields
  }
}
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const SetAccountExpiryDocument = new TypedDocumentString(`
    mutation SetAccountExpiry($username: String!, $expiresOn: String) {
  setUserExpiry(username: $username, expiresOn: $expiresOn) {
    ...AccountFields
  }
}
    fragment AccountFields on UserAccount {
  username
  name
  role
  roleName
  departmentCode
  departmentName
  expiresOn
  disabled
  lockedUntil
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<SetAccountExpiryMutation, SetAccountExpiryMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes {
      ...AuditEntryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  at
  username
  role
  roleName
  departmentCode
  source
  clientAddress
  action
  actionName
  target
  detail
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  username
  name
  role
  roleName
  departmentCode
  departmentName
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    expiresAt
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  username
  name
  role
  roleName
  departmentCode
  departmentName
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const EarlyWarningsDocument = new TypedDocumentString(`
    query EarlyWarnings($asOf: String, $departmentCode: String, $first: Int!) {
  earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {
    asOf
    leadWorkingDays
    windowEnd
    departmentCode
    publicationsDueSoon
    publicationsOverdue
    tasksDueSoon
    tasksOverdue
    total
    departments {
      departmentCode
      departmentName
      publicationsDueSoon
      publicationsOverdue
      tasksDueSoon
      tasksOverdue
      total
    }
    items {
      kind
      departmentCode
      departmentName
      taskCode
      taskName
      inspectionId
      subjectCode
      subjectName
      inspectedOn
      dueOn
      participants
    }
  }
}
    `) as unknown as TypedDocumentString<EarlyWarningsQuery, EarlyWarningsQueryVariables>;
export const SubmissionStatusDocument = new TypedDocumentString(`
    query SubmissionStatus($period: PeriodInput!) {
  submissionStatus(period: $period) {
    departmentCode
    departmentName
    lastImportAt
    resultCount
    monthsWithoutResults
  }
}
    `) as unknown as TypedDocumentString<SubmissionStatusQuery, SubmissionStatusQueryVariables>;
export const WarningSettingsDocument = new TypedDocumentString(`
    query WarningSettings {
  warningSettings {
    ...WarningSettingFields
  }
}
    fragment WarningSettingFields on WarningSetting {
  year
  jurisdiction
  leadWorkingDays
}`) as unknown as TypedDocumentString<WarningSettingsQuery, WarningSettingsQueryVariables>;
export const SetWarningSettingDocument = new TypedDocumentString(`
    mutation SetWarningSetting($input: WarningSettingInput!) {
  setWarningSetting(input: $input) {
    ...WarningSettingFields
  }
}
    fragment WarningSettingFields on WarningSetting {
  year
  jurisdiction
  leadWorkingDays
}`) as unknown as TypedDocumentString<SetWarningSettingMutation, SetWarningSettingMutationVariables>;
export const KpisDocument = new TypedDocumentString(`
    query Kpis($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String, $keys: [String!]) {
  kpis(
    period: $period
    departmentCode: $departmentCode
    regionCode: $regionCode
    keys: $keys
  ) {
    ...KpiFields
  }
}
    fragment KpiFields on Kpi {
  key
  name
  unit
  value
  numerator
  denominator
  target
  comparator
  met
  definition
  source
}`) as unknown as TypedDocumentString<KpisQuery, KpisQueryVariables>;
export const KpiCatalogDocument = new TypedDocumentString(`
    query KpiCatalog {
  kpiCatalog {
    ...KpiCatalogEntryFields
  }
}
    fragment KpiCatalogEntryFields on KpiCatalogEntry {
  key
  name
  unit
  definition
  source
  periodAdditive
  departmentRule
}`) as unknown as TypedDocumentString<KpiCatalogQuery, KpiCatalogQueryVariables>;
export const SeriesDocument = new TypedDocumentString(`
    query Series($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!, $departmentCode: String, $regionCode: String, $asOf: String) {
  kpiSeries(
    key: $key
    from: $from
    to: $to
    granularity: $granularity
    cumulative: $cumulative
    departmentCode: $departmentCode
    regionCode: $regionCode
    asOf: $asOf
  ) {
    ...SeriesPointFields
  }
}
    fragment SeriesPointFields on KpiSeriesPoint {
  label
  from
  to
  value
  numerator
  denominator
  met
}`) as unknown as TypedDocumentString<SeriesQuery, SeriesQueryVariables>;
export const SeriesSetDocument = new TypedDocumentString(`
    query SeriesSet($keys: [String!]!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!, $departmentCode: String, $regionCode: String, $asOf: String) {
  kpiSeriesSet(
    keys: $keys
    from: $from
    to: $to
    granularity: $granularity
    cumulative: $cumulative
    departmentCode: $departmentCode
    regionCode: $regionCode
    asOf: $asOf
  ) {
    key
    points {
      ...SeriesPointFields
    }
  }
}
    fragment SeriesPointFields on KpiSeriesPoint {
  label
  from
  to
  value
  numerator
  denominator
  met
}`) as unknown as TypedDocumentString<SeriesSetQuery, SeriesSetQueryVariables>;
export const LeagueDocument = new TypedDocumentString(`
    query League($period: KpiPeriodInput!, $keys: [String!]) {
  departmentKpis(period: $period, keys: $keys) {
    code
    name
    rank
    score
    missedTargets
    kpis {
      ...KpiFields
    }
  }
}
    fragment KpiFields on Kpi {
  key
  name
  unit
  value
  numerator
  denominator
  target
  comparator
  met
  definition
  source
}`) as unknown as TypedDocumentString<LeagueQuery, LeagueQueryVariables>;
export const PublicationDeadlineDocument = new TypedDocumentString(`
    query PublicationDeadline($day: String!) {
  publicationDeadline(inspectedOn: $day)
}
    `) as unknown as TypedDocumentString<PublicationDeadlineQuery, PublicationDeadlineQueryVariables>;
export const DepartmentTotalsDocument = new TypedDocumentString(`
    query DepartmentTotals($period: KpiPeriodInput!) {
  departmentKpiTotals(period: $period) {
    nonMember {
      ...KpiFields
    }
    nonMemberDepartments {
      code
      name
    }
    total {
      ...KpiFields
    }
    reconciliation {
      key
      note
    }
  }
}
    fragment KpiFields on Kpi {
  key
  name
  unit
  value
  numerator
  denominator
  target
  comparator
  met
  definition
  source
}`) as unknown as TypedDocumentString<DepartmentTotalsQuery, DepartmentTotalsQueryVariables>;
export const DataExtentDocument = new TypedDocumentString(`
    query DataExtent {
  dataExtent {
    firstDay
    lastDay
  }
}
    `) as unknown as TypedDocumentString<DataExtentQuery, DataExtentQueryVariables>;
export const MemberDepartmentsDocument = new TypedDocumentString(`
    query MemberDepartments {
  departments(first: 500, isMember: true) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MemberDepartmentsQuery, MemberDepartmentsQueryVariables>;
export const EvidenceDocument = new TypedDocumentString(`
    query Evidence($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String, $departmentCode: String, $regionCode: String, $descending: Boolean!, $sortBy: String) {
  kpiEvidence(
    key: $key
    period: $period
    part: $part
    first: $first
    after: $after
    departmentCode: $departmentCode
    regionCode: $regionCode
    descending: $descending
    sortBy: $sortBy
  ) {
    kind
    totalCount
    columns {
      name
      type
    }
    nodes {
      key
      cells
      link
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceQuery, EvidenceQueryVariables>;
export const ResultCategoriesDocument = new TypedDocumentString(`
    query ResultCategories($period: PeriodInput!, $departmentCode: String, $regionCode: String) {
  resultCategories(
    period: $period
    departmentCode: $departmentCode
    regionCode: $regionCode
  ) {
    name
    count
  }
}
    `) as unknown as TypedDocumentString<ResultCategoriesQuery, ResultCategoriesQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String, $first: Int!, $after: String, $asOf: String) {
  tasks(
    period: $period
    departmentCode: $departmentCode
    status: $status
    overdue: $overdue
    search: $search
    first: $first
    after: $after
    asOf: $asOf
  ) {
    totalCount
    nodes {
      ...TaskRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TaskRowFields on Task {
  code
  name
  initiator {
    code
    name
  }
  cooperators {
    code
    name
  }
  startsOn
  dueOn
  completedOn
  creditTiered
  isJoint
  status(asOf: $asOf)
  overdue(asOf: $asOf)
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($code: String!, $asOf: String) {
  task(code: $code) {
    ...TaskRowFields
    plan {
      code
      name
    }
    items {
      code
      name
    }
    classDraws {
      creditClass
      poolCount
      drawnCount
    }
  }
}
    fragment TaskRowFields on Task {
  code
  name
  initiator {
    code
    name
  }
  cooperators {
    code
    name
  }
  startsOn
  dueOn
  completedOn
  creditTiered
  isJoint
  status(asOf: $asOf)
  overdue(asOf: $asOf)
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const InspectionsDocument = new TypedDocumentString(`
    query Inspections($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean, $taskCode: String, $subjectCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {
  inspections(
    period: $period
    departmentCode: $departmentCode
    status: $status
    foundProblem: $foundProblem
    taskCode: $taskCode
    subjectCode: $subjectCode
    search: $search
    first: $first
    after: $after
    timeliness: $timeliness
    asOf: $asOf
  ) {
    totalCount
    nodes {
      ...InspectionRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment InspectionRowFields on Inspection {
  id
  task {
    code
    name
  }
  subject {
    code
    name
  }
  department {
    code
    name
  }
  inspectedOn
  deadline
  publishedOn
  status
  timeliness(asOf: $asOf)
  foundProblem
  categories
}`) as unknown as TypedDocumentString<InspectionsQuery, InspectionsQueryVariables>;
export const InspectionDocument = new TypedDocumentString(`
    query Inspection($id: ID!, $asOf: String) {
  inspection(id: $id) {
    ...InspectionRowFields
    methods
    followUp
    inspectors {
      certificateNo
      name
    }
  }
}
    fragment InspectionRowFields on Inspection {
  id
  task {
    code
    name
  }
  subject {
    code
    name
  }
  department {
    code
    name
  }
  inspectedOn
  deadline
  publishedOn
  status
  timeliness(asOf: $asOf)
  foundProblem
  categories
}`) as unknown as TypedDocumentString<InspectionQuery, InspectionQueryVariables>;
export const ReportsDocument = new TypedDocumentString(`
    query Reports {
  reports(first: 100) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}`) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const ReportDocument = new TypedDocumentString(`
    query Report($id: ID!) {
  report(id: $id) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}`) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const CreateReportDocument = new TypedDocumentString(`
    mutation CreateReport($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {
  createReport(
    input: {kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf}
  ) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}`) as unknown as TypedDocumentString<CreateReportMutation, CreateReportMutationVariables>;
export const SaveReportTemplateDocument = new TypedDocumentString(`
    mutation SaveReportTemplate($kind: NarrativeKind!, $template: ReportTemplateInput!) {
  saveReportTemplate(kind: $kind, template: $template) {
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveReportTemplateMutation, SaveReportTemplateMutationVariables>;
export const UpdateReportTextDocument = new TypedDocumentString(`
    mutation UpdateReportText($id: ID!, $text: ReportTextInput!) {
  updateReportText(id: $id, text: $text) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}`) as unknown as TypedDocumentString<UpdateReportTextMutation, UpdateReportTextMutationVariables>;
export const ReportPreviewDocument = new TypedDocumentString(`
    query ReportPreview($id: ID!, $overview: [String!]!) {
  reportPreview(id: $id, overview: $overview)
}
    `) as unknown as TypedDocumentString<ReportPreviewQuery, ReportPreviewQueryVariables>;
export const IssueReportDocument = new TypedDocumentString(`
    mutation IssueReport($id: ID!, $issuedBy: String) {
  issueReport(id: $id, issuedBy: $issuedBy) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  kind
  from
  to
  asOf
  office
  number
  overview
  requirements
  departmentCode
  departmentName
  status
  fileName
  issuedBy
  issuedByUsername
  issuedAt
  downloadUrl
}`) as unknown as TypedDocumentString<IssueReportMutation, IssueReportMutationVariables>;
export const ReportChangesDocument = new TypedDocumentString(`
    query ReportChanges($id: ID!) {
  reportChanges(id: $id) {
    name
    issued
    now
  }
}
    `) as unknown as TypedDocumentString<ReportChangesQuery, ReportChangesQueryVariables>;
export const BatchesDocument = new TypedDocumentString(`
    query Batches {
  importBatches(first: 20) {
    nodes {
      id
      createdAt
      source
      username
      userName
      fileNames
      counts {
        kind
        inserted
        updated
        unchanged
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchesQuery, BatchesQueryVariables>;
export const JointOpportunitiesDocument = new TypedDocumentString(`
    query JointOpportunities($period: PeriodInput!, $first: Int) {
  jointOpportunities(period: $period, first: $first) {
    departmentA {
      code
      name
    }
    departmentB {
      code
      name
    }
    subjects
  }
}
    `) as unknown as TypedDocumentString<JointOpportunitiesQuery, JointOpportunitiesQueryVariables>;
export const PairSubjectsDocument = new TypedDocumentString(`
    query PairSubjects($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {
  jointOpportunitySubjects(
    period: $period
    departmentA: $a
    departmentB: $b
    first: $first
  ) {
    subject {
      code
      name
    }
    visits {
      department {
        code
        name
      }
      inspectedOn
      task {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PairSubjectsQuery, PairSubjectsQueryVariables>;
export const MostVisitedDocument = new TypedDocumentString(`
    query MostVisited($period: PeriodInput!, $first: Int) {
  mostVisitedSubjects(period: $period, first: $first) {
    subject {
      code
      name
    }
    visits
    departments
    results
    lastVisitOn
  }
}
    `) as unknown as TypedDocumentString<MostVisitedQuery, MostVisitedQueryVariables>;