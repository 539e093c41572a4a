import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WARNING_KIND_NAMES, type WarningKind } from '../../oversight/warnings';

export const WarningKindEnum = Object.fromEntries(Object.keys(WARNING_KIND_NAMES).map((k) => [k, k])) as { [K in WarningKind]: K };
registerEnumType(WarningKindEnum, {
  name: 'WarningKind',
  description: '预警的种类',
  valuesConfig: Object.fromEntries(Object.entries(WARNING_KIND_NAMES).map(([k, v]) => [k, { description: v }])),
});

@ObjectType('DepartmentWarnings', { description: '一个部门的预警条数' })
export class DepartmentWarningsType {
  @Field(() => String, { description: '部门编码' }) departmentCode!: string;
  @Field(() => String, { description: '部门名称' }) departmentName!: string;
  @Field(() => Int, { description: '公示期限在 K 个工作日内、尚未公示的检查结果' }) publicationsDueSoon!: number;
  @Field(() => Int, { description: '已过公示期限仍未公示的检查结果' }) publicationsOverdue!: number;
  @Field(() => Int, { description: '截止日期在 K 个工作日内、尚未完成的任务（发起或配合）' }) tasksDueSoon!: number;
  @Field(() => Int, { description: '已过截止日期仍未完成的任务（发起或配合）' }) tasksOverdue!: number;
  @Field(() => Int, { description: '以上四项之和' }) total!: number;
}

@ObjectType('WarningItem', { description: '一条预警：一条检查结果的公示，或一个任务的完成' })
export class WarningItemType {
  @Field(() => WarningKindEnum, { description: '种类' }) kind!: WarningKind;
  @Field(() => String, { description: '检查结果所属部门；任务为发起部门' }) departmentCode!: string;
  @Field(() => String, { description: '部门名称' }) departmentName!: string;
  @Field(() => String, { description: '任务编号' }) taskCode!: string;
  @Field(() => String, { description: '任务名称' }) taskName!: string;
  @Field(() => String, { nullable: true, description: '检查结果编号（任务的预警为空）' }) inspectionId!: string | null;
  @Field(() => String, { nullable: true, description: '检查对象代码' }) subjectCode!: string | null;
  @Field(() => String, { nullable: true, description: '检查对象名称' }) subjectName!: string | null;
  @Field(() => String, { nullable: true, description: '检查日期' }) inspectedOn!: string | null;
  @Field(() => String, { description: '到期日：公示期限或任务截止日期' }) dueOn!: string;
  @Field(() => [String], { description: '任务的全部参与部门编码（发起部门在前）；检查结果为空' }) participants!: string[];
}

@ObjectType('EarlyWarnings', { description: '截至某日的预警：K 个工作日内到期与已经逾期的公示和任务' })
export class EarlyWarningsType {
  @Field(() => String, { description: '数据截至（观察日）' }) asOf!: string;
  @Field(() => Int, { description: 'K：提前预警的工作日数' }) leadWorkingDays!: number;
  @Field(() => String, { description: '预警窗口的最后一天：观察日之后第 K 个工作日' }) windowEnd!: string;
  @Field(() => String, { nullable: true, description: '只看该部门时的部门编码' }) departmentCode!: string | null;
  @Field(() => Int, { description: '即将到期未公示的检查结果条数' }) publicationsDueSoon!: number;
  @Field(() => Int, { description: '逾期未公示的检查结果条数' }) publicationsOverdue!: number;
  @Field(() => Int, { description: '即将到期未完成的任务数（联合任务只计一次）' }) tasksDueSoon!: number;
  @Field(() => Int, { description: '超期未完成的任务数（联合任务只计一次）' }) tasksOverdue!: number;
  @Field(() => Int, { description: '以上四项之和：驾驶舱的预警数' }) total!: number;
  @Field(() => [DepartmentWarningsType], { description: '各部门的预警条数，多者在前' }) departments!: DepartmentWarningsType[];
  @Field(() => [WarningItemType], { description: '预警明细：先逾期后即将到期，各按到期日；至多 first 条' }) items!: WarningItemType[];
}

@ObjectType('SubmissionStatus', { description: '一个成员单位的报送情况' })
export class SubmissionStatusType {
  @Field(() => String, { description: '部门编码' }) departmentCode!: string;
  @Field(() => String, { description: '部门名称' }) departmentName!: string;
  @Field(() => String, { nullable: true, description: '最近一次写入该部门数据（检查结果、发起的任务与计划、执法检查人员、抽查事项）的导入时间（ISO 8601）' })
  lastImportAt!: string | null;
  @Field(() => Int, { description: '期间内的检查结果条数' }) resultCount!: number;
  @Field(() => [String], { description: '期间内没有检查结果的月份（YYYY-MM）' }) monthsWithoutResults!: string[];
}

@ObjectType('WarningSetting', { description: '预警提前的工作日数 K（按年度、辖区）' })
export class WarningSettingType {
  @Field(() => Int, { description: '起用年度' }) year!: number;
  @Field(() => String, { description: '辖区代码，000000 为全国默认' }) jurisdiction!: string;
  @Field(() => Int, { description: '提前预警的工作日数' }) leadWorkingDays!: number;
}

@InputType('WarningSettingInput', { description: '预警提前的工作日数' })
export class WarningSettingInput {
  @Field(() => Int, { description: '起用年度' }) year!: number;
  @Field(() => String, { description: '辖区代码，000000 为全国默认' }) jurisdiction!: string;
  @Field(() => Int, { description: '提前预警的工作日数（1–60）' }) leadWorkingDays!: number;
}
