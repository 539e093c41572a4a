import { DEFAULT_PLAN_ENTRY_DEADLINE, DEFAULT_PUBLICATION_WORKING_DAYS } from '../domain/publication';
import type { CreditClass } from '../domain/vocabulary';
import { CREDIT_CLASSES } from '../domain/vocabulary';
import type { Comparator } from './definitions';
import { regionPrefix, type Band, type Target } from './scope';

export interface TargetRow {
  year: number;
  jurisdiction: string;
  kpiKey: string;
  comparator: Comparator;
  target: number;
}

export interface BandRow {
  year: number;
  jurisdiction: string;
  creditClass: CreditClass;
  lowPercent: number;
  highPercent: number;
}

/** The deadlines inside definitions, set per year and jurisdiction; null inherits the wider or earlier row's. */
export interface DeadlineRow {
  year: number;
  jurisdiction: string;
  /** Results are due by this working day after their inspection (the inspection day is day 0). */
  publicationWorkingDays: number | null;
  /** Plans are due by this day of their year, 'MM-DD'. */
  planEntryDeadline: string | null;
}

export interface DeadlineSetting {
  publicationWorkingDays: number;
  planEntryDeadline: string;
}

/**
 * The row that judges `year` in `region`: among rows whose jurisdiction covers the region and
 * whose year is not after `year`, the most specific jurisdiction wins, then the latest year.
 */
function pick<R extends { year: number; jurisdiction: string }>(rows: readonly R[], year: number, region: string): R | null {
  let best: R | null = null;
  let bestPrefix = -1;
  for (const row of rows) {
    const prefix = regionPrefix(row.jurisdiction);
    if (row.year > year || !region.startsWith(prefix)) continue;
    if (prefix.length > bestPrefix || (prefix.length === bestPrefix && best !== null && row.year > best.year)) {
      best = row;
      bestPrefix = prefix.length;
    }
  }
  return best;
}

/**
 * Each KPI's target from the most specific configured row, else the catalogue's default (the
 * national rows of 2019 repeat those defaults, and a test keeps them equal).
 */
export function resolveTargets(
  rows: readonly TargetRow[], year: number, jurisdiction: string,
  defaults: readonly { key: string; defaultTarget: Target | null }[] = [],
): Map<string, Target> {
  const keys = new Set(rows.map((r) => r.kpiKey));
  const targets = new Map<string, Target>();
  for (const d of defaults) if (d.defaultTarget) targets.set(d.key, { ...d.defaultTarget });
  for (const key of keys) {
    const row = pick(rows.filter((r) => r.kpiKey === key), year, jurisdiction);
    if (row) targets.set(key, { comparator: row.comparator, target: row.target });
  }
  return targets;
}

export function resolveBands(rows: readonly BandRow[], year: number, jurisdiction: string): Band[] {
  return CREDIT_CLASSES.flatMap((creditClass) => {
    const row = pick(rows.filter((r) => r.creditClass === creditClass), year, jurisdiction);
    return row ? [{ creditClass, lowPercent: row.lowPercent, highPercent: row.highPercent }] : [];
  });
}

/** Each deadline from the most specific row that sets it, else the national default (domain/publication.ts). */
export function resolveDeadlines(rows: readonly DeadlineRow[], year: number, jurisdiction: string): DeadlineSetting {
  const window = pick(rows.filter((r) => r.publicationWorkingDays !== null), year, jurisdiction);
  const plan = pick(rows.filter((r) => r.planEntryDeadline !== null), year, jurisdiction);
  return {
    publicationWorkingDays: window?.publicationWorkingDays ?? DEFAULT_PUBLICATION_WORKING_DAYS,
    planEntryDeadline: plan?.planEntryDeadline ?? DEFAULT_PLAN_ENTRY_DEADLINE,
  };
}

export function meets(value: number | null, target: Target | null): boolean | null {
  if (value === null || target === null) return null;
  switch (target.comparator) {
    case '>':
      return value > target.target;
    case '>=':
      return value >= target.target;
    case '<=':
      return value <= target.target;
  }
}

/** The division a set of departments lies in: their longest common prefix, whole levels only, padded to 6 digits. */
export function commonJurisdiction(regionCodes: readonly string[]): string {
  if (regionCodes.length === 0) return '000000';
  let prefix = regionCodes[0];
  for (const code of regionCodes) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  prefix = prefix.slice(0, prefix.length - (prefix.length % 2));
  return prefix.padEnd(6, '0');
}
