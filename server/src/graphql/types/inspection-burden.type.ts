import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DepartmentRefType, SubjectRefType, TaskRefType } from './refs.type';

@ObjectType('InspectionBurdenSetting', { description: '某年度、某辖区的检查频次设置；每项单独按截止日所在年度、最具体的辖区取用，未设置的取上级辖区或更早年度的，都没有时重复上门间隔为 30 天、不设年度上限' })
export class InspectionBurdenSettingType {
  @Field(() => Int, { description: '起用年度：适用于该年及以后，直至有更晚年度的设置' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => Int, { nullable: true, description: '重复上门的间隔天数 W：不同部门在 W 个自然日内先后上门视为重复上门；空为未设置' })
  repeatWindowDays!: number | null;

  @Field(() => Int, { nullable: true, description: '同一成员单位对同一检查对象每年检查天数的上限 C；空为未设置' })
  maxVisitsPerDepartment!: number | null;
}

@InputType('InspectionBurdenSettingInput', { description: '要设置的检查频次；同一年度、辖区再次设置时覆盖，两项都留空即删除该年度、辖区的设置' })
export class InspectionBurdenSettingInput {
  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => Int, { description: '起用年度' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '重复上门的间隔天数（1–366）' })
  repeatWindowDays?: number | null;

  @Field(() => Int, { nullable: true, description: '同一成员单位对同一检查对象每年检查天数的上限（1–366），如 2' })
  maxVisitsPerDepartment?: number | null;
}

@ObjectType('JointOpportunity', { description: '两个成员单位在期间内分别上门、相隔不超过 W 天的同一批市场主体：可合并为联合抽查的部门组合' })
export class JointOpportunityType {
  @Field(() => DepartmentRefType, { description: '部门甲（编码较小者）' })
  departmentA!: DepartmentRefType;

  @Field(() => DepartmentRefType, { description: '部门乙（编码较大者）' })
  departmentB!: DepartmentRefType;

  @Field(() => Int, { description: '两部门在不同日期、相隔不超过 W 天都检查过的不同检查对象户数' })
  subjects!: number;
}

@ObjectType('VisitedSubject', { description: '期间内被上门检查天数最多的市场主体之一' })
export class VisitedSubjectType {
  @Field(() => SubjectRefType, { description: '检查对象' })
  subject!: SubjectRefType;

  @Field(() => Int, { description: '上门次数：有检查结果的不同检查日期数（同一天几个部门算一次）' })
  visits!: number;

  @Field(() => Int, { description: '检查过它的部门数' })
  departments!: number;

  @Field(() => Int, { description: '检查结果条数' })
  results!: number;

  @Field(() => String, { description: '最近一次上门的日期' })
  lastVisitOn!: string;
}

@ObjectType('SubjectVisit', { description: '某部门某日在某检查对象处的一次检查' })
export class SubjectVisitType {
  @Field(() => DepartmentRefType, { description: '检查部门' })
  department!: DepartmentRefType;

  @Field(() => String, { description: '检查日期' })
  inspectedOn!: string;

  @Field(() => TaskRefType, { description: '所属抽查任务' })
  task!: TaskRefType;
}

@ObjectType('JointOpportunitySubject', { description: '两部门分别上门的一个检查对象及两部门在期间内的检查' })
export class JointOpportunitySubjectType {
  @Field(() => SubjectRefType, { description: '检查对象' })
  subject!: SubjectRefType;

  @Field(() => [SubjectVisitType], { description: '两部门在期间内对它的检查，按日期' })
  visits!: SubjectVisitType[];
}
