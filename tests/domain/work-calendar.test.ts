import { describe, it, expect } from 'vitest';
import { OFFICIAL_CALENDAR_LAST_YEAR, officialIsWorkingDay } from '../../server/src/domain/official-calendar';
import { createWorkCalendar } from '../../server/src/domain/work-calendar';

/** 'YYYY-MM-DD' for each day of a span inside one month, written out so the lists below read like the notices. */
function span(yearMonth: string, first: number, last = first): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d++) days.push(`${yearMonth}-${String(d).padStart(2, '0')}`);
  return days;
}

// The State Council's holiday notices (国务院办公厅关于 2024/2025/2026 年部分节假日安排的通知).
const NOTICES: Record<number, { off: string[]; makeUpWorkdays: string[] }> = {
  2024: {
    off: [
      ...span('2024-01', 1),
      ...span('2024-02', 10, 17),
      ...span('2024-04', 4, 6),
      ...span('2024-05', 1, 5),
      ...span('2024-06', 10),
      ...span('2024-09', 15, 17),
      ...span('2024-10', 1, 7),
    ],
    makeUpWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  2025: {
    off: [
      ...span('2025-01', 1),
      ...span('2025-01', 28, 31),
      ...span('2025-02', 1, 4),
      ...span('2025-04', 4, 6),
      ...span('2025-05', 1, 5),
      ...span('2025-05', 31),
      ...span('2025-06', 1, 2),
      ...span('2025-10', 1, 8),
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ...span('2026-01', 1, 3),
      ...span('2026-02', 15, 23),
      ...span('2026-04', 4, 6),
      ...span('2026-05', 1, 5),
      ...span('2026-06', 19, 21),
      ...span('2026-09', 25, 27),
      ...span('2026-10', 1, 7),
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

describe('official calendar', () => {
  it('has State Council data up to 2026', () => {
    expect(OFFICIAL_CALENDAR_LAST_YEAR).toBe(2026);
  });

  describe.each([2024, 2025, 2026])('%i notice', (year) => {
    const { off, makeUpWorkdays } = NOTICES[year]!;

    it.each(off)('%s is a holiday', (date) => {
      expect(officialIsWorkingDay(date)).toBe(false);
    });

    it.each(makeUpWorkdays)('%s is a 调休 working day', (date) => {
      expect(officialIsWorkingDay(date)).toBe(true);
    });
  });

  it('treats ordinary days by the day of the week', () => {
    expect(officialIsWorkingDay('2024-09-30')).toBe(true); // Monday between 调休 Sunday and 国庆
    expect(officialIsWorkingDay('2024-10-08')).toBe(true);
    expect(officialIsWorkingDay('2024-10-13')).toBe(false); // Sunday
    expect(officialIsWorkingDay('2025-02-09')).toBe(false); // Sunday after the 调休 Saturday
    expect(officialIsWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not in the notice
  });

  it('knows nothing of years after its data', () => {
    expect(officialIsWorkingDay('2027-01-01')).toBe(true); // a Friday
  });

  it('does not depend on the process time zone', () => {
    // The package's own isWorkday() says 2024-09-30 is a day off when run west of UTC.
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBeGreaterThan(0);
      expect(officialIsWorkingDay('2024-09-30')).toBe(true);
      expect(officialIsWorkingDay('2024-09-29')).toBe(true);
      expect(officialIsWorkingDay('2024-10-07')).toBe(false);
      expect(createWorkCalendar(officialIsWorkingDay, []).nthWorkingDayAfter('2024-09-20', 20)).toBe('2024-10-23');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('work calendar', () => {
  const official = createWorkCalendar(officialIsWorkingDay, []);

  it('puts the publication deadline of a 2024-09-20 inspection on 2024-10-23', () => {
    // Sep 23–27 (1–5), Sun 29 调休 (6), Mon 30 (7), 国庆 Oct 1–7 off, Oct 8–11 (8–11), Sat 12 调休 (12),
    // Oct 14–18 (13–17), Oct 21, 22, 23 (18, 19, 20).
    expect(official.nthWorkingDayAfter('2024-09-20', 20)).toBe('2024-10-23');
  });

  it('counts from a holiday used as day 0', () => {
    expect(official.nthWorkingDayAfter('2024-10-01', 1)).toBe('2024-10-08');
    // Oct 8, 9, 10, 11 (1–4), Sat 12 调休 (5)
    expect(official.nthWorkingDayAfter('2024-10-01', 5)).toBe('2024-10-12');
  });

  it('carries a deadline across 春节 2025', () => {
    // Jan 21–24 (1–4), Sun 26 调休 (5), Mon 27 (6), Jan 28–Feb 4 off, Feb 5–7 (7–9), Sat 8 调休 (10),
    // Feb 10–14 (11–15), Feb 17–21 (16–20). Weekdays alone would give 2025-02-17.
    expect(official.nthWorkingDayAfter('2025-01-20', 20)).toBe('2025-02-21');
  });

  it('lets administrator overrides for a year after the package data move a deadline', () => {
    // Without data for 2027: Dec 28–31 (1–4), Fri Jan 1 (5), Jan 4–8 (6–10), 11–15 (11–15), 18–22 (16–20).
    expect(official.nthWorkingDayAfter('2026-12-25', 20)).toBe('2027-01-22');

    const newYearOff = createWorkCalendar(officialIsWorkingDay, [{ date: '2027-01-01', isWorkingDay: false, name: '元旦' }]);
    expect(newYearOff.isWorkingDay('2027-01-01')).toBe(false);
    expect(newYearOff.nthWorkingDayAfter('2026-12-25', 20)).toBe('2027-01-25');

    // A hypothetical 调休 Saturday gives the lost day back.
    const withMakeUp = createWorkCalendar(officialIsWorkingDay, [
      { date: '2027-01-01', isWorkingDay: false, name: '元旦' },
      { date: '2027-01-09', isWorkingDay: true },
    ]);
    expect(withMakeUp.isWorkingDay('2027-01-09')).toBe(true);
    expect(withMakeUp.nthWorkingDayAfter('2026-12-25', 20)).toBe('2027-01-22');
  });

  it('lets overrides win over the base in both directions', () => {
    const calendar = createWorkCalendar(officialIsWorkingDay, [
      { date: '2024-10-07', isWorkingDay: true },
      { date: '2024-10-08', isWorkingDay: false, name: null },
    ]);
    expect(calendar.isWorkingDay('2024-10-07')).toBe(true);
    expect(calendar.isWorkingDay('2024-10-08')).toBe(false);
    expect(calendar.isWorkingDay('2024-10-09')).toBe(true);
  });

  it('counts working days in a half-open span', () => {
    // Sat 28 off, Sun 29 调休 (1), Mon 30 (2), Oct 1–7 off, Oct 8 (3)
    expect(official.workingDaysBetween('2024-09-27', '2024-10-08')).toBe(3);
    expect(official.workingDaysBetween('2024-09-27', '2024-09-29')).toBe(1);
    expect(official.workingDaysBetween('2024-09-20', '2024-10-23')).toBe(20);
    expect(official.workingDaysBetween('2024-10-08', '2024-10-08')).toBe(0);
    expect(official.workingDaysBetween('2024-10-08', '2024-09-27')).toBe(0);
  });

  it('refuses nonsense input', () => {
    expect(() => official.nthWorkingDayAfter('2024-09-20', 0)).toThrow(RangeError);
    expect(() => official.nthWorkingDayAfter('2024-09-20', 1.5)).toThrow(RangeError);
    expect(() => official.workingDaysBetween('2024-09-20', '2024-10-32')).toThrow(RangeError);
    expect(() => createWorkCalendar(officialIsWorkingDay, [{ date: '2027-1-1', isWorkingDay: false }])).toThrow(RangeError);
    expect(() => createWorkCalendar(() => false, []).nthWorkingDayAfter('2024-01-01', 1)).toThrow(RangeError);
  });
});
