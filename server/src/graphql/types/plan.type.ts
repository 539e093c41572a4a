import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.type';
import { DepartmentRefType } from './refs.type';

@ObjectType('Plan', { description: '抽查计划：部门年度抽查计划或部门联合抽查计划' })
export class PlanType {
  @Field(() => String, { description: '计划编号' })
  code!: string;

  @Field(() => String, { description: '计划名称' })
  name!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => DepartmentRefType, { description: '发起部门' })
  initiator!: DepartmentRefType;

  @Field(() => [DepartmentRefType], { description: '配合部门' })
  cooperators!: DepartmentRefType[];

  @Field(() => Boolean, { description: '是否联合计划：有发起部门以外的配合部门' })
  isJoint!: boolean;

  @Field(() => String, { description: '录入平台日期，YYYY-MM-DD' })
  enteredOn!: string;

  @Field(() => String, { nullable: true, description: '公示日期，YYYY-MM-DD；未公示时为 null' })
  publishedOn!: string | null;

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('PlanConnection', { description: '抽查计划分页列表' })
export class PlanConnection extends Connection(PlanType, '抽查计划') {}
