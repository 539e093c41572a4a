import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('CalendarDay', { description: '管理员按国务院办公厅节假日安排通知录入的一天，优先于内置日历' })
export class CalendarDayType {
  @Field(() => String, { description: '日期，YYYY-MM-DD' })
  date!: string;

  @Field(() => Boolean, { description: '是否工作日：节假日为 false，调休上班的周末为 true' })
  isWorkingDay!: boolean;

  @Field(() => String, { nullable: true, description: '名称，如“春节”“国庆节调休”' })
  name!: string | null;
}

@InputType('CalendarDayInput', { description: '要录入的一天；同一日期再次录入时覆盖原记录' })
export class CalendarDayInput {
  @Field(() => String, { description: '日期，YYYY-MM-DD' })
  date!: string;

  @Field(() => Boolean, { description: '是否工作日：节假日为 false，调休上班的周末为 true' })
  isWorkingDay!: boolean;

  @Field(() => String, { nullable: true, description: '名称，如“春节”“国庆节调休”' })
  name?: string | null;
}
