import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { ItemCategory } from '../../domain/vocabulary';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';

/** 抽查事项: an entry of a department's item list. */
@Entity({ tableName: 'inspection_item' })
export class InspectionItem {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Department, { fieldName: 'department_code' })
  department!: Department;

  @Property({ type: 'string' })
  category!: ItemCategory;

  /** 抽查比例上限 in percent; general items only. */
  @Property({ type: 'double', fieldName: 'ratio_ceiling', nullable: true })
  ratioCeiling?: number | null;

  @Property({ type: 'string', fieldName: 'legal_basis', nullable: true })
  legalBasis?: string | null;

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
