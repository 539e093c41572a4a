import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';
import { Inspection } from './inspection.entity';
import { InspectionItem } from './inspection-item.entity';
import { Inspector } from './inspector.entity';
import { Plan } from './plan.entity';
import { Subject } from './subject.entity';
import { Task } from './task.entity';
import { TaskClassDraw } from './task-class-draw.entity';
import { WorkCalendarDay } from './work-calendar-day.entity';

export { Department, ImportBatch, Inspection, InspectionItem, Inspector, Plan, Subject, Task, TaskClassDraw, WorkCalendarDay };

/** Listed explicitly so the same configuration works under tsx, Vitest and compiled output. */
export const ENTITIES = [
  ImportBatch, Department, InspectionItem, Subject, Inspector, Plan, Task, TaskClassDraw, Inspection, WorkCalendarDay,
];
