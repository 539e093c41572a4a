import { isIsoDate } from '../domain/dates';

export { todayInChina } from '../domain/dates';
import type { Period } from '../store/repositories/sql-filter';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** Points of one kpiSeries: twenty years of months. Each point is a scope of the one SQL statement. */
export const MAX_SERIES_POINTS = 240;
/** Days one setCalendarDays may write: two years and more, as the State Council publishes one. */
export const MAX_CALENDAR_DAYS = 1000;
/** Paragraphs of a report's overview or requirements. */
export const MAX_PARAGRAPHS = 100;

export function checkedDate(value: string, argName: string): string {
  if (!isIsoDate(value)) throw badUserInput(`${argName} 应为 YYYY-MM-DD 格式的有效日期，实为「${value}」`);
  return value;
}

export function checkedPeriod(period: Period | null | undefined): Period | null {
  if (!period) return null;
  const from = checkedDate(period.from, 'period.from');
  const to = checkedDate(period.to, 'period.to');
  if (from > to) throw badUserInput(`统计期间的起始日期 ${from} 晚于截止日期 ${to}`);
  return { from, to };
}

export function checkedRegion(regionCode: string | null | undefined): string | null {
  if (regionCode == null) return null;
  if (!/^\d{6}$/.test(regionCode)) throw badUserInput(`regionCode 应为 6 位行政区划代码，实为「${regionCode}」`);
  return regionCode;
}

export function checkedPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first 应为 0–${MAX_PAGE_SIZE} 的整数，实为 ${first}`);
  }
  return first;
}

/** A database row number (bigint): checked here so that "abc" is the caller's mistake, not PostgreSQL's. */
export function checkedId(value: string, what: string): string {
  if (!/^[1-9]\d{0,17}$/.test(value)) throw badUserInput(`${what}应为正整数编号，实为「${value.slice(0, 40)}」`);
  return value;
}

export function checkedCount<T>(items: readonly T[], max: number, what: string): readonly T[] {
  if (items.length > max) throw badUserInput(`${what}最多 ${max} 项，实为 ${items.length} 项`);
  return items;
}
