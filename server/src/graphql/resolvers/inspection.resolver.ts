import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findInspection, listInspections } from '../../store/repositories/inspection.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { InspectionListArgs, inspectionFilter } from '../types/inspection.args';
import { InspectionConnection, InspectionType } from '../types/inspection.type';

/** Reading: any signed-in account. */
@Authorized(SIGNED_IN)
@Resolver(() => InspectionType)
export class InspectionResolver {
  @Query(() => InspectionConnection, { description: '检查结果列表，按检查日期、编号排序' })
  inspections(@Args(() => InspectionListArgs) args: InspectionListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listInspections(ctx.pool, inspectionFilter(args), page));
  }

  @Query(() => InspectionType, { nullable: true, description: '按编号查找检查结果；不存在时为 null' })
  inspection(@Arg('id', () => ID, { description: '检查结果编号' }) id: string, @Ctx() ctx: HubContext) {
    return findInspection(ctx.pool, id);
  }
}
