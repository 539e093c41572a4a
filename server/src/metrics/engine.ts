import type { Queryable } from '../store/repositories/sql-filter';
import { readsCostly, tallyFor, type BaseName } from './base-sets';
import { conditionColumns, conditionSql } from './conditions';
import { meets } from './configuration';
import { withClause, type FilterKind, type StatementShape } from './ctes';
import type { KpiDefinition, KpiPart } from './definitions';
import { engineParameters, statementParams, type EngineContext, type EngineParameters } from './engine-parameters';
import type { KpiFigure, Scope } from './scope';

export type { EngineContext };

function aggregate(part: KpiPart, tallyCount?: string): string {
  const where = conditionSql(part.where);
  const summed = part.sum ?? tallyCount;
  return summed
    ? `coalesce(sum(${summed}) filter (where ${where}), 0)::bigint`
    : `count(*) filter (where ${where})::bigint`;
}

/** The filter kind the scopes share; the SQL is written for it. */
export function filterKind(scopes: readonly Scope[]): FilterKind {
  const kindOf = (s: Scope): FilterKind => (s.departmentCode || s.departmentGroup ? 'department' : s.regionPrefix !== null ? 'region' : 'none');
  const kind = kindOf(scopes[0]);
  if (scopes.some((s) => kindOf(s) !== kind)) throw new Error('scopes of one statement must share their filter kind');
  return kind;
}

export function statementShape(scopes: readonly Scope[], parameters: EngineParameters): StatementShape {
  return {
    kind: filterKind(scopes),
    uniformWindow: parameters.uniformWindow,
    manyScopes: scopes.length > 1,
    samePeriod: new Set(scopes.map((s) => `${s.from} ${s.to} ${s.asOf}`)).size === 1,
    singleDepartment: scopes.every((s) => s.departmentCode !== null && !s.departmentGroup),
    exactBands: parameters.exactBands,
  };
}

/**
 * The statement over one base set: its rows built once for all scopes and aggregated per scope,
 * one filtered aggregate per KPI part, with the values it binds.
 */
export function baseStatement(
  parameters: EngineParameters, base: BaseName, parts: readonly { part: KpiPart; column: string }[], scopes: readonly Scope[], costly = false,
): { text: string; values: unknown[] } {
  const tally = tallyFor(base, scopes, costly);
  const source = tally?.cte ?? `b_${base}`;
  const params = statementParams(parameters);
  const columns = parts.map((p) => `${aggregate(p.part, tally?.count)} as ${p.column}`);
  const head = withClause(statementShape(scopes, parameters), params.p, [source]);
  // One scope (kpis): a plain aggregate, without hashing every row's scope id.
  const text = scopes.length === 1
    ? `${head}
    select (${params.p.scopeIds})[1] as scope_id, ${columns.join(', ')} from ${source}`
    : `${head}
    select scope_id, ${columns.join(', ')} from ${source} group by scope_id`;
  return { text, values: params.values };
}

/** Which statement a part is counted in: one per base set, and one more for the parts reading its costly flags. */
function statementOf(part: KpiPart): { base: BaseName; costly: boolean } {
  return { base: part.base, costly: readsCostly(part.base, conditionColumns(part.where)) };
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
  const parts: { kpi: KpiDefinition; role: 'numerator' | 'denominator'; part: KpiPart; column: string }[] = [];
  for (const kpi of kpis) {
    parts.push({ kpi, role: 'numerator', part: kpi.numerator, column: `p${parts.length}` });
    if (kpi.denominator) parts.push({ kpi, role: 'denominator', part: kpi.denominator, column: `p${parts.length}` });
  }
  const parameters = engineParameters(context, scopes);
  const label = (part: KpiPart) => JSON.stringify(statementOf(part));
  const groups = [...new Set(parts.map((p) => label(p.part)))];
  const results = await Promise.all(groups.map((group) => {
    const { base, costly } = JSON.parse(group) as { base: BaseName; costly: boolean };
    const statement = baseStatement(parameters, base, parts.filter((p) => label(p.part) === group), scopes, costly);
    return db.query(statement.text, statement.values);
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
      // A figure whose setting the scope's year and jurisdiction lack has no value (not 0) and no target.
      const unset = kpi.needsSetting !== undefined && context.burden(scope)[kpi.needsSetting] === null;
      const value = unset ? null : kpi.unit === 'COUNT' ? numerator : denominator ? numerator / denominator : null;
      const target = unset ? null : targets.get(kpi.key) ?? null;
      return { key: kpi.key, numerator, denominator, value, target, met: meets(value, target) };
    }));
  }
  return figures;
}
