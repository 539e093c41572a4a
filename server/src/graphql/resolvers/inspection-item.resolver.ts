import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findInspectionItem, listInspectionItems } from '../../store/repositories/inspection-item.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { InspectionItemListArgs, inspectionItemFilter } from '../types/inspection-item.args';
import { InspectionItemConnection, InspectionItemType } from '../types/inspection-item.type';

@Resolver(() => InspectionItemType)
export class InspectionItemResolver {
  @Authorized(SIGNED_IN)
  @Query(() => InspectionItemConnection, { description: '抽查事项清单，按事项编码排序' })
  inspectionItems(@Args(() => InspectionItemListArgs) args: InspectionItemListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listInspectionItems(ctx.pool, inspectionItemFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => InspectionItemType, { nullable: true, description: '按编码查找抽查事项；不存在时为 null' })
  inspectionItem(@Arg('code', () => String, { description: '事项编码' }) code: string, @Ctx() ctx: HubContext) {
    return findInspectionItem(ctx.pool, code);
  }
}
