import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findPlan, listPlans } from '../../store/repositories/plan.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { PlanListArgs, planFilter } from '../types/plan.args';
import { PlanConnection, PlanType } from '../types/plan.type';

@Resolver(() => PlanType)
export class PlanResolver {
  @Authorized(SIGNED_IN)
  @Query(() => PlanConnection, { description: '抽查计划列表，按计划编号排序' })
  plans(@Args(() => PlanListArgs) args: PlanListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listPlans(ctx.pool, planFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => PlanType, { nullable: true, description: '按编号查找抽查计划；不存在时为 null' })
  plan(@Arg('code', () => String, { description: '计划编号' }) code: string, @Ctx() ctx: HubContext) {
    return findPlan(ctx.pool, code);
  }
}
