import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { departmentScope } from '../../auth/actor';
import { audited } from '../../auth/audited';
import { todayInChina } from '../../domain/dates';
import { OFFICE_ONLY, SIGNED_IN, SUPERVISORS } from '../../domain/roles';
import { MAX_PERIOD_MONTHS, periodMonths, submissionStatus } from '../../oversight/submission';
import { listWarningSettings, saveWarningSetting, WarningSettingError } from '../../oversight/warning-settings';
import { earlyWarnings, WarningQueryError } from '../../oversight/warnings';
import { actorOf, type HubContext } from '../context';
import { badUserInput } from '../errors';
import { checkedDate, checkedPageSize, checkedPeriod } from '../input-checks';
import { kpiSetting } from '../kpi-setting';
import { PeriodInput } from '../types/period.input';
import { EarlyWarningsType, SubmissionStatusType, WarningSettingInput, WarningSettingType } from '../types/oversight.type';

async function asUserInput<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof WarningQueryError || error instanceof WarningSettingError) throw badUserInput(error.message);
    throw error;
  }
}

@Resolver()
export class OversightResolver {
  @Authorized(SIGNED_IN)
  @Query(() => EarlyWarningsType, {
    description: '预警：截至 asOf（默认今天），公示期限或任务截止日期在其后 K 个工作日内（含）尚未公示或完成的，以及已经逾期的；'
      + '成员单位账号不给 departmentCode 时看本单位',
  })
  earlyWarnings(
    @Arg('asOf', () => String, { nullable: true, description: '数据截至（观察日），YYYY-MM-DD；默认今天（北京时间）' }) asOf: string | null,
    @Arg('departmentCode', () => String, { nullable: true, description: '部门编码；不填为全部部门（成员单位账号为本单位）' }) departmentCode: string | null,
    @Arg('first', () => Int, { defaultValue: 200, description: '明细条数，默认 200，最多 500；各项条数不受此限' }) first: number,
    @Ctx() ctx: HubContext,
  ): Promise<EarlyWarningsType> {
    return asUserInput(async () => earlyWarnings(ctx.pool, await kpiSetting(ctx), {
      asOf: asOf == null ? todayInChina() : checkedDate(asOf, 'asOf'),
      departmentCode: departmentCode ?? departmentScope(actorOf(ctx)),
      first: checkedPageSize(first),
    }));
  }

  @Authorized(SUPERVISORS)
  @Query(() => [SubmissionStatusType], { description: '报送情况：每个成员单位最近一次导入的时间与期间内没有检查结果的月份' })
  submissionStatus(@Arg('period', () => PeriodInput, { description: '统计期间' }) period: PeriodInput, @Ctx() ctx: HubContext): Promise<SubmissionStatusType[]> {
    const checked = checkedPeriod(period)!;
    if (Number(checked.to.slice(0, 4)) - Number(checked.from.slice(0, 4)) > 10 || periodMonths(checked).length > MAX_PERIOD_MONTHS) {
      throw badUserInput(`报送情况的期间最多 ${MAX_PERIOD_MONTHS} 个月`);
    }
    return submissionStatus(ctx.pool, checked);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [WarningSettingType], { description: '已配置的预警提前工作日数（未配置时为 3）' })
  warningSettings(@Ctx() ctx: HubContext): Promise<WarningSettingType[]> {
    return listWarningSettings(ctx.pool);
  }

  @Authorized(OFFICE_ONLY)
  @Mutation(() => WarningSettingType, { description: '设置某年度起、某辖区的预警提前工作日数' })
  setWarningSetting(@Arg('input', () => WarningSettingInput, { description: '设置' }) input: WarningSettingInput, @Ctx() ctx: HubContext) {
    const row = { year: input.year, jurisdiction: input.jurisdiction, leadWorkingDays: input.leadWorkingDays };
    return asUserInput(() => audited(ctx.pool, actorOf(ctx), {
      action: 'WARNING_SETTING_SET', target: `${row.year} ${row.jurisdiction}`,
      before: async (db) => (await listWarningSettings(db)).find((s) => s.year === row.year && s.jurisdiction === row.jurisdiction) ?? null,
    }, (db) => saveWarningSetting(db, row)));
  }
}
