import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findSubject, listSubjects } from '../../store/repositories/subject.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { SubjectListArgs, subjectFilter } from '../types/subject.args';
import { SubjectConnection, SubjectType } from '../types/subject.type';

@Resolver(() => SubjectType)
export class SubjectResolver {
  @Authorized(SIGNED_IN)
  @Query(() => SubjectConnection, { description: '检查对象名录库，按代码排序' })
  subjects(@Args(() => SubjectListArgs) args: SubjectListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listSubjects(ctx.pool, subjectFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => SubjectType, { nullable: true, description: '按代码查找检查对象；不存在时为 null' })
  subject(
    @Arg('code', () => String, { description: '统一社会信用代码、注册号或检查对象编码' }) code: string,
    @Ctx() ctx: HubContext,
  ) {
    return findSubject(ctx.pool, code);
  }
}
