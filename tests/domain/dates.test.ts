import { describe, it, expect } from 'vitest';
import { addDays, compareDates, dayOfWeek, isIsoDate, parseUserDate } from '../../server/src/domain/dates';

describe('isIsoDate', () => {
  it('accepts real dates, including leap days', () => {
    expect(isIsoDate('2024-03-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible dates and other shapes', () => {
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-3-5')).toBe(false);
    expect(isIsoDate('2024-03-05 00:00')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-09-20', 33)).toBe('2024-10-23');
    expect(addDays('2024-03-05', 0)).toBe('2024-03-05');
  });

  it('refuses an invalid date', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it('numbers days from Sunday = 0', () => {
    expect(dayOfWeek('2024-09-29')).toBe(0);
    expect(dayOfWeek('2024-09-30')).toBe(1);
    expect(dayOfWeek('2024-10-01')).toBe(2);
    expect(dayOfWeek('2024-10-12')).toBe(6);
    expect(dayOfWeek('2027-01-01')).toBe(5);
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2024-09-30', '2024-10-01')).toBeLessThan(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBeGreaterThan(0);
    expect(compareDates('2024-10-01', '2024-10-01')).toBe(0);
  });
});

describe('parseUserDate', () => {
  it.each([
    '2024-03-05',
    '2024-3-5',
    '2024/3/5',
    '2024/03/05',
    '2024.3.5',
    '2024.03.05',
    '2024年3月5日',
    '2024年03月05日',
    '  2024-03-05  ',
    '\u30002024/3/5\u3000',
    '2024/3/5 0:00:00',
    '2024-03-05 00:00',
    '2024-03-05T08:30:00',
    '2024年3月5日 9:15',
  ])('reads %j as 2024-03-05', (text) => {
    expect(parseUserDate(text)).toBe('2024-03-05');
  });

  // Written YYYY-MM-DD, a date is checked without a Date object: the calendar's edges by hand.
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-02-28', '1900-02-28'],
    ['2024-12-31', '2024-12-31'],
    ['2024-04-30', '2024-04-30'],
    ['0000-01-01', '0000-01-01'],
    ['1900-02-29', null],
    ['2100-02-29', null],
    ['2024-04-31', null],
    ['2024-00-10', null],
    ['2024-13-01', null],
    ['2024-01-00', null],
    ['2024-01-32', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseUserDate(text)).toBe(expected);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024/13/1',
    '2024-3/5',
    '05/03/2024',
    '24-3-5',
    '2024年3月5',
    '2024-03-05 25:00',
    '2024-03-05T00:00:00Z',
    '20240305',
    '',
    '无',
  ])('rejects %j', (text) => {
    expect(parseUserDate(text)).toBeNull();
  });

  it('reads a Date from its UTC fields', () => {
    expect(parseUserDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(parseUserDate(new Date(Date.UTC(2024, 2, 5, 23, 59, 59)))).toBe('2024-03-05');
    expect(parseUserDate(new Date(Number.NaN))).toBeNull();
  });

  it('reads a number as an Excel 1900-system serial', () => {
    // 45292 is 2024-01-01; 2024-03-05 is 31 + 29 + 4 = 64 days later.
    expect(parseUserDate(45292)).toBe('2024-01-01');
    expect(parseUserDate(45356)).toBe('2024-03-05');
    expect(parseUserDate(45356.75)).toBe('2024-03-05');
    expect(parseUserDate(1)).toBe('1900-01-01');
    expect(parseUserDate(59)).toBe('1900-02-28');
    expect(parseUserDate(61)).toBe('1900-03-01');
  });

  it('rejects Excel’s fake 1900-02-29 and serials outside the calendar', () => {
    expect(parseUserDate(60)).toBeNull();
    expect(parseUserDate(0)).toBeNull();
    expect(parseUserDate(-5)).toBeNull();
    expect(parseUserDate(Number.NaN)).toBeNull();
    expect(parseUserDate(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('rejects other kinds of value', () => {
    expect(parseUserDate(null)).toBeNull();
    expect(parseUserDate(undefined)).toBeNull();
    expect(parseUserDate(true)).toBeNull();
    expect(parseUserDate({ year: 2024 })).toBeNull();
  });
});
