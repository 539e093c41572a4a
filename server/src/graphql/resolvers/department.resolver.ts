import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findDepartment, listDepartments } from '../../store/repositories/department.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { DepartmentListArgs, departmentFilter } from '../types/department.args';
import { DepartmentConnection, DepartmentType } from '../types/department.type';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Authorized(SIGNED_IN)
  @Query(() => DepartmentConnection, { description: '部门列表，按部门编码排序' })
  departments(@Args(() => DepartmentListArgs) args: DepartmentListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listDepartments(ctx.pool, departmentFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => DepartmentType, { nullable: true, description: '按编码查找部门；不存在时为 null' })
  department(@Arg('code', () => String, { description: '部门编码' }) code: string, @Ctx() ctx: HubContext) {
    return findDepartment(ctx.pool, code);
  }
}
