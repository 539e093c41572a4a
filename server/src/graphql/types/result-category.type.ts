import { Field, Int, ObjectType } from 'type-graphql';
import type { ResultCategory } from '../../domain/vocabulary';
import { ResultCategoryEnum } from './enums';

@ObjectType('ResultCategoryCount', { description: '某类检查结果的条数' })
export class ResultCategoryCountType {
  @Field(() => ResultCategoryEnum, { description: '检查结果类别' })
  category!: ResultCategory;

  @Field(() => String, { description: '类别名称' })
  name!: string;

  @Field(() => Int, { description: '条数（一条结果有两个类别时两类各计一次）' })
  count!: number;
}
