import { ArgsType, Field } from 'type-graphql';
import type { DepartmentFilter } from '../../store/repositories/department.repository';
import { checkedRegion } from '../input-checks';
import { PageArgs } from './page.args';
import { REGION_CODE_DESCRIPTION, SEARCH_DESCRIPTION } from './filter-descriptions';

@ArgsType()
export class DepartmentListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: REGION_CODE_DESCRIPTION })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只列联席会议成员单位（true）或非成员单位（false）' })
  isMember?: boolean | null;

  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })
  search?: string | null;
}

export function departmentFilter(args: DepartmentListArgs): DepartmentFilter {
  return { regionCode: checkedRegion(args.regionCode), isMember: args.isMember, search: args.search };
}
