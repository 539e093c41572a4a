import type { EntityManager } from '@mikro-orm/postgresql';
import { officialIsWorkingDay } from '../../domain/official-calendar';
import { createWorkCalendar, type DayOverride, type WorkCalendar } from '../../domain/work-calendar';
import { WorkCalendarDay } from '../entities/work-calendar-day.entity';
import type { Queryable } from './sql-filter';

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

/** The stored entries for the given days (what a new entry replaces), in date order. */
export async function storedCalendarDays(db: Queryable, dates: readonly string[]): Promise<CalendarDayRecord[]> {
  const { rows } = await db.query<CalendarDayRecord>(
    `select day as date, is_working_day as "isWorkingDay", name from work_calendar_day where day = any ($1::date[]) order by day`, [dates]);
  return rows;
}

/** Writes the entries, replacing any earlier entry for the same day; returns how many days were written. */
export async function saveCalendarDays(db: Queryable, days: readonly CalendarDayRecord[]): Promise<number> {
  if (days.length === 0) return 0;
  await db.query(
    `insert into work_calendar_day (day, is_working_day, name, updated_at)
     select d, w, n, now() from unnest($1::date[], $2::boolean[], $3::text[]) as t(d, w, n)
     on conflict (day) do update set is_working_day = excluded.is_working_day, name = excluded.name, updated_at = excluded.updated_at`,
    [days.map((d) => d.date), days.map((d) => d.isWorkingDay), days.map((d) => d.name)],
  );
  return days.length;
}
