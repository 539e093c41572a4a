import { addDays } from './dates';
import type { WorkCalendar } from './work-calendar';

/** 自检查结果产生之日起20个工作日内公示: the deadline is the 20th working day after the inspection. */
export const PUBLICATION_WORKING_DAYS = 20;

/**
 * A result's publication deadline by the configured calendar: the day the engine's SQL finds as
 * the working day numbered n(inspection day) + 20 (bases.ts, `deadline`), for one result at a time.
 */
export function publicationDeadline(calendar: WorkCalendar, inspectedOn: string): string {
  return calendar.nthWorkingDayAfter(inspectedOn, PUBLICATION_WORKING_DAYS);
}

/** 按时 / 逾期 / 期限内未公示 / 逾期未公示 as of a day: the flags `timely` and `late` of bases.ts. */
export type PublicationTimeliness = 'ON_TIME' | 'LATE' | 'PENDING' | 'UNPUBLISHED_LATE';

export function publicationTimeliness(deadline: string, publishedOn: string | null, asOf: string): PublicationTimeliness {
  // A publication after the day seen has not happened yet, as in every figure.
  if (publishedOn !== null && publishedOn <= asOf) return publishedOn <= deadline ? 'ON_TIME' : 'LATE';
  return asOf > deadline ? 'UNPUBLISHED_LATE' : 'PENDING';
}

/** Every day from `from` to `to` with its deadline, as two arrays: a filter's join table, a few thousand rows at most. */
export function deadlineTable(calendar: WorkCalendar, from: string, to: string): { days: string[]; deadlines: string[] } {
  const days: string[] = [];
  const deadlines: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day);
    deadlines.push(publicationDeadline(calendar, day));
  }
  return { days, deadlines };
}
