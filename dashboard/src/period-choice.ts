/** The periods the cockpit offers, and the one it opens with. */
import { bucketOf, type DateRange } from '../../server/src/domain/period';
import { addDays } from '../../server/src/domain/dates';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR' | 'YTD' | 'CUSTOM';

/** The latest quarter that has ended both by `today` and by the last day with data. */
export function defaultQuarter(lastDay: string | null, today: string): DateRange {
  const limit = lastDay && lastDay < today ? lastDay : today;
  let quarter = bucketOf(limit, 'QUARTER');
  if (quarter.to > limit) quarter = bucketOf(addDays(quarter.from, -1), 'QUARTER');
  return { from: quarter.from, to: quarter.to };
}

/** The period just before, of the same kind: the previous month, quarter or year; for a
 * year-to-date or custom range, the range of the same length ending the day before. */
export function previousPeriod(period: DateRange, kind: PeriodKind): DateRange {
  if (kind === 'MONTH' || kind === 'QUARTER' || kind === 'YEAR') {
    const b = bucketOf(addDays(period.from, -1), kind);
    return { from: b.from, to: b.to };
  }
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -days), to };
}

/** The same period one year earlier (29 February becomes 28 February). */
export function samePeriodLastYear(period: DateRange): DateRange {
  const back = (d: string) => {
    const year = Number(d.slice(0, 4)) - 1;
    const md = d.slice(5);
    if (md === '02-29') return `${year}-02-28`;
    // The last day of February stays the last day of February.
    if (md === '02-28' && new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1) return `${year}-02-29`;
    return `${year}-${md}`;
  };
  return { from: back(period.from), to: back(period.to) };
}

/** The months ending with the period's last month, for sparklines and trends. */
export function trendRange(period: DateRange, months = 12): DateRange {
  const end = bucketOf(period.to, 'MONTH');
  const start = new Date(`${end.from}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - (months - 1));
  return { from: start.toISOString().slice(0, 10), to: period.to };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a picker names: a month (sub 1–12), a quarter (1–4), a year, or January to a month. */
export function periodOf(kind: Exclude<PeriodKind, 'CUSTOM'>, year: number, sub: number): DateRange {
  if (kind === 'YEAR') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (kind === 'QUARTER') return bucketOf(`${year}-${pad(sub * 3 - 2)}-01`, 'QUARTER');
  const month = bucketOf(`${year}-${pad(sub)}-01`, 'MONTH');
  return kind === 'MONTH' ? { from: month.from, to: month.to } : { from: `${year}-01-01`, to: month.to };
}

/** The kind of a period read back from an address: a whole month, quarter or year, January to a month's end, or custom. */
export function kindOf(period: DateRange): PeriodKind {
  for (const kind of ['MONTH', 'QUARTER', 'YEAR'] as const) {
    const b = bucketOf(period.from, kind);
    if (b.from === period.from && b.to === period.to) return kind;
  }
  const month = bucketOf(period.to, 'MONTH');
  if (period.from === `${period.to.slice(0, 4)}-01-01` && month.to === period.to) return 'YTD';
  return 'CUSTOM';
}

/**
 * The cut-off a period opens with: today, but never later than the day after its last results fell
 * due (`lastDue`, the publication deadline of its last day, by default the 20th working day after it; on that day itself a result not yet
 * published is still in time). From then on its publication figures no longer change, so an old
 * quarter reads the same whenever it is opened.
 */
export function defaultAsOf(lastDue: string, today: string): string {
  const settled = addDays(lastDue, 1);
  return settled < today ? settled : today;
}

/** A cut-off the user typed, kept within what can be known: not after today, not before the period began. */
export function clampAsOf(asOf: string, period: DateRange, today: string): string {
  if (asOf > today) return today;
  return asOf < period.from ? period.from : asOf;
}
