import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { publicationTimeliness, type PublicationTimeliness } from '../../domain/publication';
import { deadlineTable, resultDeadline } from '../../metrics/publication-deadlines';
import { SIGNED_IN } from '../../domain/roles';
import { findInspection, listInspections, type InspectionRecord } from '../../store/repositories/inspection.repository';
import type { HubContext } from '../context';
import { checkedId } from '../input-checks';
import { kpiSetting } from '../kpi-setting';
import { toConnection } from '../pagination';
import { PublicationTimelinessEnum } from '../types/enums';
import { INSPECTION_AS_OF_DESCRIPTION, InspectionListArgs, inspectionAsOf, inspectionFilter } from '../types/inspection.args';
import { InspectionConnection, InspectionType } from '../types/inspection.type';

@Resolver(() => InspectionType)
export class InspectionResolver {
  @Authorized(SIGNED_IN)
  @Query(() => InspectionConnection, { description: '检查结果列表，按检查日期、编号排序，默认从最新的开始' })
  async inspections(@Args(() => InspectionListArgs) args: InspectionListArgs, @Ctx() ctx: HubContext) {
    const filter = inspectionFilter(args);
    if (args.timeliness) {
      // Each day the list can reach, with its deadline: the days of the stored results, within the period if one is given.
      const stored = (await ctx.pool.query(
        `select min(inspected_on)::text as "from", max(inspected_on)::text as "to" from inspection`,
      )).rows[0] as { from: string | null; to: string | null };
      const from = [stored.from, filter.period?.from].filter((d): d is string => !!d).sort().at(-1);
      const to = [stored.to, filter.period?.to].filter((d): d is string => !!d).sort()[0];
      const deadlines = stored.from && from && to && from <= to
        ? deadlineTable(await kpiSetting(ctx), from, to) : { departments: [], days: [], deadlines: [] };
      filter.timeliness = { value: args.timeliness, asOf: inspectionAsOf(args.asOf), deadlines };
    }
    return toConnection(args, (page) => listInspections(ctx.pool, filter, { ...page, descending: !args.oldestFirst }));
  }

  @Authorized(SIGNED_IN)
  @Query(() => InspectionType, { nullable: true, description: '按编号查找检查结果；不存在时为 null' })
  inspection(@Arg('id', () => ID, { description: '检查结果编号' }) id: string, @Ctx() ctx: HubContext) {
    return findInspection(ctx.pool, checkedId(id, '检查结果编号'));
  }

  @FieldResolver(() => String, { description: '公示期限：检查日期后第 N 个工作日（默认 20，按检查部门所在辖区、检查年度的设置；检查日期为第 0 天，按工作日历含调休），与指标同一算法' })
  async deadline(@Root() inspection: InspectionRecord, @Ctx() ctx: HubContext): Promise<string> {
    return resultDeadline(await kpiSetting(ctx), inspection.department.code, inspection.inspectedOn);
  }

  @FieldResolver(() => PublicationTimelinessEnum, { description: '公示时效在 asOf 当日的状态：按时、逾期、期限内未公示、逾期未公示（与按时公示率同一口径）' })
  async timeliness(
    @Root() inspection: InspectionRecord,
    @Ctx() ctx: HubContext,
    @Arg('asOf', () => String, { nullable: true, description: INSPECTION_AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<PublicationTimeliness> {
    const deadline = resultDeadline(await kpiSetting(ctx), inspection.department.code, inspection.inspectedOn);
    return publicationTimeliness(deadline, inspection.publishedOn, inspectionAsOf(asOf));
  }
}
