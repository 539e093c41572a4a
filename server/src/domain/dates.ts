// Calendar dates as 'YYYY-MM-DD' strings. All arithmetic goes through UTC so the server's
// time zone can never move a date by one day.

export type IsoDate = string;

const DAY_MS = 86_400_000;
// Excel's 1900 date system counts 1900-01-01 as serial 1 and wrongly believes 1900 was a leap year,
// so serial 60 is a 1900-02-29 that never existed and every later serial is one day too high.
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

function utcDate(year: number, month: number, day: number): Date | null {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real ? d : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function toIso(d: Date): IsoDate {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ASCII digit at `at` as a number, or NaN (so that any sum including it is NaN). */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * A date already written YYYY-MM-DD, checked without a Date object, a match or a substring: the
 * form nearly every cell of an imported file has, met 10^6 times in one import. Undefined when
 * the text has another shape.
 */
function isoAsIs(text: string): IsoDate | null | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (Number.isNaN(year + month + day)) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return last !== undefined && day >= 1 && day <= last ? text : null;
}

function fromIso(date: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? utcDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function requireIso(date: IsoDate): Date {
  const d = fromIso(date);
  if (!d) throw new RangeError(`无效的日期：${date}（应为 YYYY-MM-DD）`);
  return d;
}

export function isIsoDate(s: string): boolean {
  return fromIso(s) !== null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`天数应为整数，实为 ${days}`);
  return toIso(new Date(requireIso(date).getTime() + days * DAY_MS));
}

export function dayOfWeek(date: IsoDate): number {
  return requireIso(date).getUTCDay();
}

// Lexical order is date order because every IsoDate has the same fixed-width shape.
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TIME_SUFFIX = String.raw`(?:[T\s]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_SUFFIX}$`);
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${TIME_SUFFIX}$`);

function fromExcelSerial(serial: number): Date | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > EXCEL_MAX_SERIAL || whole === EXCEL_FAKE_LEAP_DAY) {
    return null;
  }
  const epoch = whole < EXCEL_FAKE_LEAP_DAY ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + whole * DAY_MS);
}

export function parseUserDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(year) || year < 1 || year > 9999 ? null : toIso(value);
  }
  if (typeof value === 'number') {
    const d = fromExcelSerial(value);
    return d ? toIso(d) : null;
  }
  if (typeof value !== 'string') return null;

  const text = value.trim();
  const iso = isoAsIs(text);
  if (iso !== undefined) return iso;
  const separated = SEPARATED.exec(text);
  const parts = separated ? [separated[1], separated[3], separated[4]] : CHINESE.exec(text)?.slice(1, 4);
  if (!parts) return null;
  const d = utcDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return d ? toIso(d) : null;
}

/** Today on the calendar of mainland China, whatever the server's time zone. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
