import type { CreditClass } from '../domain/vocabulary';
import type { Comparator } from './definitions';

/** One question the engine answers: a period seen as of a day, for all, one department or a region. */
export interface Scope {
  id: string;
  from: string;
  to: string;
  asOf: string;
  departmentCode: string | null;
  /** A named group of departments (非成员单位) counted as one: filtered like a department. */
  departmentGroup?: string;
  /** The region filter as a code prefix (440000 → '44'); null for no region filter. */
  regionPrefix: string | null;
  /** The departments the scope covers: all, the one of its filter, or its region's. */
  departmentCodes: string[];
  /** The 6-digit division whose targets and bands judge this scope. */
  jurisdiction: string;
}

export interface Band {
  creditClass: CreditClass;
  lowPercent: number;
  highPercent: number;
}

export interface Target {
  comparator: Comparator;
  target: number;
}

/** A KPI's figure for one scope. */
export interface KpiFigure {
  key: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  target: Target | null;
  met: boolean | null;
}

export { regionPrefix } from '../store/repositories/sql-filter';
