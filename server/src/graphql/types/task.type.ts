import { Field, Int, ObjectType } from 'type-graphql';
import type { CreditClass } from '../../domain/vocabulary';
import { Connection } from './connection.type';
import { CreditClassEnum } from './enums';
import { DepartmentRefType, InspectionItemRefType, PlanRefType } from './refs.type';

@ObjectType('TaskClassDraw', { description: '信用风险分类抽查中某一信用类别的库内户数与抽取户数' })
export class TaskClassDrawType {
  @Field(() => CreditClassEnum, { description: '信用风险分类' })
  creditClass!: CreditClass;

  @Field(() => Int, { description: '库内户数' })
  poolCount!: number;

  @Field(() => Int, { description: '抽取户数' })
  drawnCount!: number;
}

/** The task's status is a field resolver (it takes an `asOf` day), declared in TaskResolver. */
@ObjectType('Task', { description: '抽查任务：计划内任务或临时任务' })
export class TaskType {
  @Field(() => String, { description: '任务编号' })
  code!: string;

  @Field(() => String, { description: '任务名称' })
  name!: string;

  @Field(() => PlanRefType, { nullable: true, description: '所属抽查计划；临时任务为 null' })
  plan!: PlanRefType | null;

  @Field(() => DepartmentRefType, { description: '发起部门' })
  initiator!: DepartmentRefType;

  @Field(() => [DepartmentRefType], { description: '配合部门' })
  cooperators!: DepartmentRefType[];

  @Field(() => Boolean, { description: '是否部门联合抽查：有发起部门以外的配合部门' })
  isJoint!: boolean;

  @Field(() => [InspectionItemRefType], { description: '抽查事项' })
  items!: InspectionItemRefType[];

  @Field(() => Boolean, { description: '是否信用风险分类抽查（按信用类别分层抽取对象）' })
  creditTiered!: boolean;

  @Field(() => [TaskClassDrawType], { description: '各信用类别的库内户数与抽取户数' })
  classDraws!: TaskClassDrawType[];

  @Field(() => String, { description: '开始日期，YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: '截止日期，YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: '完成日期，YYYY-MM-DD；未完成时为 null' })
  completedOn!: string | null;

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('TaskConnection', { description: '抽查任务分页列表' })
export class TaskConnection extends Connection(TaskType, '抽查任务') {}
