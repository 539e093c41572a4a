import { STATE_COUNCIL_KPIS } from '../domain/kpi-keys';
import type { KpiFigure, Target } from './scope';

export interface DepartmentFigures {
  code: string;
  name: string;
  kpis: KpiFigure[];
}

export interface RankedDepartment extends DepartmentFigures {
  /** 0–100, null when none of its KPIs with a target has a value. */
  score: number | null;
  /** 1 = best; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  missedTargets: number;
}

/**
 * How far a value goes towards its target, from 0 to 1: value ÷ target for "at least" targets,
 * (target + 1) ÷ (value + 1) for "at most" ones (0 overdue tasks → 1, one → ½, three → ¼).
 */
export function attainment(value: number, target: Target): number {
  if (target.comparator === '<=') return value <= target.target ? 1 : (target.target + 1) / (value + 1);
  if (target.target <= 0) return 1;
  return Math.min(1, value / target.target);
}

/** 综合得分: the mean attainment of the KPIs that have a target and a value, × 100, one decimal. */
export function score(kpis: readonly KpiFigure[]): number | null {
  const scored = kpis.filter((k) => k.target !== null && k.value !== null);
  if (scored.length === 0) return null;
  const mean = scored.reduce((sum, k) => sum + attainment(k.value!, k.target!), 0) / scored.length;
  return Math.round(mean * 1000) / 10;
}

/**
 * The league table scores the State Council's figures only: the rows still carry every KPI, but
 * a KPI added to the catalogue (检查频次) changes no department's score or rank.
 */
const SCORED: ReadonlySet<string> = new Set(STATE_COUNCIL_KPIS);

export function rankDepartments(departments: readonly DepartmentFigures[]): RankedDepartment[] {
  const scored = departments.map((d) => {
    const judged = d.kpis.filter((k) => SCORED.has(k.key));
    return { ...d, score: score(judged), missedTargets: judged.filter((k) => k.met === false).length };
  });
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.code.localeCompare(b.code));
  return scored.map((d, i) => ({
    ...d,
    rank: i > 0 && scored[i - 1].score === d.score ? scored.findIndex((x) => x.score === d.score) + 1 : i + 1,
  }));
}
