import { Field, Int, ObjectType } from 'type-graphql';
import type { BatchSource } from '../../store/entities/import-batch.entity';
import { Connection } from './connection.type';
import { BatchSourceEnum } from './enums';

@ObjectType('KindCount', { description: '一次导入对某类数据的写入条数' })
export class KindCountType {
  @Field(() => String, { description: '数据种类，如 department、task、inspection' })
  kind!: string;

  @Field(() => Int, { description: '新增条数' })
  inserted!: number;

  @Field(() => Int, { description: '更新条数' })
  updated!: number;

  @Field(() => Int, { description: '未变条数' })
  unchanged!: number;
}

@ObjectType('ImportBatch', { description: '导入批次：一次已提交的导入，记录来源文件与写入条数' })
export class ImportBatchType {
  @Field(() => Int, { description: '批次编号' })
  id!: number;

  @Field(() => String, { description: '导入时间（ISO 8601）' })
  createdAt!: string;

  @Field(() => BatchSourceEnum, { description: '来源' })
  source!: BatchSource;

  @Field(() => [String], { description: '导入的文件名' })
  fileNames!: string[];

  @Field(() => [KindCountType], { description: '各类数据的写入条数' })
  counts!: KindCountType[];

  @Field(() => Int, { description: '警告条数' })
  warningCount!: number;

  @Field(() => String, { nullable: true, description: '报送账号：上传的用户名；命令行导入为服务器上的系统用户' })
  username!: string | null;

  @Field(() => String, { nullable: true, description: '报送人姓名' })
  userName!: string | null;
}

@ObjectType('ImportBatchConnection', { description: '导入批次分页列表' })
export class ImportBatchConnection extends Connection(ImportBatchType, '导入批次') {}
