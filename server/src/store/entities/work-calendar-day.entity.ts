import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A day an administrator entered from the State Council's holiday notice (overrides the package calendar). */
@Entity({ tableName: 'work_calendar_day' })
export class WorkCalendarDay {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'boolean', fieldName: 'is_working_day' })
  isWorkingDay!: boolean;

  @Property({ type: 'string', nullable: true })
  name?: string | null;

  @Property({ type: 'datetime', fieldName: 'updated_at', defaultRaw: 'now()' })
  updatedAt?: Date;
}
