import { Field, ObjectType } from 'type-graphql';

@ObjectType('DataExtent', { description: '数据覆盖的日期范围（任务开始日期与检查日期）' })
export class DataExtentType {
  @Field(() => String, { nullable: true, description: '最早日期，YYYY-MM-DD；无数据时为 null' })
  firstDay!: string | null;

  @Field(() => String, { nullable: true, description: '最晚日期，YYYY-MM-DD；无数据时为 null' })
  lastDay!: string | null;
}
