import { Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';

/** 抽查计划: a department's annual plan, or a joint plan. */
@Entity({ tableName: 'plan' })
export class Plan {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'integer' })
  year!: number;

  @ManyToOne(() => Department, { fieldName: 'initiator_code' })
  initiator!: Department;

  @ManyToMany(() => Department, undefined, {
    pivotTable: 'plan_cooperator',
    joinColumn: 'plan_code',
    inverseJoinColumn: 'department_code',
  })
  cooperators = new Collection<Department>(this);

  @Property({ type: 'date', fieldName: 'entered_on' })
  enteredOn!: string;

  @Property({ type: 'date', fieldName: 'published_on', nullable: true })
  publishedOn?: string | null;

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
