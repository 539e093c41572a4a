import { officialIsWorkingDay } from '../domain/official-calendar';
import { createWorkCalendar } from '../domain/work-calendar';

/** Dates are handled as whole days since 1970-01-01 (UTC) so arithmetic never meets time zones. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function iso(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymd(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function monthOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCMonth() + 1;
}

const official = createWorkCalendar(officialIsWorkingDay, []);

/** The official calendar with 调休 (the domain's), in the generator's day numbers. */
export const demoCalendar = {
  /** The n-th working day after d (d itself is day 0, as for the 20-working-day publication rule). */
  addWorkdays(d: Day, n: number): Day {
    return n <= 0 ? d : day(official.nthWorkingDayAfter(iso(d), n));
  },
  /** The same day if it is a working day, else the next working day. */
  onOrAfter(d: Day): Day {
    let next = d;
    while (!official.isWorkingDay(iso(next))) next++;
    return next;
  },
};
export type WorkCalendar = typeof demoCalendar;
