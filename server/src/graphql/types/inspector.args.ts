import { ArgsType, Field } from 'type-graphql';
import type { InspectorFilter } from '../../store/repositories/inspector.repository';
import { checkedRegion } from '../input-checks';
import { REGION_CODE_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';

@ArgsType()
export class InspectorListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '所属部门的编码' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按所属部门的区划` })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '姓名包含的文字' })
  search?: string | null;
}

export function inspectorFilter(args: InspectorListArgs): InspectorFilter {
  return { departmentCode: args.departmentCode, regionCode: checkedRegion(args.regionCode), search: args.search };
}
