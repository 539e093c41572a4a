import { ArgsType, Field } from 'type-graphql';
import type { CreditClass, SubjectType } from '../../domain/vocabulary';
import type { InspectionFilter, PublicationStatus } from '../../store/repositories/inspection.repository';
import { checkedPeriod, checkedRegion } from '../input-checks';
import { CreditClassEnum, PublicationStatusEnum, SubjectTypeEnum } from './enums';
import { REGION_CODE_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';
import { PeriodInput } from './period.input';

@ArgsType()
export class InspectionListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '检查部门的编码' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按检查对象所在区划` })
  regionCode?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: '统计期间：检查日期在期间内的结果' })
  period?: PeriodInput | null;

  @Field(() => PublicationStatusEnum, { nullable: true, description: '公示状态' })
  status?: PublicationStatus | null;

  @Field(() => String, { nullable: true, description: '所属抽查任务的编号' })
  taskCode?: string | null;

  @Field(() => String, { nullable: true, description: '检查对象的代码' })
  subjectCode?: string | null;

  @Field(() => CreditClassEnum, { nullable: true, description: '检查对象的信用风险分类' })
  creditClass?: CreditClass | null;

  @Field(() => SubjectTypeEnum, { nullable: true, description: '检查对象类型' })
  subjectType?: SubjectType | null;

  @Field(() => Boolean, { nullable: true, description: '只列发现问题（true）或未发现问题（false）的结果' })
  foundProblem?: boolean | null;

  @Field(() => String, { nullable: true, description: '检查对象名称包含的文字' })
  search?: string | null;
}

export function inspectionFilter(args: InspectionListArgs): InspectionFilter {
  return {
    departmentCode: args.departmentCode,
    regionCode: checkedRegion(args.regionCode),
    period: checkedPeriod(args.period),
    status: args.status,
    taskCode: args.taskCode,
    subjectCode: args.subjectCode,
    creditClass: args.creditClass,
    subjectType: args.subjectType,
    foundProblem: args.foundProblem,
    search: args.search,
  };
}
