import { publicationDeadline } from '../domain/publication';
import { addDays } from '../domain/dates';
import type { KpiSetting } from './operations';

/**
 * Publication deadlines outside the engine's SQL (a result's page, the result list's filter, the
 * dashboard's default cut-off), from the same settings: a result is judged by the window of its
 * department's jurisdiction in the year it was inspected.
 */
export function publicationWindow(setting: KpiSetting, departmentCode: string, inspectedOn: string): number {
  const department = setting.departments.find((d) => d.code === departmentCode);
  const jurisdiction = department?.regionCode ?? setting.hubJurisdiction;
  return setting.engine.deadlines(Number(inspectedOn.slice(0, 4)), jurisdiction).publicationWorkingDays;
}

export function resultDeadline(setting: KpiSetting, departmentCode: string, inspectedOn: string): string {
  return publicationDeadline(setting.engine.calendar, inspectedOn, publicationWindow(setting, departmentCode, inspectedOn));
}

/** The day by which every department's results of `inspectedOn` fall due: the latest of their deadlines. */
export function latestDeadline(setting: KpiSetting, inspectedOn: string): string {
  const windows = new Set(setting.departments.map((d) => publicationWindow(setting, d.code, inspectedOn)));
  if (windows.size === 0) windows.add(setting.engine.deadlines(Number(inspectedOn.slice(0, 4)), setting.hubJurisdiction).publicationWorkingDays);
  return publicationDeadline(setting.engine.calendar, inspectedOn, Math.max(...windows));
}

/**
 * Every day from `from` to `to` with its deadline, as arrays for a join: one row per day when all
 * departments share a window (department null), else one per department and day.
 */
export function deadlineTable(setting: KpiSetting, from: string, to: string): { departments: (string | null)[]; days: string[]; deadlines: string[] } {
  const table = { departments: [] as (string | null)[], days: [] as string[], deadlines: [] as string[] };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const windows = new Map(setting.departments.map((d) => [d.code, publicationWindow(setting, d.code, day)]));
    const uniform = new Set(windows.values()).size <= 1;
    if (uniform) {
      table.departments.push(null);
      table.days.push(day);
      table.deadlines.push(resultDeadline(setting, setting.departments[0]?.code ?? '', day));
      continue;
    }
    for (const [code, window] of windows) {
      table.departments.push(code);
      table.days.push(day);
      table.deadlines.push(publicationDeadline(setting.engine.calendar, day, window));
    }
  }
  return table;
}
