import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('KpiDeadlineSetting', { description: '某年度、某辖区的指标时限：公示期限（工作日数）与年度计划录入期限；空值沿用上级辖区或更早年度的设置，均未设置时为默认（20 个工作日、3 月 31 日）' })
export class KpiDeadlineSettingType {
  @Field(() => Int, { description: '起用年度：适用于该年及以后，直至有更晚年度的设置' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => Int, { nullable: true, description: '公示期限：检查日期后第几个工作日（检查日期为第 0 天），1–60' })
  publicationWorkingDays!: number | null;

  @Field(() => String, { nullable: true, description: '年度抽查计划录入期限：当年的月-日，如 03-31' })
  planEntryDeadline!: string | null;
}

@InputType('KpiDeadlineSettingInput', { description: '要设置的指标时限；同一年度、辖区再次设置时覆盖，留空的一项沿用上级或更早的设置' })
export class KpiDeadlineSettingInput {
  @Field(() => Int, { description: '起用年度' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => Int, { nullable: true, description: '公示期限（工作日数，1–60），如城中区 2023 年计划要求检查后 7 个工作日内录入' })
  publicationWorkingDays?: number | null;

  @Field(() => String, { nullable: true, description: '计划录入期限（月-日），如 03-31' })
  planEntryDeadline?: string | null;
}
