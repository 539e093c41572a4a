import { ArgsType, Field } from 'type-graphql';
import type { ItemCategory } from '../../domain/vocabulary';
import type { InspectionItemFilter } from '../../store/repositories/inspection-item.repository';
import { checkedRegion } from '../input-checks';
import { ItemCategoryEnum } from './enums';
import { REGION_CODE_DESCRIPTION, SEARCH_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';

@ArgsType()
export class InspectionItemListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '事项所属部门的编码' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按所属部门的区划` })
  regionCode?: string | null;

  @Field(() => ItemCategoryEnum, { nullable: true, description: '只列重点事项或一般事项' })
  category?: ItemCategory | null;

  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })
  search?: string | null;
}

export function inspectionItemFilter(args: InspectionItemListArgs): InspectionItemFilter {
  return {
    departmentCode: args.departmentCode,
    regionCode: checkedRegion(args.regionCode),
    category: args.category,
    search: args.search,
  };
}
