import type { IsoDate } from './dates';

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';

/** A closed range of days: the way circulars and evaluators name periods. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface Bucket extends DateRange {
  /** The bucket as users write it: 2024年3月, 2024年第一季度, 2024年. */
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar month, quarter or year containing `date`. */
export function bucketOf(date: IsoDate, granularity: Granularity): Bucket {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (granularity === 'YEAR') return { from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年` };
  if (granularity === 'QUARTER') {
    const q = Math.floor((month - 1) / 3);
    const end = q * 3 + 3;
    return { from: `${year}-${pad(q * 3 + 1)}-01`, to: `${year}-${pad(end)}-${lastDay(year, end)}`, label: `${year}年第${QUARTER_NAMES[q]}季度` };
  }
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${lastDay(year, month)}`, label: `${year}年${month}月` };
}

/**
 * The buckets from `range.from` to `range.to`, the first and last clipped to the range. With
 * `cumulative`, each bucket runs from 1 January of its year (year to date, as circulars count).
 */
export function buckets(range: DateRange, granularity: Granularity, cumulative: boolean): Bucket[] {
  const out: Bucket[] = [];
  for (let start = range.from; start <= range.to; ) {
    const bucket = bucketOf(start, granularity);
    const to = bucket.to < range.to ? bucket.to : range.to;
    const from = cumulative ? `${start.slice(0, 4)}-01-01` : start;
    out.push({ from, to, label: bucket.label });
    const next = new Date(`${bucket.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    start = next.toISOString().slice(0, 10);
  }
  return out;
}

/** A period as users write it: 2024年3月, 2024年第一季度, 2024年, 2024年1月1日至5月20日, or 2024-03-05 至 2024-04-01. */
export function periodLabel(period: DateRange): string {
  for (const granularity of ['MONTH', 'QUARTER', 'YEAR'] as const) {
    const bucket = bucketOf(period.from, granularity);
    if (bucket.from === period.from && bucket.to === period.to) return bucket.label;
  }
  if (period.from.endsWith('-01-01') && period.from.slice(0, 4) === period.to.slice(0, 4)) {
    return `${period.from.slice(0, 4)}年1月1日至${Number(period.to.slice(5, 7))}月${Number(period.to.slice(8, 10))}日`;
  }
  return `${period.from} 至 ${period.to}`;
}
