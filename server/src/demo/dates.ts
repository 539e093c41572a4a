import chineseDays from 'chinese-days';

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

/**
 * The official calendar with 调休, from the package the project already relies on. Working days are
 * looked up once into a sorted list, because per-day calls would dominate the generation time.
 */
export class WorkCalendar {
  private readonly workdays: Day[];
  private readonly indexOf = new Map<Day, number>();

  constructor(from: string, to: string) {
    this.workdays = chineseDays.getWorkdaysInRange(from, to).map(day);
    this.workdays.forEach((d, i) => this.indexOf.set(d, i));
  }

  /** The n-th working day after d (d itself is day 0, as for the 20-working-day publication rule). */
  addWorkdays(d: Day, n: number): Day {
    if (n <= 0) return d;
    let i = this.firstIndexAfter(d);
    i += n - 1;
    if (i < this.workdays.length) return this.workdays[i];
    // Beyond the calendar's data: plain weekdays are close enough for a demo.
    return d + Math.ceil((n * 7) / 5);
  }

  /** The same day if it is a working day, else the next working day. */
  onOrAfter(d: Day): Day {
    if (this.indexOf.has(d)) return d;
    const i = this.firstIndexAfter(d);
    return i < this.workdays.length ? this.workdays[i] : d;
  }

  private firstIndexAfter(d: Day): number {
    let lo = 0;
    let hi = this.workdays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.workdays[mid] <= d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
