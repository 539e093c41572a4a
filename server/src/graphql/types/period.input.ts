import { Field, InputType } from 'type-graphql';

@InputType('PeriodInput', { description: '统计期间，起止日期均含当天' })
export class PeriodInput {
  @Field(() => String, { description: '起始日期，YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: '截止日期，YYYY-MM-DD' })
  to!: string;
}
