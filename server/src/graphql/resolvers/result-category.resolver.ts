import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { RESULT_CATEGORIES } from '../../domain/vocabulary';
import { countResultCategories } from '../../store/repositories/result-category.repository';
import type { HubContext } from '../context';
import { checkedDate, checkedRegion } from '../input-checks';
import { PeriodInput } from '../types/period.input';
import { ResultCategoryCountType } from '../types/result-category.type';

@Resolver()
export class ResultCategoryResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ResultCategoryCountType], { description: '期间内检查结果按类别的条数，部门、区划筛选与指标相同' })
  async resultCategories(
    @Arg('period', () => PeriodInput, { description: '检查日期所在期间' }) period: PeriodInput,
    @Arg('departmentCode', () => String, { nullable: true, description: '部门编码：该部门的检查结果' }) departmentCode: string | null,
    @Arg('regionCode', () => String, { nullable: true, description: '6 位行政区划代码：区划内各部门的检查结果' }) regionCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ResultCategoryCountType[]> {
    const range = { from: checkedDate(period.from, 'period.from'), to: checkedDate(period.to, 'period.to') };
    const rows = await countResultCategories(ctx.pool, range, { departmentCode, regionCode: checkedRegion(regionCode) });
    return rows.map((r) => ({ ...r, name: RESULT_CATEGORIES[r.category] }));
  }
}
