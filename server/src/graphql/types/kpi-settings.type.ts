import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { CreditClassEnum } from './enums';

@ObjectType('KpiTarget', { description: '某年度、某辖区的一项指标目标；期间按其截止日所在年度、最具体的辖区取用' })
export class KpiTargetType {
  @Field(() => Int, { description: '起用年度：适用于该年及以后，直至有更晚年度的设置' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => String, { description: '指标键' })
  kpiKey!: string;

  @Field(() => String, { description: '比较方式：>、>= 或 <=' })
  comparator!: string;

  @Field(() => Float, { description: '目标值：比率写作小数（80% 为 0.8）' })
  target!: number;
}

@InputType('KpiTargetInput', { description: '要设置的指标目标；同一年度、辖区、指标再次设置时覆盖' })
export class KpiTargetInput {
  @Field(() => Int, { description: '起用年度' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => String, { description: '指标键' })
  kpiKey!: string;

  @Field(() => String, { description: '比较方式：>、>= 或 <=' })
  comparator!: string;

  @Field(() => Float, { description: '目标值' })
  target!: number;

  @Field(() => String, { nullable: true, description: '依据或说明，如文件名称' })
  note?: string | null;
}

@ObjectType('CreditClassBand', { description: '信用风险分类抽查中某一类别的抽查比例区间（百分比）' })
export class CreditClassBandType {
  @Field(() => Int, { description: '起用年度' })
  year!: number;

  @Field(() => String, { description: '辖区：6 位行政区划代码，000000 为全国默认' })
  jurisdiction!: string;

  @Field(() => CreditClassEnum, { description: '信用风险等级' })
  creditClass!: string;

  @Field(() => Float, { description: '比例下限（%）' })
  lowPercent!: number;

  @Field(() => Float, { description: '比例上限（%）' })
  highPercent!: number;
}

@InputType('CreditClassBandInput', { description: '一个信用风险等级的抽查比例区间' })
export class CreditClassBandInput {
  @Field(() => CreditClassEnum, { description: '信用风险等级' })
  creditClass!: string;

  @Field(() => Float, { description: '比例下限（%），如 3' })
  lowPercent!: number;

  @Field(() => Float, { description: '比例上限（%），如 20' })
  highPercent!: number;
}
