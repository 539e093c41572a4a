import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CreditClass } from '../../domain/vocabulary';
import type { Comparator } from '../../metrics/definitions';
import { listBands, listTargets, removeTarget, setBands, setTarget } from '../../metrics/settings-admin';
import type { HubContext } from '../context';
import { asUserInput } from '../kpi-setting';
import { CreditClassBandInput, CreditClassBandType, KpiTargetInput, KpiTargetType } from '../types/kpi-settings.type';

@Resolver()
export class KpiSettingsResolver {
  @Query(() => [KpiTargetType], { description: '已配置的指标目标（可按年度、辖区筛选）' })
  kpiTargets(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listTargets(ctx.pool, year, jurisdiction);
  }

  @Query(() => [CreditClassBandType], { description: '已配置的信用风险分类抽查比例区间（可按年度、辖区筛选）' })
  creditClassBands(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listBands(ctx.pool, year, jurisdiction);
  }

  @Mutation(() => KpiTargetType, { description: '设置一项指标目标（如某地联合抽查占比 ≥ 40%：comparator ">=", target 0.4）' })
  setKpiTarget(@Arg('input', () => KpiTargetInput, { description: '目标' }) input: KpiTargetInput, @Ctx() ctx: HubContext) {
    const { note, comparator, ...row } = input;
    return asUserInput(() => setTarget(ctx.pool, { ...row, comparator: comparator as Comparator }, note ?? null));
  }

  @Mutation(() => Boolean, { description: '删除一项指标目标；返回是否删除了记录' })
  removeKpiTarget(
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('jurisdiction', () => String, { description: '辖区代码' }) jurisdiction: string,
    @Arg('kpiKey', () => String, { description: '指标键' }) kpiKey: string,
    @Ctx() ctx: HubContext,
  ) {
    return asUserInput(() => removeTarget(ctx.pool, year, jurisdiction, kpiKey));
  }

  @Mutation(() => [CreditClassBandType], { description: '设置某年度、某辖区各信用风险等级的抽查比例区间' })
  setCreditClassBands(
    @Arg('year', () => Int, { description: '起用年度' }) year: number,
    @Arg('jurisdiction', () => String, { description: '辖区代码，000000 为全国默认' }) jurisdiction: string,
    @Arg('bands', () => [CreditClassBandInput], { description: '各类别的比例区间' }) bands: CreditClassBandInput[],
    @Ctx() ctx: HubContext,
  ) {
    return asUserInput(() => setBands(ctx.pool, year, jurisdiction, bands.map((b) => ({ ...b, creditClass: b.creditClass as CreditClass }))));
  }
}
