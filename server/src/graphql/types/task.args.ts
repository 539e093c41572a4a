import { ArgsType, Field } from 'type-graphql';
import type { TaskFilter, TaskStatus } from '../../store/repositories/task.repository';
import { checkedDate, checkedPeriod, checkedRegion, todayInChina } from '../input-checks';
import { TaskStatusEnum } from './enums';
import { REGION_CODE_DESCRIPTION, SEARCH_DESCRIPTION } from './filter-descriptions';
import { PageArgs } from './page.args';
import { PeriodInput } from './period.input';

export const AS_OF_DESCRIPTION = '判断任务状态的日期（数据截至），YYYY-MM-DD；不填为今天（北京时间）';
export const OVERDUE_DESCRIPTION = '只列超期（true）或未超期（false）的任务，与“超期任务数”同一口径：asOf 当日未完成且截止日期已过，'
  + '或 asOf 前已完成但完成日期晚于截止日期';

@ArgsType()
export class TaskListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '部门编码：该部门发起或配合的任务' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: `${REGION_CODE_DESCRIPTION}；按发起部门的区划` })
  regionCode?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: '统计期间：开始日期在期间内的任务' })
  period?: PeriodInput | null;

  @Field(() => String, { nullable: true, description: '所属抽查计划的编号' })
  planCode?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true, description: '任务在 asOf 当日的状态' })
  status?: TaskStatus | null;

  @Field(() => Boolean, { nullable: true, description: OVERDUE_DESCRIPTION })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: AS_OF_DESCRIPTION })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只列信用风险分类抽查任务（true）或其他任务（false）' })
  creditTiered?: boolean | null;

  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })
  search?: string | null;
}

export function taskFilter(args: TaskListArgs): TaskFilter {
  return {
    departmentCode: args.departmentCode,
    regionCode: checkedRegion(args.regionCode),
    period: checkedPeriod(args.period),
    planCode: args.planCode,
    status: args.status,
    overdue: args.overdue,
    asOf: args.asOf == null ? todayInChina() : checkedDate(args.asOf, 'asOf'),
    creditTiered: args.creditTiered,
    search: args.search,
  };
}
