/**
 * The one place the oversight flow (warnings, chase notices) asks for publication deadlines and
 * for the warning window. A result's window is its department's, in the year it was inspected
 * (metrics/publication-deadlines.ts, from the deadline settings); every query here joins the
 * table this file returns.
 */
import { addDays } from '../domain/dates';
import { publicationDeadline } from '../domain/publication';
import type { WorkCalendar } from '../domain/work-calendar';
import type { KpiSetting } from '../metrics/operations';
import { publicationWindow } from '../metrics/publication-deadlines';

export interface DeadlineDays {
  /** null: the day's deadline holds for every department (one window everywhere in the range). */
  departments: (string | null)[];
  days: string[];
  deadlines: string[];
}

/**
 * Each inspection day from `from` to `to` with its publication deadline, as SQL array parameters:
 * one row per day when all departments share a window, else one per department and day. The
 * deadlines are metrics/publication-deadlines' deadlineTable, found in one pass as the engine's SQL
 * finds them (the Nth working day after D is the working day numbered n(D) + N), because years of
 * open results asked day by day cost a tenth of a second per request.
 */
export function deadlineDays(setting: KpiSetting, from: string | null, to: string): DeadlineDays {
  const out: DeadlineDays = { departments: [], days: [], deadlines: [] };
  if (from === null || from > to) return out;
  const calendar = setting.engine.calendar;
  // Windows change by year and jurisdiction only: resolved once per year of the range.
  const windowsOf = new Map<string, Map<string, number>>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    windowsOf.set(String(year), new Map(setting.departments.map((d) => [d.code, publicationWindow(setting, d.code, `${year}-01-01`)])));
  }
  const all = [...windowsOf.values()].flatMap((m) => [...m.values()]);
  const uniform = new Set(all).size <= 1;
  const longest = Math.max(1, ...all);
  const days: string[] = [];
  const counts: number[] = [];
  // Working days after `from`, in order; a day's deadline is the Nth of those after it.
  const working: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day !== from && calendar.isWorkingDay(day)) working.push(day);
    days.push(day);
    counts.push(working.length);
  }
  if (!extend(calendar, working, to, working.length + longest)) {
    // As the calendar's own walk does, a year without a working day is an error there, not a guess here.
    return slowDeadlines(setting, days, windowsOf, uniform);
  }
  days.forEach((day, i) => {
    const windows = windowsOf.get(day.slice(0, 4))!;
    if (uniform) {
      out.departments.push(null);
      out.days.push(day);
      out.deadlines.push(working[counts[i] + (all[0] ?? longest) - 1]);
      return;
    }
    for (const [code, window] of windows) {
      out.departments.push(code);
      out.days.push(day);
      out.deadlines.push(working[counts[i] + window - 1]);
    }
  });
  return out;
}

function extend(calendar: WorkCalendar, working: string[], after: string, needed: number): boolean {
  let cursor = after;
  for (let run = 0; working.length < needed; ) {
    cursor = addDays(cursor, 1);
    if (calendar.isWorkingDay(cursor)) {
      working.push(cursor);
      run = 0;
    } else if (++run > 366) return false;
  }
  return true;
}

function slowDeadlines(setting: KpiSetting, days: string[], windowsOf: Map<string, Map<string, number>>, uniform: boolean): DeadlineDays {
  const out: DeadlineDays = { departments: [], days: [], deadlines: [] };
  for (const day of days) {
    const windows = [...windowsOf.get(day.slice(0, 4))!];
    for (const [code, window] of uniform ? windows.slice(0, 1) : windows) {
      out.departments.push(uniform ? null : code);
      out.days.push(day);
      out.deadlines.push(publicationDeadline(setting.engine.calendar, day, window));
    }
  }
  return out;
}

/** The window (working days) a department's results of a year are published within: for the notice's words. */
export function departmentWindow(setting: KpiSetting, departmentCode: string, day: string): number {
  return publicationWindow(setting, departmentCode, day);
}

/**
 * The last day a warning looks at: the K-th working day after the cut-off. Deadlines and task due
 * dates from the cut-off up to and including this day are "due soon"; a weekend or holiday in
 * between does not count towards K.
 */
export function warningWindowEnd(calendar: WorkCalendar, asOf: string, leadWorkingDays: number): string {
  return leadWorkingDays > 0 ? calendar.nthWorkingDayAfter(asOf, leadWorkingDays) : asOf;
}

/** Calendar days from a due date to the cut-off: how long something has been overdue. */
export function daysPast(dueOn: string, asOf: string): number {
  let n = 0;
  for (let day = dueOn; day < asOf; day = addDays(day, 1)) n++;
  return n;
}
