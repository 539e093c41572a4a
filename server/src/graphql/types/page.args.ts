import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../input-checks';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `每页条数，默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: '从哪条之后取：上一页 pageInfo.endCursor 的原值；不填从第一条开始' })
  after?: string | null;
}
