import { ArgsType, Field } from 'type-graphql';
import type { CreditClass, SubjectType } from '../../domain/vocabulary';
import type { SubjectFilter } from '../../store/repositories/subject.repository';
import { checkedRegion } from '../input-checks';
import { CreditClassEnum, SubjectTypeEnum } from './enums';
import { REGION_CODE_DESCRIPTION, SEARCH_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';

@ArgsType()
export class SubjectListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '只列该部门名录库收录的对象（部门编码）' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按对象所在区划` })
  regionCode?: string | null;

  @Field(() => CreditClassEnum, { nullable: true, description: '信用风险分类' })
  creditClass?: CreditClass | null;

  @Field(() => SubjectTypeEnum, { nullable: true, description: '检查对象类型' })
  subjectType?: SubjectType | null;

  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })
  search?: string | null;
}

export function subjectFilter(args: SubjectListArgs): SubjectFilter {
  return {
    departmentCode: args.departmentCode,
    regionCode: checkedRegion(args.regionCode),
    creditClass: args.creditClass,
    subjectType: args.subjectType,
    search: args.search,
  };
}
