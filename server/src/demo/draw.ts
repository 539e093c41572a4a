import type { Rng } from './random';
import type { CreditClass, Subject } from './subjects';

export const CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D'];

export interface ClassCount {
  pool: number;
  drawn: number;
}

export interface Draw {
  subjects: Subject[];
  /** Pool and drawn counts per class; null when the task did not record them. */
  counts: Record<CreditClass, ClassCount> | null;
}

/**
 * Sampling ratios within the default bands (A below 3%, B 3%, C 3–20%, D 20–100%), or, for the few tasks that
 * break them, one class pushed outside its band, as the office's band check should then report.
 */
function ratios(rng: Rng, violate: boolean): Record<CreditClass, number> {
  const r: Record<CreditClass, number> = {
    A: rng.float(0.005, 0.028),
    B: 0.03,
    C: rng.float(0.04, 0.2),
    D: rng.float(0.22, 1),
  };
  if (violate) {
    const wrong = rng.pick(CLASSES);
    r[wrong] = { A: rng.float(0.05, 0.1), B: rng.float(0.01, 0.02), C: rng.float(0.25, 0.35), D: rng.float(0.08, 0.15) }[wrong];
  }
  return r;
}

/**
 * A credit-tiered draw: the task's scope is narrowed (a town, a batch) until the expected number drawn is near
 * the target; per class drawn = round(pool × ratio). Returns null when fewer than three would be drawn.
 */
export function tieredDraw(rng: Rng, eligible: readonly Subject[], target: number, violate: boolean): Draw | null {
  const byClass: Record<CreditClass, Subject[]> = { A: [], B: [], C: [], D: [] };
  for (const s of eligible) if (s.creditClass !== '') byClass[s.creditClass].push(s);
  const r = ratios(rng, violate);
  let expected = 0;
  for (const c of CLASSES) expected += byClass[c].length * r[c];
  if (expected === 0) return null;
  const scale = Math.min(1, target / expected);
  const counts = {} as Record<CreditClass, ClassCount>;
  const subjects: Subject[] = [];
  for (const c of CLASSES) {
    const pool = Math.round(byClass[c].length * scale);
    const drawn = Math.min(pool, Math.round(pool * r[c]));
    counts[c] = { pool, drawn };
    subjects.push(...rng.sample(byClass[c], drawn));
  }
  // Too small a scope for the ratios to draw anyone worth a task: the department draws without tiers.
  return subjects.length < 3 ? null : { subjects, counts };
}

/** A plain draw: a share of the scope, with no class stratification. */
export function plainDraw(rng: Rng, eligible: readonly Subject[], target: number): Draw {
  return { subjects: rng.sample(eligible, target), counts: null };
}
