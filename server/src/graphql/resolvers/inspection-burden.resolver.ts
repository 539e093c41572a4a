import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OFFICE_ONLY, SIGNED_IN } from '../../domain/roles';
import { audited } from '../../auth/audited';
import { listBurdenSettings, setBurdenSetting } from '../../metrics/visits/burden-settings';
import { jointOpportunities } from '../../metrics/visits/joint-opportunities';
import { jointOpportunitySubjects, mostVisitedSubjects } from '../../metrics/visits/visit-lists';
import { actorOf, type HubContext } from '../context';
import { checkedDate } from '../input-checks';
import { asUserInput, kpiSetting } from '../kpi-setting';
import {
  InspectionBurdenSettingInput, InspectionBurdenSettingType, JointOpportunitySubjectType, JointOpportunityType, VisitedSubjectType,
} from '../types/inspection-burden.type';
import { PeriodInput } from '../types/period.input';

@Resolver()
export class InspectionBurdenResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [InspectionBurdenSettingType], { description: '已配置的检查频次设置（重复上门间隔、年度检查次数上限），可按年度、辖区筛选' })
  inspectionBurdenSettings(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: '辖区代码' }) jurisdiction: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return listBurdenSettings(ctx.pool, year, jurisdiction);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => InspectionBurdenSettingType, { description: '设置某年度、某辖区的重复上门间隔天数与同一部门年度检查次数上限' })
  setInspectionBurdenSetting(
    @Arg('input', () => InspectionBurdenSettingInput, { description: '检查频次设置' }) input: InspectionBurdenSettingInput,
    @Ctx() ctx: HubContext,
  ) {
    const row = {
      year: input.year, jurisdiction: input.jurisdiction,
      repeatWindowDays: input.repeatWindowDays ?? null, maxVisitsPerDepartment: input.maxVisitsPerDepartment ?? null,
    };
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'INSPECTION_BURDEN_SET', target: `${row.year} ${row.jurisdiction}`,
      before: async (db) => (await listBurdenSettings(db, row.year, row.jurisdiction))[0] ?? null,
    }, (db) => setBurdenSetting(db, row)));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [JointOpportunityType], { description: '可合并为联合抽查的部门组合：两成员单位在期间内不同日期、相隔不超过 W 天分别检查的同一批市场主体户数，户数多者在前' })
  jointOpportunities(
    @Arg('period', () => PeriodInput, { description: '统计期间（检查日期）' }) period: PeriodInput,
    @Arg('first', () => Int, { nullable: true, description: '返回多少组：默认 500，最多 500' }) first: number | null,
    @Ctx() ctx: HubContext,
  ) {
    const checked = { from: checkedDate(period.from, 'period.from'), to: checkedDate(period.to, 'period.to') };
    return asUserInput(async () => jointOpportunities(ctx.pool, await kpiSetting(ctx), checked, first));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [JointOpportunitySubjectType], { description: '两成员单位分别上门、相隔不超过 W 天的检查对象，及两部门在期间内对它们的检查' })
  jointOpportunitySubjects(
    @Arg('period', () => PeriodInput, { description: '统计期间（检查日期）' }) period: PeriodInput,
    @Arg('departmentA', () => String, { description: '部门甲的编码' }) departmentA: string,
    @Arg('departmentB', () => String, { description: '部门乙的编码' }) departmentB: string,
    @Arg('first', () => Int, { nullable: true, description: '返回多少户：默认 20，最多 500' }) first: number | null,
    @Ctx() ctx: HubContext,
  ) {
    const checked = { from: checkedDate(period.from, 'period.from'), to: checkedDate(period.to, 'period.to') };
    return asUserInput(async () => jointOpportunitySubjects(ctx.pool, await kpiSetting(ctx), checked, departmentA, departmentB, first));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [VisitedSubjectType], { description: '期间内上门次数最多的市场主体（同一天几个部门算一次上门）' })
  mostVisitedSubjects(
    @Arg('period', () => PeriodInput, { description: '统计期间（检查日期）' }) period: PeriodInput,
    @Arg('first', () => Int, { nullable: true, description: '返回多少户：默认 20，最多 500' }) first: number | null,
    @Ctx() ctx: HubContext,
  ) {
    const checked = { from: checkedDate(period.from, 'period.from'), to: checkedDate(period.to, 'period.to') };
    return asUserInput(() => mostVisitedSubjects(ctx.pool, checked, first));
  }
}
