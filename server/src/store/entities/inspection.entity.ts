import { Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { FollowUp, InspectionMethod, ResultCategory } from '../../domain/vocabulary';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';
import { Inspector } from './inspector.entity';
import { Subject } from './subject.entity';
import { Task } from './task.entity';

/** 检查结果: what one department found at one subject in one task. */
@Entity({ tableName: 'inspection' })
export class Inspection {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @ManyToOne(() => Task, { fieldName: 'task_code' })
  task!: Task;

  @ManyToOne(() => Subject, { fieldName: 'subject_code' })
  subject!: Subject;

  @ManyToOne(() => Department, { fieldName: 'department_code' })
  department!: Department;

  @Property({ type: 'date', fieldName: 'inspected_on' })
  inspectedOn!: string;

  @Property({ type: 'string[]' })
  methods!: InspectionMethod[];

  @Property({ type: 'string[]' })
  categories!: ResultCategory[];

  /** Computed by the database from the categories. */
  @Property({ type: 'boolean', fieldName: 'found_problem', persist: false })
  foundProblem!: boolean;

  @Property({ type: 'date', fieldName: 'published_on', nullable: true })
  publishedOn?: string | null;

  @Property({ type: 'string', fieldName: 'follow_up', nullable: true })
  followUp?: FollowUp | null;

  @ManyToMany(() => Inspector, undefined, {
    pivotTable: 'inspection_inspector',
    joinColumn: 'inspection_id',
    inverseJoinColumn: 'certificate_no',
  })
  inspectors = new Collection<Inspector>(this);

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
