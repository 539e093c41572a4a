/**
 * The one place the oversight flow (warnings, chase notices) asks for publication deadlines and
 * for the warning window. When the publication window becomes a setting per year and
 * jurisdiction, this file is what changes: every query here joins the table it returns.
 */
import { addDays } from '../domain/dates';
import { deadlineTable, publicationDeadline } from '../domain/publication';
import type { WorkCalendar } from '../domain/work-calendar';

/** Each inspection day from `from` to `to` with its publication deadline, as two SQL array parameters. */
export function deadlineDays(calendar: WorkCalendar, from: string | null, to: string): { days: string[]; deadlines: string[] } {
  return from === null || from > to ? { days: [], deadlines: [] } : deadlineTable(calendar, from, to);
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
