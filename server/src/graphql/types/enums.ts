import { registerEnumType } from 'type-graphql';
import {
  CREDIT_CLASSES,
  FOLLOW_UPS,
  INSPECTION_METHODS,
  ITEM_CATEGORIES,
  RESULT_CATEGORIES,
  SUBJECT_TYPES,
} from '../../domain/vocabulary';

type Codes<K extends string> = { [P in K]: P };

/**
 * Registers a vocabulary as a GraphQL enum whose values are the stored English codes and whose
 * value descriptions are the Chinese labels, so the labels live in one place (domain/vocabulary).
 */
function vocabularyEnum<K extends string>(labels: Record<K, string>, name: string, description: string): Codes<K> {
  const codes = Object.fromEntries(Object.keys(labels).map((code) => [code, code])) as Codes<K>;
  const valuesConfig = Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, { description: label as string }]));
  registerEnumType(codes, { name, description, valuesConfig: valuesConfig as Partial<Record<K, { description: string }>> });
  return codes;
}

export const ItemCategoryEnum = vocabularyEnum(ITEM_CATEGORIES, 'ItemCategory', '抽查事项类别：重点事项不设比例上限，一般事项设比例上限');
export const SubjectTypeEnum = vocabularyEnum(SUBJECT_TYPES, 'SubjectType', '检查对象类型');
export const InspectionMethodEnum = vocabularyEnum(INSPECTION_METHODS, 'InspectionMethod', '检查方式');
export const ResultCategoryEnum = vocabularyEnum(RESULT_CATEGORIES, 'ResultCategory', '检查结果类别（国家企业信用信息公示系统口径）');
export const FollowUpEnum = vocabularyEnum(FOLLOW_UPS, 'FollowUp', '后续处置');

const CREDIT_CLASS_LABELS: Record<(typeof CREDIT_CLASSES)[number], string> = {
  A: 'A 类：信用风险低',
  B: 'B 类：信用风险一般',
  C: 'C 类：信用风险较高',
  D: 'D 类：信用风险高',
};
export const CreditClassEnum = vocabularyEnum(CREDIT_CLASS_LABELS, 'CreditClass', '企业信用风险分类');

export const SubjectCodeKindEnum = vocabularyEnum(
  { USCC: '统一社会信用代码（18 位）', REGISTRATION_NUMBER: '注册号（15 位，未换发统一社会信用代码的个体工商户等）', OBJECT_CODE: '检查对象编码（产品、项目等非市场主体）' },
  'SubjectCodeKind',
  '检查对象标识的种类',
);

export const TaskStatusEnum = vocabularyEnum(
  { OPEN: '进行中：尚未完成，截止日期未过', COMPLETED: '已完成', OVERDUE: '超期：截止日期已过仍未完成' },
  'TaskStatus',
  '抽查任务在某一日的状态',
);

export const PublicationStatusEnum = vocabularyEnum(
  { PUBLISHED: '已公示', UNPUBLISHED: '未公示' },
  'PublicationStatus',
  '检查结果的公示状态',
);

export const PublicationTimelinessEnum = vocabularyEnum(
  {
    ON_TIME: '按时：在公示期限内公示',
    LATE: '逾期：超过公示期限才公示',
    PENDING: '期限内未公示：尚未公示，公示期限未过',
    UNPUBLISHED_LATE: '逾期未公示：公示期限已过仍未公示',
  },
  'PublicationTimeliness',
  '检查结果在某一日的公示时效（公示期限为检查日期后第 20 个工作日）',
);

export const BatchSourceEnum = vocabularyEnum(
  { CLI: '命令行导入', UPLOAD: '页面上传', DEMO: '演示数据' },
  'BatchSource',
  '导入批次的来源',
);
