import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './connection.type';
import { DepartmentType } from './department.type';
import { InspectionItemType } from './inspection-item.type';
import { InspectionType } from './inspection.type';
import { InspectorType } from './inspector.type';
import { PlanType } from './plan.type';
import { DepartmentRefType, SubjectRefType, TaskRefType } from './refs.type';
import { SubjectType } from './subject.type';
import { TaskType } from './task.type';

export enum KpiPart {
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
  SHORTFALL = 'SHORTFALL',
}
registerEnumType(KpiPart, {
  name: 'KpiPart',
  description: '指标的组成部分',
  valuesConfig: {
    NUMERATOR: { description: '分子' },
    DENOMINATOR: { description: '分母' },
    SHORTFALL: { description: '差额：计入分母而未计入分子的记录（如逾期或未公示的检查结果、未被使用的事项），条数为分母减分子' },
  },
});

export enum EvidenceKind {
  TASK = 'TASK',
  INSPECTION = 'INSPECTION',
  DEPARTMENT = 'DEPARTMENT',
  INSPECTION_ITEM = 'INSPECTION_ITEM',
  INSPECTOR = 'INSPECTOR',
  SUBJECT = 'SUBJECT',
  PLAN = 'PLAN',
  SAVED_VISIT = 'SAVED_VISIT',
  VISIT = 'VISIT',
}
registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: '明细行的种类',
  valuesConfig: {
    TASK: { description: '抽查任务' }, INSPECTION: { description: '检查结果' }, DEPARTMENT: { description: '部门' },
    INSPECTION_ITEM: { description: '抽查事项' }, INSPECTOR: { description: '执法人员' }, SUBJECT: { description: '检查对象' },
    PLAN: { description: '抽查计划' }, SAVED_VISIT: { description: '减少的一次上门检查' }, VISIT: { description: '一次上门：检查对象与检查日期' },
  },
});

@ObjectType('SavedVisit', { description: '联合抽查中配合部门随同检查、免于单独上门的一户次' })
export class SavedVisitType {
  @Field(() => TaskRefType, { description: '联合抽查任务' })
  task!: TaskRefType;

  @Field(() => SubjectRefType, { description: '检查对象' })
  subject!: SubjectRefType;

  @Field(() => DepartmentRefType, { description: '配合部门' })
  department!: DepartmentRefType;
}

@ObjectType('Visit', { description: '一次上门：同一检查对象同一检查日期的全部检查（几个部门同日算一次）' })
export class VisitType {
  @Field(() => SubjectRefType, { description: '检查对象' })
  subject!: SubjectRefType;

  @Field(() => String, { description: '检查日期' })
  inspectedOn!: string;

  @Field(() => [DepartmentRefType], { description: '当日到场检查的部门' })
  departments!: DepartmentRefType[];

  @Field(() => [TaskRefType], { description: '当日检查所属的抽查任务' })
  tasks!: TaskRefType[];
}

export const EVIDENCE_TYPES = {
  TASK: TaskType, INSPECTION: InspectionType, DEPARTMENT: DepartmentType, INSPECTION_ITEM: InspectionItemType,
  INSPECTOR: InspectorType, SUBJECT: SubjectType, PLAN: PlanType, SAVED_VISIT: SavedVisitType, VISIT: VisitType,
} as const;

/** Records carry the kind of their list in this symbol, so the union can name their type. */
export const EVIDENCE_KIND_OF = Symbol('evidenceKind');

export const KpiEvidenceNode = createUnionType({
  name: 'KpiEvidenceNode',
  description: '指标明细行所对应的记录',
  types: () => Object.values(EVIDENCE_TYPES),
  resolveType: (value) => EVIDENCE_TYPES[(value as unknown as { [EVIDENCE_KIND_OF]: EvidenceKind })[EVIDENCE_KIND_OF]],
});

@ObjectType('KpiEvidenceRow', { description: '指标的一条明细：被计入分子或分母的一条记录' })
export class KpiEvidenceRowType {
  @Field(() => String, { description: '明细键（任务编号、结果编号、部门编码等）' })
  key!: string;

  @Field(() => String, { nullable: true, description: '计入的理由：相关日期、期限与数字' })
  note!: string | null;

  @Field(() => KpiEvidenceNode, { description: '对应的记录' })
  node!: typeof KpiEvidenceNode;

  @Field(() => [String], { nullable: 'items', description: '各列的值，与 KpiEvidenceConnection.columns 一一对应；日期写作 YYYY-MM-DD，数字写作十进制，空值为 null' })
  cells!: (string | null)[];

  @Field(() => String, { nullable: true, description: '驾驶舱中该记录的页面路径（如 /tasks/任务编号、/inspections/结果序号），没有页面的为 null' })
  link!: string | null;
}

export enum EvidenceCellType {
  TEXT = 'TEXT',
  DATE = 'DATE',
  NUMBER = 'NUMBER',
}
registerEnumType(EvidenceCellType, {
  name: 'EvidenceCellType',
  description: '明细列的取值类型',
  valuesConfig: { TEXT: { description: '文字' }, DATE: { description: '日期（YYYY-MM-DD）' }, NUMBER: { description: '数字' } },
});

@ObjectType('KpiEvidenceColumn', { description: '明细的一列：一项事实，列名同数据交换格式' })
export class KpiEvidenceColumnType {
  @Field(() => String, { description: '列名，如 统一社会信用代码、检查日期、状态；可作 kpiEvidence 的 sortBy' })
  name!: string;

  @Field(() => EvidenceCellType, { description: '取值类型' })
  type!: EvidenceCellType;
}

@ObjectType('KpiEvidenceConnection', { description: '指标分子或分母背后的明细行' })
export class KpiEvidenceConnection {
  @Field(() => EvidenceKind, { description: '明细行的种类' })
  kind!: EvidenceKind;

  @Field(() => [KpiEvidenceColumnType], { description: '明细的各列（随明细种类而定），每行的 cells 与之对应' })
  columns!: KpiEvidenceColumnType[];

  @Field(() => Int, { description: '明细总数，等于该指标的分子或分母（入库率的分母为部门数，其和为持证人数）' })
  totalCount!: number;

  @Field(() => [KpiEvidenceRowType], { description: '本页明细' })
  nodes!: KpiEvidenceRowType[];

  @Field(() => PageInfo, { description: '分页信息' })
  pageInfo!: PageInfo;
}
