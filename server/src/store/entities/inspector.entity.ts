import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';

/** 执法人员: an entry of the inspector registry. */
@Entity({ tableName: 'inspector' })
export class Inspector {
  @PrimaryKey({ type: 'string', fieldName: 'certificate_no' })
  certificateNo!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Department, { fieldName: 'department_code' })
  department!: Department;

  @Property({ type: 'date', fieldName: 'certificate_expires_on' })
  certificateExpiresOn!: string;

  @Property({ type: 'string', nullable: true })
  expertise?: string | null;

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
