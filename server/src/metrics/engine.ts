import type { WorkCalendar } from '../domain/work-calendar';
import type { Queryable } from '../store/repositories/sql-filter';
import { COSTLY_COLUMNS, TALLIES, withClause, type BaseName, type FilterKind } from './bases';
import { calendarParameters } from './calendar-parameters';
import { meets } from './configuration';
import type { KpiDefinition, KpiPart } from './definitions';
import type { Band, KpiFigure, Scope, Target } from './scope';

/** What the engine needs besides the scopes: the calendar, and each scope's targets and bands. */
export interface EngineContext {
  calendar: WorkCalendar;
  bands: (scope: Scope) => Band[];
  targets: (scope: Scope) => Map<string, Target>;
}

function aggregate(part: KpiPart, tallyCount?: string): string {
  if (part.sum && tallyCount) throw new Error(`a sum over the ${part.base} tally is not defined`);
  const summed = part.sum ?? tallyCount;
  return summed
    ? `coalesce(sum(${summed}) filter (where ${part.where}), 0)::bigint`
    : `count(*) filter (where ${part.where})::bigint`;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The filter kind the scopes share; the SQL is written for it. */
export function filterKind(scopes: readonly Scope[]): FilterKind {
  const kindOf = (s: Scope): FilterKind => (s.departmentCode || s.departmentGroup ? 'department' : s.regionPrefix !== null ? 'region' : 'none');
  const kind = kindOf(scopes[0]);
  if (scopes.some((s) => kindOf(s) !== kind)) throw new Error('scopes of one statement must share their filter kind');
  return kind;
}

/** The parameters every engine statement shares ($1–$15, see bases.ts). */
export function engineParameters(context: EngineContext, scopes: readonly Scope[]): unknown[] {
  const from = scopes.reduce((min, s) => (s.from < min ? s.from : min), scopes[0].from);
  const to = scopes.reduce((max, s) => later(s.to, max), scopes[0].to);
  const seen = scopes.reduce((max, s) => later(later(s.to, s.asOf), max), scopes[0].to);
  const calendar = calendarParameters(context.calendar, from, seen);
  const bands = scopes.map((s) =>
    JSON.stringify(Object.fromEntries(context.bands(s).map((b) => [b.creditClass, [b.lowPercent, b.highPercent]]))),
  );
  const pairs = scopes.flatMap((s) => s.departmentCodes.map((code) => [s.id, code]));
  return [
    scopes.map((s) => s.id), scopes.map((s) => s.from), scopes.map((s) => s.to), scopes.map((s) => s.asOf),
    scopes.map((s) => s.departmentCode), scopes.map((s) => s.regionPrefix), bands,
    pairs.map((p) => p[0]), pairs.map((p) => p[1]), from, to,
    calendar.from, calendar.to, calendar.holidays, calendar.workingWeekends,
  ];
}

/**
 * The statement over one base set: its rows built once for all scopes and aggregated per scope,
 * one filtered aggregate per KPI part. `parameter_types` is always declared so that
 * every parameter has a type, used or not.
 */
export function baseStatement(
  kind: FilterKind, base: BaseName, parts: readonly { part: KpiPart; column: string }[], scopes: readonly Scope[], costly = false,
): string {
  const candidate = costly ? COSTLY_COLUMNS[base]!.tally : TALLIES[base];
  const tally = candidate && (costly || (TALLIES[base]?.applies?.(scopes) ?? true)) ? candidate : undefined;
  const source = tally?.cte ?? `b_${base}`;
  const columns = parts.map((p) => `${aggregate(p.part, tally?.count)} as ${p.column}`);
  // One scope (kpis): a plain aggregate, without hashing every row's scope id.
  return scopes.length === 1
    ? `${withClause(kind, ['parameter_types', source])}
    select ($1::text[])[1] as scope_id, ${columns.join(', ')} from ${source}`
    : `${withClause(kind, ['parameter_types', source])}
    select scope_id, ${columns.join(', ')} from ${source} group by scope_id`;
}

/**
 * Computes the given KPIs for every scope: one statement per base set, run side by side on the
 * pool's connections (each base is a different table, so they share no work worth sharing).
 */
export async function computeFigures(
  db: Queryable,
  context: EngineContext,
  scopes: readonly Scope[],
  kpis: readonly KpiDefinition[],
): Promise<Map<string, KpiFigure[]>> {
  if (scopes.length === 0) return new Map();
  const kind = filterKind(scopes);
  const parts: { kpi: KpiDefinition; role: 'numerator' | 'denominator'; part: KpiPart; column: string }[] = [];
  for (const kpi of kpis) {
    parts.push({ kpi, role: 'numerator', part: kpi.numerator, column: `p${parts.length}` });
    if (kpi.denominator) parts.push({ kpi, role: 'denominator', part: kpi.denominator, column: `p${parts.length}` });
  }
  const params = engineParameters(context, scopes);
  // One statement per base set, and one more for the parts reading a base's costly columns.
  const costly = (part: KpiPart) => (COSTLY_COLUMNS[part.base]?.columns ?? []).some((c) => new RegExp(`\\b${c}\\b`).test(part.where));
  const groupOf = (part: KpiPart) => `${part.base}${costly(part) ? ' costly' : ''}`;
  const groups = [...new Set(parts.map((p) => groupOf(p.part)))];
  const results = await Promise.all(groups.map((group) => {
    const members = parts.filter((p) => groupOf(p.part) === group);
    return db.query(baseStatement(kind, members[0].part.base, members, scopes, costly(members[0].part)), params);
  }));
  // A scope with no rows in a base set has no row in its result: its counts are 0.
  const valueOf = new Map<string, number>();
  for (const { rows } of results) {
    for (const row of rows) for (const [column, value] of Object.entries(row)) valueOf.set(`${row.scope_id}/${column}`, Number(value));
  }

  const figures = new Map<string, KpiFigure[]>();
  for (const scope of scopes) {
    const targets = context.targets(scope);
    figures.set(scope.id, kpis.map((kpi) => {
      const partValue = (role: 'numerator' | 'denominator') => {
        const part = parts.find((p) => p.kpi === kpi && p.role === role);
        return part ? (valueOf.get(`${scope.id}/${part.column}`) ?? 0) : null;
      };
      const numerator = partValue('numerator') as number;
      const denominator = partValue('denominator');
      const value = kpi.unit === 'COUNT' ? numerator : denominator ? numerator / denominator : null;
      const target = targets.get(kpi.key) ?? null;
      return { key: kpi.key, numerator, denominator, value, target, met: meets(value, target) };
    }));
  }
  return figures;
}
