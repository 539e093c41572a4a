import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OFFICE_ONLY, SIGNED_IN } from '../../domain/roles';
import type { CreditClass } from '../../domain/vocabulary';
import type { Comparator } from '../../metrics/definitions';
import { listBands, listTargets, removeTarget, setBands, setTarget } from '../../metrics/settings-admin';
import { audited } from '../../auth/audited';
import { actorOf, type HubContext } from '../context';
import { asUserInput } from '../kpi-setting';
import { CreditClassBandInput, CreditClassBandType, KpiTargetInput, KpiTargetType } from '../types/kpi-settings.type';

@Resolver()
export class KpiSettingsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [KpiTargetType], { description: '已配置的指标目标（可按年度、辖区筛选）' })
  kpiTargets(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listTargets(ctx.pool, year, jurisdiction);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [CreditClassBandType], { description: '已配置的信用风险分类抽查比例区间（可按年度、辖区筛选）' })
  creditClassBands(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listBands(ctx.pool, year, jurisdiction);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => KpiTargetType, { description: '设置一项指标目标（如某地联合抽查占比 ≥ 40%：comparator ">=", target 0.4）' })
  setKpiTarget(@Arg('input', () => KpiTargetInput, { description: '目标' }) input: KpiTargetInput, @Ctx() ctx: HubContext) {
    const { note, comparator, ...row } = input;
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'KPI_TARGET_SET', target: `${row.year} ${row.jurisdiction} ${row.kpiKey}`,
      before: async (db) => (await listTargets(db, row.year, row.jurisdiction)).find((t) => t.kpiKey === row.kpiKey) ?? null,
      detail: { note: note ?? null },
    }, (db) => setTarget(db, { ...row, comparator: comparator as Comparator }, note ?? null)));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => Boolean, { description: '删除一项指标目标；返回是否删除了记录' })
  removeKpiTarget(
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('jurisdiction', () => String, { description: '辖区代码' }) jurisdiction: string,
    @Arg('kpiKey', () => String, { description: '指标键' }) kpiKey: string,
    @Ctx() ctx: HubContext,
  ) {
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'KPI_TARGET_DELETE', target: `${year} ${jurisdiction} ${kpiKey}`,
      before: async (db) => (await listTargets(db, year, jurisdiction)).find((t) => t.kpiKey === kpiKey) ?? null, after: () => null,
    }, (db) => removeTarget(db, year, jurisdiction, kpiKey)));
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => [CreditClassBandType], { description: '设置某年度、某辖区各信用风险等级的抽查比例区间' })
  setCreditClassBands(
    @Arg('year', () => Int, { description: '起用年度' }) year: number,
    @Arg('jurisdiction', () => String, { description: '辖区代码，000000 为全国默认' }) jurisdiction: string,
    @Arg('bands', () => [CreditClassBandInput], { description: '各类别的比例区间' }) bands: CreditClassBandInput[],
    @Ctx() ctx: HubContext,
  ) {
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'CREDIT_BANDS_SET', target: `${year} ${jurisdiction}`, before: (db) => listBands(db, year, jurisdiction),
    }, (db) => setBands(db, year, jurisdiction, bands.map((b) => ({ ...b, creditClass: b.creditClass as CreditClass })))));
  }
}
