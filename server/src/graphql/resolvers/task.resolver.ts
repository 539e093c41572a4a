import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findTask, isOverdue, listTasks, taskStatus, type TaskRecord, type TaskStatus } from '../../store/repositories/task.repository';
import type { HubContext } from '../context';
import { checkedDate, todayInChina } from '../input-checks';
import { toConnection } from '../pagination';
import { TaskStatusEnum } from '../types/enums';
import { AS_OF_DESCRIPTION, OVERDUE_DESCRIPTION, TaskListArgs, taskFilter } from '../types/task.args';
import { TaskConnection, TaskType } from '../types/task.type';

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized(SIGNED_IN)
  @Query(() => TaskConnection, { description: '抽查任务列表，按任务编号排序' })
  tasks(@Args(() => TaskListArgs) args: TaskListArgs, @Ctx() ctx: HubContext) {
    return toConnection(args, (page) => listTasks(ctx.pool, taskFilter(args), page));
  }

  @Authorized(SIGNED_IN)
  @Query(() => TaskType, { nullable: true, description: '按编号查找抽查任务；不存在时为 null' })
  task(@Arg('code', () => String, { description: '任务编号' }) code: string, @Ctx() ctx: HubContext) {
    return findTask(ctx.pool, code);
  }

  // Computed from the row already loaded: no query per task.
  @FieldResolver(() => TaskStatusEnum, { description: '任务在 asOf 当日的状态' })
  status(
    @Root() task: TaskRecord,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): TaskStatus {
    return taskStatus(task, asOf == null ? todayInChina() : checkedDate(asOf, 'asOf'));
  }

  @FieldResolver(() => Boolean, { description: `是否超期：${OVERDUE_DESCRIPTION.replace(/^只列超期（true）或未超期（false）的任务，/, '')}` })
  overdue(
    @Root() task: TaskRecord,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): boolean {
    return isOverdue(task, asOf == null ? todayInChina() : checkedDate(asOf, 'asOf'));
  }
}
