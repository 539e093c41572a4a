import { addDays, compareDates, isIsoDate, type IsoDate } from './dates';

export interface DayOverride {
  date: IsoDate;
  isWorkingDay: boolean;
  name?: string | null;
}

export interface WorkCalendar {
  isWorkingDay(date: IsoDate): boolean;
  nthWorkingDayAfter(date: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

// No real calendar has a year without working days; a longer run means the overrides are broken
// and counting on would never end.
const MAX_NON_WORKING_RUN = 366;

export function createWorkCalendar(
  base: (date: IsoDate) => boolean,
  overrides: readonly DayOverride[],
): WorkCalendar {
  const overridden = new Map<IsoDate, boolean>();
  for (const o of overrides) {
    if (!isIsoDate(o.date)) throw new RangeError(`工作日调整的日期无效：${o.date}`);
    overridden.set(o.date, o.isWorkingDay);
  }

  const isWorkingDay = (date: IsoDate): boolean => overridden.get(date) ?? base(date);

  return {
    isWorkingDay,

    nthWorkingDayAfter(date, n) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`工作日数应为正整数，实为 ${n}`);
      let day = date;
      let run = 0;
      for (let found = 0; found < n; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) {
          found++;
          run = 0;
        } else if (++run > MAX_NON_WORKING_RUN) {
          throw new RangeError(`${date} 之后连续 ${run} 天没有工作日，请检查工作日调整`);
        }
      }
      return day;
    },

    workingDaysBetween(from, to) {
      // Checked up front: an unparsable end would compare as later than every date and never stop the loop.
      if (!isIsoDate(to)) throw new RangeError(`无效的日期：${to}（应为 YYYY-MM-DD）`);
      let count = 0;
      for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
        if (isWorkingDay(day)) count++;
      }
      return count;
    },
  };
}
