import { ArgsType, Field } from 'type-graphql';
import type { CreditClass, SubjectType } from '../../domain/vocabulary';
import type { PublicationTimeliness } from '../../domain/publication';
import type { InspectionFilter, PublicationStatus } from '../../store/repositories/inspection.repository';
import { checkedDate, checkedPeriod, checkedRegion, todayInChina } from '../input-checks';
import { CreditClassEnum, PublicationStatusEnum, PublicationTimelinessEnum, SubjectTypeEnum } from './enums';
import { REGION_CODE_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';
import { PeriodInput } from './period.input';

export const INSPECTION_AS_OF_DESCRIPTION = '数据截至（判断公示时效的日期），YYYY-MM-DD；不填为今天（北京时间）；晚于它的公示视为尚未发生';

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

  @Field(() => PublicationTimelinessEnum, { nullable: true, description: '公示时效在 asOf 当日为此的结果（按时、逾期、期限内未公示、逾期未公示）' })
  timeliness?: PublicationTimeliness | null;

  @Field(() => String, { nullable: true, description: INSPECTION_AS_OF_DESCRIPTION })
  asOf?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '按检查日期从早到晚排列；默认从最新的开始' })
  oldestFirst!: boolean;
}

export function inspectionAsOf(asOf: string | null | undefined): string {
  return asOf == null ? todayInChina() : checkedDate(asOf, 'asOf');
}

/** The filter without its timeliness, which needs the calendar (see InspectionResolver). */
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
