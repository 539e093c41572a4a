import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { audited } from '../../auth/audited';
import { OFFICE_ONLY, SIGNED_IN } from '../../domain/roles';
import { latestDeadline, resultDeadline } from '../../metrics/publication-deadlines';
import { listDeadlines, setDeadline } from '../../metrics/settings-admin';
import { actorOf, type HubContext } from '../context';
import { checkedDate } from '../input-checks';
import { asUserInput, kpiSetting } from '../kpi-setting';
import { KpiDeadlineSettingInput, KpiDeadlineSettingType } from '../types/deadline-setting.type';
import { badUserInput } from '../errors';

@Resolver()
export class DeadlineSettingsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [KpiDeadlineSettingType], { description: '已配置的指标时限（公示期限、计划录入期限），可按年度、辖区筛选' })
  kpiDeadlineSettings(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listDeadlines(ctx.pool, year, jurisdiction);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => KpiDeadlineSettingType, { description: '设置某年度、某辖区的公示期限（工作日数）和计划录入期限' })
  setKpiDeadlineSetting(@Arg('input', () => KpiDeadlineSettingInput, { description: '时限' }) input: KpiDeadlineSettingInput, @Ctx() ctx: HubContext) {
    const row = {
      year: input.year, jurisdiction: input.jurisdiction,
      publicationWorkingDays: input.publicationWorkingDays ?? null, planEntryDeadline: input.planEntryDeadline ?? null,
    };
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'KPI_DEADLINES_SET', target: `${row.year} ${row.jurisdiction}`,
      before: async (db) => (await listDeadlines(db, row.year, row.jurisdiction))[0] ?? null,
    }, (db) => setDeadline(db, row)));
  }

  @Authorized(SIGNED_IN)
  @Query(() => String, { description: '某日检查的结果的公示期限：给出部门时按该部门所在辖区、检查年度的设置；不给出时为各部门期限中最晚的一天（此后该日的结果都已到期）' })
  async publicationDeadline(
    @Arg('inspectedOn', () => String, { description: '检查日期，YYYY-MM-DD' }) inspectedOn: string,
    @Arg('departmentCode', () => String, { nullable: true, description: '部门代码' }) departmentCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<string> {
    checkedDate(inspectedOn, 'inspectedOn');
    const setting = await kpiSetting(ctx);
    if (departmentCode && !setting.departments.some((d) => d.code === departmentCode)) throw badUserInput(`部门代码 ${departmentCode} 不存在`);
    return departmentCode ? resultDeadline(setting, departmentCode, inspectedOn) : latestDeadline(setting, inspectedOn);
  }
}
