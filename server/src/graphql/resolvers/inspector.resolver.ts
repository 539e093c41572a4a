import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findInspector, listInspectors } from '../../store/repositories/inspector.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { InspectorListArgs, inspectorFilter } from '../types/inspector.args';
import { InspectorConnection, InspectorType } from '../types/inspector.type';

@Resolver(() => InspectorType)
export class InspectorResolver {
  @Authorized(SIGNED_IN)
  @Query(() => InspectorConnection, { description: '执法检查人员名录库，按执法证号排序' })
  inspectors(@Args(() => InspectorListArgs) args: InspectorListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listInspectors(ctx.pool, inspectorFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => InspectorType, { nullable: true, description: '按执法证号查找执法检查人员；不存在时为 null' })
  inspector(@Arg('certificateNo', () => String, { description: '执法证号' }) certificateNo: string, @Ctx() ctx: HubContext) {
    return findInspector(ctx.pool, certificateNo);
  }
}
