import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ItemCategory } from '../../domain/vocabulary';
import { Connection } from './connection.type';
import { ItemCategoryEnum } from './enums';
import { DepartmentRefType } from './refs.type';

@ObjectType('InspectionItem', { description: '抽查事项：部门抽查事项清单中的一项' })
export class InspectionItemType {
  @Field(() => String, { description: '事项编码' })
  code!: string;

  @Field(() => String, { description: '事项名称' })
  name!: string;

  @Field(() => DepartmentRefType, { description: '事项所属部门' })
  department!: DepartmentRefType;

  @Field(() => ItemCategoryEnum, { description: '重点事项或一般事项' })
  category!: ItemCategory;

  @Field(() => Float, { nullable: true, description: '抽查比例上限（%），仅一般事项设置' })
  ratioCeiling!: number | null;

  @Field(() => String, { nullable: true, description: '检查依据' })
  legalBasis!: string | null;

  @Field(() => Int, { description: '最近写入该记录的导入批次' })
  batchId!: number;
}

@ObjectType('InspectionItemConnection', { description: '抽查事项分页列表' })
export class InspectionItemConnection extends Connection(InspectionItemType, '抽查事项') {}
