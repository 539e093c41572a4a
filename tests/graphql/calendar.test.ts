import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { gql, gqlData, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);

const after = async (date: string, n: number) =>
  (await gqlData(url(), 'query ($date: String!, $n: Int!) { workingDayAfter(date: $date, n: $n) }', { date, n })).workingDayAfter;

const SET = 'mutation ($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }';

describe('working-day calendar', () => {
  it('counts the publication deadline over the National Day holiday and its make-up working day', async () => {
    expect(await after('2024-09-20', 20)).toBe('2024-10-23');
  });

  it('lets the administrator enter next year\'s notice, which then changes the answers', async () => {
    expect(await after('2026-12-31', 1)).toBe('2027-01-01');
    const written = await gqlData(url(), SET, {
      days: [
        { date: '2027-01-01', isWorkingDay: false, name: '元旦' },
        { date: '2027-01-09', isWorkingDay: true, name: '调休上班' },
      ],
    });
    expect(written.setCalendarDays).toBe(2);
    expect(await after('2026-12-31', 1)).toBe('2027-01-04');
    expect(await after('2027-01-08', 1)).toBe('2027-01-09');

    // Entering a day again replaces the earlier entry.
    await gqlData(url(), SET, { days: [{ date: '2027-01-09', isWorkingDay: false, name: null }] });
    const listed = await gqlData(url(), '{ calendarDays(year: 2027) { date isWorkingDay name } }');
    expect(listed.calendarDays).toEqual([
      { date: '2027-01-01', isWorkingDay: false, name: '元旦' },
      { date: '2027-01-09', isWorkingDay: false, name: null },
    ]);
    expect(await after('2027-01-08', 1)).toBe('2027-01-11');
  });

  it('answers BAD_USER_INPUT with a Chinese message for a malformed date or a count below 1', async () => {
    for (const [date, n] of [['2024-02-30', 1], ['2024/09/20', 1], ['2024-09-20', 0]] as const) {
      const result = await gql(url(), 'query ($date: String!, $n: Int!) { workingDayAfter(date: $date, n: $n) }', { date, n });
      expect(result.errors?.[0].extensions?.code, `${date} ${n}`).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/日期|工作日数/);
    }
    const bad = await gql(url(), SET, { days: [{ date: '2027-13-01', isWorkingDay: false }] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const duplicate = await gql(url(), SET, {
      days: [{ date: '2027-10-01', isWorkingDay: false }, { date: '2027-10-01', isWorkingDay: false }],
    });
    expect(duplicate.errors?.[0].message).toContain('重复');
  });
});
