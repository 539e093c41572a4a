/**
 * The one place the oversight flow (warnings, chase notices) asks for publication deadlines and
 * for the warning window. When the publication window becomes a setting per year and
 * jurisdiction, this file is what changes: every query here joins the table it returns.
 */
import { addDays } from '../domain/dates';
import { PUBLICATION_WORKING_DAYS, publicationDeadline } from '../domain/publication';
import type { WorkCalendar } from '../domain/work-calendar';

/**
 * Each inspection day from `from` to `to` with its publication deadline, as two SQL array
 * parameters: the days of domain/publication's deadlineTable, found in one pass as the engine's SQL
 * finds them (the Nth working day after D is the working day numbered n(D) + N), because years of
 * open results asked day by day cost a tenth of a second per request.
 */
export function deadlineDays(calendar: WorkCalendar, from: string | null, to: string): { days: string[]; deadlines: string[] } {
  if (from === null || from > to) return { days: [], deadlines: [] };
  const days: string[] = [];
  const counts: number[] = [];
  // Working days after `from`, in order; each day's deadline is the Nth of those after it.
  const working: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day !== from && calendar.isWorkingDay(day)) working.push(day);
    days.push(day);
    counts.push(working.length);
  }
  let cursor = to;
  const needed = working.length + PUBLICATION_WORKING_DAYS;
  for (let run = 0; working.length < needed; ) {
    cursor = addDays(cursor, 1);
    if (calendar.isWorkingDay(cursor)) {
      working.push(cursor);
      run = 0;
    } else if (++run > 366) {
      // As the calendar's own walk does: a year without a working day means broken overrides.
      return { days, deadlines: days.map((day) => publicationDeadline(calendar, day)) };
    }
  }
  return { days, deadlines: counts.map((n) => working[n + PUBLICATION_WORKING_DAYS - 1]) };
}

export function deadlineOf(calendar: WorkCalendar, inspectedOn: string): string {
  return publicationDeadline(calendar, inspectedOn);
}

/**
 * The last day a warning looks at: the K-th working day after the cut-off. Deadlines and task due
 * dates from the cut-off up to and including this day are "due soon"; a weekend or holiday in
 * between does not count towards K.
 */
export function warningWindowEnd(calendar: WorkCalendar, asOf: string, leadWorkingDays: number): string {
  return leadWorkingDays > 0 ? calendar.nthWorkingDayAfter(asOf, leadWorkingDays) : asOf;
}

/** Calendar days from a due date to the cut-off: how long something has been overdue. */
export function daysPast(dueOn: string, asOf: string): number {
  let n = 0;
  for (let day = dueOn; day < asOf; day = addDays(day, 1)) n++;
  return n;
}
