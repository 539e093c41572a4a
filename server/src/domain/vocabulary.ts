/**
 * The regime's controlled vocabularies: English codes stored in the database and used in code,
 * and the Chinese labels users read and write (the national publicity system's own words).
 * The migrations' CHECK constraints list the same codes.
 */
export const SUBJECT_TYPES = {
  ENTERPRISE: '企业',
  INDIVIDUAL_BUSINESS: '个体工商户',
  FARMERS_COOPERATIVE: '农民专业合作社',
  PRODUCT: '产品',
  PROJECT: '项目',
  OTHER: '其他',
} as const;
export type SubjectType = keyof typeof SUBJECT_TYPES;
export const MARKET_ENTITY_TYPES: readonly SubjectType[] = ['ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE'];

export const ITEM_CATEGORIES = { KEY: '重点', GENERAL: '一般' } as const;
export type ItemCategory = keyof typeof ITEM_CATEGORIES;

export const CREDIT_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type CreditClass = (typeof CREDIT_CLASSES)[number];

export const INSPECTION_METHODS = {
  ON_SITE: '实地检查',
  DOCUMENT_REVIEW: '书面检查',
  ONLINE_MONITORING: '网络监测',
  TESTING: '检验检测',
  COMMISSIONED_AGENCY: '委托专业机构',
  ADOPTED_FINDINGS: '采信其他部门检查结果',
} as const;
export type InspectionMethod = keyof typeof INSPECTION_METHODS;

export const RESULT_CATEGORIES = {
  NO_PROBLEM: '未发现问题',
  UNDISCLOSED_INFORMATION: '未按规定公示应当公示的信息',
  FALSE_DISCLOSURE: '公示信息隐瞒真实情况、弄虚作假',
  UNREACHABLE_AT_ADDRESS: '通过登记的住所（经营场所）无法联系',
  SERIOUS_OBSTRUCTION: '不配合检查情节严重',
  ORDERED_TO_CORRECT: '发现问题已责令改正',
  PENDING_FOLLOW_UP: '发现问题待后续处理',
  NO_RELEVANT_ACTIVITY: '未发现开展本次抽查涉及的经营活动',
  CLOSED_OR_LIQUIDATING: '已关闭停业或正在组织清算',
  DEREGISTERED_OR_REVOKED: '已注销、被吊销、被撤销或已迁出',
} as const;
export type ResultCategory = keyof typeof RESULT_CATEGORIES;
/** The six categories that count as "found a problem". */
export const PROBLEM_CATEGORIES: readonly ResultCategory[] = [
  'UNDISCLOSED_INFORMATION',
  'FALSE_DISCLOSURE',
  'UNREACHABLE_AT_ADDRESS',
  'SERIOUS_OBSTRUCTION',
  'ORDERED_TO_CORRECT',
  'PENDING_FOLLOW_UP',
];

export const FOLLOW_UPS = {
  NONE_NEEDED: '无须处置',
  RECTIFICATION_ORDERED: '责令整改',
  REFERRED_FOR_CASE: '移送办案机构',
  NOTIFIED_DEPARTMENT: '抄告相关部门',
  RETURNED_TO_ROUTINE: '反馈日常监管部门',
  OTHER: '其他',
} as const;
export type FollowUp = keyof typeof FOLLOW_UPS;

/** Looks a Chinese label up in a vocabulary; null when it is not one of its labels. */
export function codeForLabel<K extends string>(vocabulary: Record<K, string>, label: string): K | null {
  for (const code of Object.keys(vocabulary) as K[]) if (vocabulary[code] === label) return code;
  return null;
}

/** A task's state on a day, as lists show it. */
export const TASK_STATUS_NAMES = { OPEN: '进行中', COMPLETED: '已完成', OVERDUE: '超期' } as const;

/** Whether a result has been published, as lists show it. */
export const PUBLICATION_STATUS_NAMES = { PUBLISHED: '已公示', UNPUBLISHED: '未公示' } as const;
