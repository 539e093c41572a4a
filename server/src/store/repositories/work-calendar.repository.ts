import type { EntityManager } from '@mikro-orm/postgresql';
import { officialIsWorkingDay } from '../../domain/official-calendar';
import { createWorkCalendar, type DayOverride, type WorkCalendar } from '../../domain/work-calendar';
import { WorkCalendarDay } from '../entities/work-calendar-day.entity';

export interface CalendarDayRecord {
  date: string;
  isWorkingDay: boolean;
  name: string | null;
}

const toRecord = (day: WorkCalendarDay): CalendarDayRecord => ({
  date: day.day,
  isWorkingDay: day.isWorkingDay,
  name: day.name ?? null,
});

/** The official calendar with every day the administrator entered laid over it. */
export async function loadWorkCalendar(em: EntityManager): Promise<WorkCalendar> {
  // A few dozen rows a year: reading them all is cheaper than guessing which years a question reaches.
  const days = await em.find(WorkCalendarDay, {}, { disableIdentityMap: true });
  const overrides: DayOverride[] = days.map((day) => ({ date: day.day, isWorkingDay: day.isWorkingDay, name: day.name }));
  return createWorkCalendar(officialIsWorkingDay, overrides);
}

/** The administrator's entries for one year, in date order. */
export async function listCalendarDays(em: EntityManager, year: number): Promise<CalendarDayRecord[]> {
  const days = await em.find(
    WorkCalendarDay,
    { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
    { orderBy: { day: 'asc' }, disableIdentityMap: true },
  );
  return days.map(toRecord);
}

/** Writes the entries, replacing any earlier entry for the same day; returns how many days were written. */
export async function saveCalendarDays(em: EntityManager, days: readonly CalendarDayRecord[]): Promise<number> {
  if (days.length === 0) return 0;
  const updatedAt = new Date();
  await em.upsertMany(
    WorkCalendarDay,
    days.map((day) => ({ day: day.date, isWorkingDay: day.isWorkingDay, name: day.name, updatedAt })),
  );
  return days.length;
}
