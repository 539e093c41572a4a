import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ImportBatch } from './import-batch.entity';

/** 部门: a supervising department, member of the joint conference (联席会议成员单位) or not. */
@Entity({ tableName: 'department' })
export class Department {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', fieldName: 'region_code' })
  regionCode!: string;

  /** 持证执法人员数 as the department reports it: the denominator of 入库率. */
  @Property({ type: 'integer', fieldName: 'qualified_staff' })
  qualifiedStaff!: number;

  @Property({ type: 'boolean', fieldName: 'is_member' })
  isMember!: boolean;

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
