/**
 * 数据截至 (the cut-off date) of a view: read from the address, and when the address names none,
 * settled to the period's default and written there, so that a view sent on shows the same figures
 * tomorrow.
 */
import type { LocationQuery, Router } from 'vue-router';
import { todayInChina } from '../../server/src/domain/dates';
import type { DateRange } from '../../server/src/domain/period';
import { fetchPublicationDeadline } from './api/queries';
import { clampAsOf, defaultAsOf } from './period-choice';

const dueDays = new Map<string, Promise<string>>();

/** The day results inspected on `day` are due (the server's window settings and calendar, 调休 included); asked once per day. */
export function publicationDue(day: string): Promise<string> {
  let due = dueDays.get(day);
  if (!due) {
    due = fetchPublicationDeadline(day);
    // A failed answer is asked for again next time.
    due.catch(() => dueDays.delete(day));
    dueDays.set(day, due);
  }
  return due;
}

/** The cut-off a view should have: the address's (kept within today), else the period's default; today without a period. */
export async function settledAsOf(asOf: string | null, period: DateRange | null, today = todayInChina()): Promise<string> {
  if (asOf) return period ? clampAsOf(asOf, period, today) : (asOf > today ? today : asOf);
  if (!period) return today;
  const due = await publicationDue(period.to).catch(() => period.to);
  return defaultAsOf(due, today);
}

/**
 * True when the address already holds the settled cut-off; otherwise puts it there (replacing the
 * entry, as for a defaulted period) and returns false: the page loads on the navigation that follows.
 */
export async function ensureAsOf(router: Router, query: LocationQuery, period: DateRange | null): Promise<boolean> {
  const given = typeof query.asOf === 'string' ? query.asOf : null;
  const asOf = await settledAsOf(given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : null, period);
  if (asOf === given) return true;
  await router.replace({ query: { ...query, asOf } });
  return false;
}
