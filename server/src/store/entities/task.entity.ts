import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';
import { InspectionItem } from './inspection-item.entity';
import { Plan } from './plan.entity';
import { TaskClassDraw } from './task-class-draw.entity';

/** 抽查任务: a task inside a plan, or an ad-hoc task. */
@Entity({ tableName: 'task' })
export class Task {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @ManyToOne(() => Plan, { fieldName: 'plan_code', nullable: true })
  plan?: Plan | null;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Department, { fieldName: 'initiator_code' })
  initiator!: Department;

  @ManyToMany(() => Department, undefined, {
    pivotTable: 'task_cooperator',
    joinColumn: 'task_code',
    inverseJoinColumn: 'department_code',
  })
  cooperators = new Collection<Department>(this);

  @ManyToMany(() => InspectionItem, undefined, {
    pivotTable: 'task_item',
    joinColumn: 'task_code',
    inverseJoinColumn: 'item_code',
  })
  items = new Collection<InspectionItem>(this);

  @Property({ type: 'boolean', fieldName: 'credit_tiered' })
  creditTiered!: boolean;

  @OneToMany(() => TaskClassDraw, (draw) => draw.task)
  classDraws = new Collection<TaskClassDraw>(this);

  @Property({ type: 'date', fieldName: 'starts_on' })
  startsOn!: string;

  @Property({ type: 'date', fieldName: 'due_on' })
  dueOn!: string;

  @Property({ type: 'date', fieldName: 'completed_on', nullable: true })
  completedOn?: string | null;

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
