import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findDataExtent } from '../../store/repositories/data-extent.repository';
import type { HubContext } from '../context';
import { DataExtentType } from '../types/data-extent.type';

@Resolver()
export class DataExtentResolver {
  @Authorized(SIGNED_IN)
  @Query(() => DataExtentType, { description: '数据覆盖的日期范围，驾驶舱据此选默认期间' })
  dataExtent(@Ctx() ctx: HubContext): Promise<DataExtentType> {
    return findDataExtent(ctx.pool);
  }
}
