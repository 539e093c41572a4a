import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PageInfo', { description: '分页信息' })
export class PageInfo {
  @Field(() => Boolean, { description: '是否还有下一页' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标，取下一页时作为 after 传入；本页为空时为 null' })
  endCursor!: string | null;
}

/** The connection every list returns; `label` is the Chinese name of what it lists. */
export function Connection<T extends object>(nodeType: ClassType<T>, label: string) {
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => Int, { description: `符合筛选条件的${label}总数（与分页无关）` })
    totalCount!: number;

    @Field(() => [nodeType], { description: `本页的${label}` })
    nodes!: T[];

    @Field(() => PageInfo, { description: '分页信息' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
