import { ArgsType, Field } from 'type-graphql';
import type { PlanFilter } from '../../store/repositories/plan.repository';
import { checkedPeriod, checkedRegion } from '../input-checks';
import { REGION_CODE_DESCRIPTION, SEARCH_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';
import { PeriodInput } from './period.input';

@ArgsType()
export class PlanListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '部门编码：该部门发起或配合的计划' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按发起部门的区划` })
  regionCode?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: '统计期间：年度与期间有交集的计划' })
  period?: PeriodInput | null;

  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })
  search?: string | null;
}

export function planFilter(args: PlanListArgs): PlanFilter {
  return {
    departmentCode: args.departmentCode,
    regionCode: checkedRegion(args.regionCode),
    period: checkedPeriod(args.period),
    search: args.search,
  };
}
