import type { WorkCalendar } from '../domain/work-calendar';
import type { Queryable } from '../store/repositories/sql-filter';
import { withClause, type BaseName } from './bases';
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

function aggregate(part: KpiPart): string {
  return part.sum
    ? `coalesce(sum(${part.sum}) filter (where ${part.where}), 0)::bigint`
    : `count(*) filter (where ${part.where})::bigint`;
}

/** The parameters every engine query shares ($1–$6, see bases.ts). */
export function engineParameters(context: EngineContext, scopes: readonly Scope[]): unknown[] {
  const from = scopes.reduce((min, s) => (s.from < min ? s.from : min), scopes[0].from);
  const to = scopes.reduce((max, s) => [s.to, s.asOf, max].sort()[2], scopes[0].to);
  const calendar = calendarParameters(context.calendar, from, to);
  const scopeJson = scopes.map((s) => ({
    id: s.id, from_date: s.from, to_date: s.to, as_of: s.asOf, department: s.departmentCode, region: s.regionPrefix,
  }));
  const bandJson = scopes.flatMap((s) =>
    context.bands(s).map((b) => ({ scope_id: s.id, credit_class: b.creditClass, low: b.lowPercent, high: b.highPercent })),
  );
  return [JSON.stringify(scopeJson), JSON.stringify(bandJson), calendar.from, calendar.to, calendar.holidays, calendar.workingWeekends];
}

/**
 * Computes the given KPIs for every scope in one statement: each base set is built once for all
 * scopes and aggregated per scope with one filtered aggregate per KPI part.
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
  const bases = [...new Set(parts.map((p) => p.part.base))] as BaseName[];
  const aggregates = bases.map((base) => {
    const columns = parts.filter((p) => p.part.base === base).map((p) => `${aggregate(p.part)} as ${p.column}`);
    return `agg_${base} as (select scope_id, ${columns.join(', ')} from b_${base} group by scope_id)`;
  });
  // band and calendar are always declared so that every parameter has a type, used or not.
  const sql = `${withClause(['scope', 'band', 'calendar', ...bases.map((b) => `b_${b}`)])},
    ${aggregates.join(',\n')}
    select s.id, ${parts.map((p) => `coalesce(agg_${p.part.base}.${p.column}, 0) as ${p.column}`).join(', ')}
    from scope s ${bases.map((b) => `left join agg_${b} on agg_${b}.scope_id = s.id`).join(' ')}`;
  const { rows } = await db.query(sql, engineParameters(context, scopes));

  const figures = new Map<string, KpiFigure[]>();
  for (const scope of scopes) {
    const row = rows.find((r) => r.id === scope.id) as Record<string, string>;
    const targets = context.targets(scope);
    figures.set(scope.id, kpis.map((kpi) => {
      const valueOf = (role: 'numerator' | 'denominator') => {
        const part = parts.find((p) => p.kpi === kpi && p.role === role);
        return part ? Number(row[part.column]) : null;
      };
      const numerator = valueOf('numerator') as number;
      const denominator = valueOf('denominator');
      const value = kpi.unit === 'COUNT' ? numerator : denominator ? numerator / denominator : null;
      const target = targets.get(kpi.key) ?? null;
      return { key: kpi.key, numerator, denominator, value, target, met: meets(value, target) };
    }));
  }
  return figures;
}
