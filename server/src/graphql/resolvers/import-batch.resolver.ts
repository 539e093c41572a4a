import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { findImportBatch, listImportBatches, type ImportBatchRecord } from '../../store/repositories/import-batch.repository';
import type { HubContext } from '../context';
import { toConnection } from '../pagination';
import { ImportBatchConnection, ImportBatchType } from '../types/import-batch.type';
import { PageArgs } from '../types/page.args';

function toOutput(batch: ImportBatchRecord): ImportBatchType {
  const counts = Object.entries(batch.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => ({ kind, ...count }));
  return { ...batch, createdAt: batch.createdAt.toISOString(), counts };
}

@Resolver(() => ImportBatchType)
export class ImportBatchResolver {
  @Authorized(SIGNED_IN)
  @Query(() => ImportBatchConnection, { description: '导入批次列表，按批次编号排序' })
  async importBatches(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: HubContext) {
    const connection = await toConnection(args, (page) => listImportBatches(ctx.pool, page));
    return { ...connection, nodes: connection.nodes.map(toOutput) };
  }

  @Authorized(SIGNED_IN)
  @Query(() => ImportBatchType, { nullable: true, description: '按编号查找导入批次；不存在时为 null' })
  async importBatch(@Arg('id', () => Int, { description: '批次编号' }) id: number, @Ctx() ctx: HubContext) {
    const batch = await findImportBatch(ctx.pool, id);
    return batch && toOutput(batch);
  }
}
