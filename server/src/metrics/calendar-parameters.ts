import { addDays, dayOfWeek, type IsoDate } from '../domain/dates';
import type { WorkCalendar } from '../domain/work-calendar';

/**
 * The calendar as SQL parameters: a range of days and the exceptions to "Monday to Friday"
 * within it (holidays on weekdays, 调休 working weekends). A few thousand days at most, never data rows.
 */
export interface CalendarParameters {
  from: IsoDate;
  to: IsoDate;
  holidays: IsoDate[];
  workingWeekends: IsoDate[];
}

/** Twenty working days never span more than this many calendar days, 春节 included. */
const DEADLINE_REACH_DAYS = 120;

export function calendarParameters(calendar: WorkCalendar, from: IsoDate, to: IsoDate): CalendarParameters {
  const end = addDays(to, DEADLINE_REACH_DAYS);
  const holidays: IsoDate[] = [];
  const workingWeekends: IsoDate[] = [];
  for (let day = from; day <= end; day = addDays(day, 1)) {
    const weekday = dayOfWeek(day) !== 0 && dayOfWeek(day) !== 6;
    const working = calendar.isWorkingDay(day);
    if (weekday && !working) holidays.push(day);
    if (!weekday && working) workingWeekends.push(day);
  }
  return { from, to: end, holidays, workingWeekends };
}
