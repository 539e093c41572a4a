import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DepartmentRefType } from './refs.type';

export enum KpiUnit {
  RATIO = 'RATIO',
  COUNT = 'COUNT',
}
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  description: '指标的单位',
  valuesConfig: { RATIO: { description: '比率：value 为分数（0.8 即 80%）' }, COUNT: { description: '计数：value 等于 numerator' } },
});

export enum Granularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(Granularity, {
  name: 'Granularity',
  description: '趋势的时间粒度',
  valuesConfig: { MONTH: { description: '按月' }, QUARTER: { description: '按季度' }, YEAR: { description: '按年' } },
});

export enum DepartmentRule {
  SUM = 'SUM',
  ONCE_PER_PARTICIPANT = 'ONCE_PER_PARTICIPANT',
}
registerEnumType(DepartmentRule, {
  name: 'DepartmentRule',
  description: '按部门分行时各行与合计的关系',
  valuesConfig: {
    SUM: { description: '每条记录只属于一个部门：各成员单位之和 + 非成员单位 = 合计' },
    ONCE_PER_PARTICIPANT: { description: '一条记录在每个参与部门各计一次（联合任务、联合计划、多个部门登记的检查对象），合计中只计一次' },
  },
});

@InputType('KpiPeriodInput', { description: '指标的统计期间：起止日期均含当天；asOf 为截止观察日（默认为 to），晚于它的完成、公示视为尚未发生' })
export class KpiPeriodInput {
  @Field(() => String, { description: '起始日期，YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: '截止日期，YYYY-MM-DD' })
  to!: string;

  @Field(() => String, { nullable: true, description: '观察日，YYYY-MM-DD，默认为 to' })
  asOf?: string | null;
}

@ObjectType('Kpi', { description: '一项指标在某期间、某范围内的数值' })
export class KpiType {
  @Field(() => String, { description: '指标键，如 credit_tiered_task_share' })
  key!: string;

  @Field(() => String, { description: '指标名称' })
  name!: string;

  @Field(() => KpiUnit, { description: '单位' })
  unit!: KpiUnit;

  @Field(() => Float, { nullable: true, description: '数值：比率为分子 ÷ 分母（分母为 0 时为 null），计数为分子' })
  value!: number | null;

  @Field(() => Int, { description: '分子；计数类指标即计数本身' })
  numerator!: number;

  @Field(() => Int, { nullable: true, description: '分母；计数类指标为 null' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: '目标值（按期间截止日所在年度和辖区的配置）；无目标时为 null' })
  target!: number | null;

  @Field(() => String, { nullable: true, description: '与目标比较的方式：>、>= 或 <=' })
  comparator!: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否达标；无目标或无数值时为 null' })
  met!: boolean | null;

  @Field(() => String, { description: '指标定义（口径）' })
  definition!: string;

  @Field(() => String, { description: '政策依据' })
  source!: string;

  @Field(() => Boolean, { description: '各期可加：分子、分母所数的记录各属一个时间段（任务按开始日期、结果按检查日期），同一观察日下各月之和等于季度；名录库、人员、覆盖类指标为否' })
  periodAdditive!: boolean;

  @Field(() => DepartmentRule, { description: '按部门分行时各行与合计的关系' })
  departmentRule!: DepartmentRule;
}

@ObjectType('DepartmentKpis', { description: '一个成员单位的全部指标与排名（通报排名表）' })
export class DepartmentKpisType {
  @Field(() => String, { description: '部门编码' })
  code!: string;

  @Field(() => String, { description: '部门名称' })
  name!: string;

  @Field(() => Int, { description: '名次：综合得分从高到低，得分相同者名次相同' })
  rank!: number;

  @Field(() => Float, { nullable: true, description: '综合得分（0–100）：有目标且有数值的各项指标完成度的平均数 × 100；完成度 = 数值 ÷ 目标（最高 1），“不超过”类目标为 (目标 + 1) ÷ (数值 + 1)' })
  score!: number | null;

  @Field(() => Int, { description: '未达标的指标项数' })
  missedTargets!: number;

  @Field(() => [KpiType], { description: '各项指标' })
  kpis!: KpiType[];
}

@ObjectType('KpiReconciliation', { description: '一项指标的各成员单位之和、非成员单位与合计如何对上：成员单位之和 + 非成员单位 − 重复计数 = 合计' })
export class KpiReconciliationType {
  @Field(() => String, { description: '指标键' })
  key!: string;

  @Field(() => DepartmentRule, { description: '各行与合计的关系' })
  rule!: DepartmentRule;

  @Field(() => Int, { description: '各成员单位分子之和' })
  membersNumerator!: number;

  @Field(() => Int, { nullable: true, description: '各成员单位分母之和；计数类指标为 null' })
  membersDenominator!: number | null;

  @Field(() => Int, { description: '分子的重复计数：成员单位之和 + 非成员单位 − 合计；SUM 规则下为 0' })
  repeatedNumerator!: number;

  @Field(() => Int, { nullable: true, description: '分母的重复计数；计数类指标为 null' })
  repeatedDenominator!: number | null;

  @Field(() => String, { description: '表注：这一列如何与合计对上' })
  note!: string;
}

@ObjectType('DepartmentKpiTotals', { description: '部门排名表的合计行、非成员单位行与各列的对账' })
export class DepartmentKpiTotalsType {
  @Field(() => [KpiType], { description: '合计（全辖区），与不加筛选的 kpis 相同' })
  total!: KpiType[];

  @Field(() => [KpiType], { description: '非成员单位：联席会议成员以外的部门合为一行，按部门口径计算（其发起或配合的任务、其检查结果）' })
  nonMember!: KpiType[];

  @Field(() => [DepartmentRefType], { description: '非成员单位行所含的部门' })
  nonMemberDepartments!: DepartmentRefType[];

  @Field(() => [KpiReconciliationType], { description: '每项指标一行，顺序同 kpis' })
  reconciliation!: KpiReconciliationType[];
}

@ObjectType('KpiSeriesPoint', { description: '趋势中的一个时间段' })
export class KpiSeriesPointType {
  @Field(() => String, { description: '时间段名称，如 2024年3月、2024年第一季度' })
  label!: string;

  @Field(() => String, { description: '统计起始日期（累计时为当年 1 月 1 日）' })
  from!: string;

  @Field(() => String, { description: '统计截止日期；未给 asOf 时也是该点的观察日' })
  to!: string;

  @Field(() => String, { description: '该点的观察日：给了 asOf 时为 asOf，否则为 to' })
  asOf!: string;

  @Field(() => Float, { nullable: true, description: '数值' })
  value!: number | null;

  @Field(() => Int, { description: '分子' })
  numerator!: number;

  @Field(() => Int, { nullable: true, description: '分母' })
  denominator!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否达标' })
  met!: boolean | null;
}

@ObjectType('KpiSeries', { description: '一组趋势中一项指标的各个时间段（kpiSeriesSet）' })
export class KpiSeriesType {
  @Field(() => String, { description: '指标键' })
  key!: string;

  @Field(() => [KpiSeriesPointType], { description: '各时间段，顺序同 kpiSeries' })
  points!: KpiSeriesPointType[];
}
