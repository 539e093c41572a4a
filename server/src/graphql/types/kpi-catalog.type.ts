import { Field, Float, ObjectType } from 'type-graphql';
import { DepartmentRule, KpiUnit } from './kpi.type';

@ObjectType('KpiCatalogEntry', { description: '指标目录中的一项：驾驶舱与文书据此显示指标的名称、单位、口径与依据，不随期间变化' })
export class KpiCatalogEntryType {
  @Field(() => String, { description: '指标键，如 credit_tiered_task_share' })
  key!: string;

  @Field(() => String, { description: '指标名称' })
  name!: string;

  @Field(() => KpiUnit, { description: '单位' })
  unit!: KpiUnit;

  @Field(() => String, { description: '指标定义（口径）' })
  definition!: string;

  @Field(() => String, { description: '政策依据' })
  source!: string;

  @Field(() => Boolean, { description: '各期可加：同一观察日下各月的分子、分母之和等于季度' })
  periodAdditive!: boolean;

  @Field(() => DepartmentRule, { description: '按部门分行时各行与合计的关系' })
  departmentRule!: DepartmentRule;

  @Field(() => Float, { nullable: true, description: '默认目标值：没有配置覆盖某年度、辖区时采用；无默认目标时为 null' })
  defaultTarget!: number | null;

  @Field(() => String, { nullable: true, description: '默认目标的比较方式：>、>= 或 <=；无默认目标时为 null' })
  defaultComparator!: string | null;

  @Field(() => String, { description: '分子的明细是哪些记录（评估人员看的说明）' })
  evidence!: string;
}
