import type { WorkCalendar } from './work-calendar';

/**
 * 自检查结果产生之日起20个工作日内公示: by default a result is due by the 20th working day after
 * its inspection. A jurisdiction may set its own window per year (城中区's 2023 plan: 7 working
 * days), see the deadline settings; this is the default where none is set.
 */
export const DEFAULT_PUBLICATION_WORKING_DAYS = 20;

/** 年度抽查计划于3月31日前录入平台: the default plan-entry deadline, as 'MM-DD' of the plan's year. */
export const DEFAULT_PLAN_ENTRY_DEADLINE = '03-31';

/**
 * A result's publication deadline by the configured calendar: the day the engine's SQL finds as
 * the working day numbered n(inspection day) + window (ctes.ts, `deadline`), for one result at a time.
 */
export function publicationDeadline(calendar: WorkCalendar, inspectedOn: string, workingDays: number): string {
  return calendar.nthWorkingDayAfter(inspectedOn, workingDays);
}

/** 按时 / 逾期 / 期限内未公示 / 逾期未公示 as of a day: the flags `timely` and `late` of bases.ts. */
export type PublicationTimeliness = 'ON_TIME' | 'LATE' | 'PENDING' | 'UNPUBLISHED_LATE';

export function publicationTimeliness(deadline: string, publishedOn: string | null, asOf: string): PublicationTimeliness {
  // A publication after the day seen has not happened yet, as in every figure.
  if (publishedOn !== null && publishedOn <= asOf) return publishedOn <= deadline ? 'ON_TIME' : 'LATE';
  return asOf > deadline ? 'UNPUBLISHED_LATE' : 'PENDING';
}
