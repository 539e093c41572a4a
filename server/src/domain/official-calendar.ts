// Mainland China's official working-day calendar (State Council holiday notices and their 调休),
// as published by the chinese-days package.
//
// The package's own isWorkday() resolves dates in the process's local time zone and gives wrong
// answers west of UTC (e.g. America/Los_Angeles), so we read the data file it ships instead and
// apply its rule ourselves in UTC.
import calendarData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayOfWeek, type IsoDate } from './dates';

const { holidays, workdays } = calendarData as {
  holidays: Readonly<Record<IsoDate, string>>;
  workdays: Readonly<Record<IsoDate, string>>;
};

export const OFFICIAL_CALENDAR_LAST_YEAR: number = Math.max(
  ...Object.keys(holidays).map((date) => Number(date.slice(0, 4))),
);

export function officialIsWorkingDay(date: IsoDate): boolean {
  if (Object.hasOwn(workdays, date)) return true;
  if (Object.hasOwn(holidays, date)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}
