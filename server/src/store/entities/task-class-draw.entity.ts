import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { CreditClass } from '../../domain/vocabulary';
import { Task } from './task.entity';

/** A credit-tiered task's pool (库内户数) and draw (抽取户数) for one credit class. */
@Entity({ tableName: 'task_class_draw' })
export class TaskClassDraw {
  @ManyToOne(() => Task, { fieldName: 'task_code', primary: true })
  task!: Task;

  @PrimaryKey({ type: 'string', fieldName: 'credit_class' })
  creditClass!: CreditClass;

  @Property({ type: 'integer', fieldName: 'pool_count' })
  poolCount!: number;

  @Property({ type: 'integer', fieldName: 'drawn_count' })
  drawnCount!: number;
}
