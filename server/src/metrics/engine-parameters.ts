import type { WorkCalendar } from '../domain/work-calendar';
import { calendarParameters } from './calendar-parameters';
import type { DeadlineSetting } from './configuration';
import type { Band, Scope, Target } from './scope';
import { SqlParams, type ParamSource } from './sql-params';
import type { BurdenSetting } from './visits/burden-settings';

/** What the engine needs besides the scopes: the calendar, and each scope's targets and bands. */
export interface EngineContext {
  calendar: WorkCalendar;
  bands: (scope: Scope) => Band[];
  targets: (scope: Scope) => Map<string, Target>;
  /** The publication window and plan-entry deadline that apply in a year and jurisdiction. */
  deadlines: (year: number, jurisdiction: string) => DeadlineSetting;
  /** Every department with its division: a department's rows are judged by its own jurisdiction's deadlines. */
  departments: readonly { code: string; regionCode: string }[];
  /** The repeat window W and yearly cap C (检查频次) that judge a scope. */
  burden: (scope: Scope) => BurdenSetting;
}

/**
 * The parameters engine statements draw from, by name (see ctes.ts): the scopes, one array per
 * column; the (scope, department) pairs each scope covers; the earliest start and latest end of
 * the scopes' periods; the calendar's range with its holidays on weekdays and weekend working
 * days (调休); the publication window (one for all, or per department and year); each
 * department's plan-entry deadline per year; each scope's repeat window and yearly visit cap.
 */
export type EngineParam =
  | 'scopeIds' | 'scopeFrom' | 'scopeTo' | 'scopeAsOf' | 'scopeDepartment' | 'scopeRegion' | 'scopeBands'
  | 'pairScope' | 'pairDepartment' | 'firstDay' | 'lastDay'
  | 'calendarFrom' | 'calendarTo' | 'holidays' | 'workingWeekends'
  | 'publicationDays' | 'windowDepartment' | 'windowYear' | 'windowDays'
  | 'planDeadlineDepartment' | 'planDeadlineYear' | 'planDeadlineDay'
  | 'scopeRepeatWindow' | 'scopeVisitCap' | 'pairFrom' | 'pairTo';

export interface EngineParameters {
  source: ParamSource<EngineParam>;
  /** Whether one publication window holds for every department and year involved. */
  uniformWindow: boolean;
  /**
   * Whether every band of the scopes has at most 6 decimals as the statement sends it (JSON, as
   * scope_band_row reads its scale): the class check's common unit then always exists.
   */
  exactBands: boolean;
}

/** The decimals of a number as JSON writes it; an exponent form counts as too many. */
const decimals = (n: number) => {
  const text = JSON.stringify(n);
  return /e/i.test(text) ? Infinity : (text.split('.')[1]?.length ?? 0);
};

const later = (a: string, b: string) => (a > b ? a : b);

const years = (from: string, to: string) => {
  const list: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) list.push(y);
  return list;
};

export function engineParameters(context: EngineContext, scopes: readonly Scope[]): EngineParameters {
  const from = scopes.reduce((min, s) => (s.from < min ? s.from : min), scopes[0].from);
  const to = scopes.reduce((max, s) => later(s.to, max), scopes[0].to);
  const seen = scopes.reduce((max, s) => later(later(s.to, s.asOf), max), scopes[0].to);
  const calendar = calendarParameters(context.calendar, from, seen);
  const scopeBands = scopes.map((s) => context.bands(s));
  const bands = scopeBands.map((list) => JSON.stringify(Object.fromEntries(list.map((b) => [b.creditClass, [b.lowPercent, b.highPercent]]))));
  const exactBands = scopeBands.every((list) => list.every((b) => decimals(b.lowPercent) <= 6 && decimals(b.highPercent) <= 6));
  const pairs = scopes.flatMap((s) => s.departmentCodes.map((code) => [s.id, code]));
  // Deadlines per department and year of the periods: a few hundred rows at most.
  const perDepartment = context.departments.flatMap((d) => years(from, to).map((year) => ({ code: d.code, year, ...context.deadlines(year, d.regionCode) })));
  const windows = new Set(perDepartment.map((d) => d.publicationWorkingDays));
  const uniformWindow = windows.size <= 1;
  const source: ParamSource<EngineParam> = {
    scopeIds: { value: scopes.map((s) => s.id), type: 'text[]' },
    scopeFrom: { value: scopes.map((s) => s.from), type: 'date[]' },
    scopeTo: { value: scopes.map((s) => s.to), type: 'date[]' },
    scopeAsOf: { value: scopes.map((s) => s.asOf), type: 'date[]' },
    scopeDepartment: { value: scopes.map((s) => s.departmentCode), type: 'text[]' },
    scopeRegion: { value: scopes.map((s) => s.regionPrefix), type: 'text[]' },
    scopeBands: { value: bands, type: 'jsonb[]' },
    pairScope: { value: pairs.map((p) => p[0]), type: 'text[]' },
    pairDepartment: { value: pairs.map((p) => p[1]), type: 'text[]' },
    firstDay: { value: from, type: 'date' },
    lastDay: { value: to, type: 'date' },
    calendarFrom: { value: calendar.from, type: 'date' },
    calendarTo: { value: calendar.to, type: 'date' },
    holidays: { value: calendar.holidays, type: 'date[]' },
    workingWeekends: { value: calendar.workingWeekends, type: 'date[]' },
    publicationDays: { value: [...windows][0] ?? 0, type: 'int' },
    windowDepartment: { value: perDepartment.map((d) => d.code), type: 'text[]' },
    windowYear: { value: perDepartment.map((d) => d.year), type: 'int[]' },
    windowDays: { value: perDepartment.map((d) => d.publicationWorkingDays), type: 'int[]' },
    planDeadlineDepartment: { value: perDepartment.map((d) => d.code), type: 'text[]' },
    planDeadlineYear: { value: perDepartment.map((d) => d.year), type: 'int[]' },
    planDeadlineDay: { value: perDepartment.map((d) => `${d.year}-${d.planEntryDeadline}`), type: 'date[]' },
    // Each (scope, department) pair's period, for sets that join pairs without the scope table.
    pairFrom: { value: scopes.flatMap((s) => s.departmentCodes.map(() => s.from)), type: 'date[]' },
    pairTo: { value: scopes.flatMap((s) => s.departmentCodes.map(() => s.to)), type: 'date[]' },
    scopeRepeatWindow: { value: scopes.map((s) => context.burden(s).repeatWindowDays), type: 'int[]' },
    scopeVisitCap: { value: scopes.map((s) => context.burden(s).maxVisitsPerDepartment), type: 'int[]' },
  };
  return { source, uniformWindow, exactBands };
}

/** A fresh allocator over the engine's parameters, for one statement. */
export function statementParams(parameters: EngineParameters): SqlParams<EngineParam> {
  return new SqlParams(parameters.source);
}
