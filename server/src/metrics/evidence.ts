import type { Queryable } from '../store/repositories/sql-filter';
import { BASE_SETS } from './base-sets';
import { conditionSql } from './conditions';
import { withClause } from './ctes';
import type { KpiDefinition } from './definitions';
import { statementShape, type EngineContext } from './engine';
import { engineParameters, statementParams } from './engine-parameters';
import type { Scope } from './scope';

/** SHORTFALL: the rows in the denominator and not in the numerator, those that keep a rate below 100%. */
export type KpiPartName = 'NUMERATOR' | 'DENOMINATOR' | 'SHORTFALL';

export type EvidenceFacts = Record<string, string | boolean | null>;

export interface EvidencePage {
  kind: string;
  totalCount: number;
  rows: { key: string; note: string | null; facts: EvidenceFacts | null }[];
}

/**
 * The rows behind one part of a KPI for one scope: exactly the rows the figure counts (for a
 * summed denominator, the rows whose values it sums), ordered by key (either way), `first` from `offset`.
 */
export async function evidencePage(
  db: Queryable, context: EngineContext, scope: Scope, kpi: KpiDefinition, partName: KpiPartName,
  first: number, offset: number, descending = false,
): Promise<EvidencePage> {
  const part = partName === 'NUMERATOR' ? kpi.numerator : kpi.denominator;
  if (!part) throw new Error(`${kpi.key} has no denominator`);
  const base = BASE_SETS[part.base];
  const condition = conditionSql(part.where);
  const where = partName === 'SHORTFALL' ? `${condition} and not ${conditionSql(kpi.numerator.where)}` : condition;
  const parameters = engineParameters(context, [scope]);
  const params = statementParams(parameters);
  const ctes = withClause(statementShape([scope], parameters), params.p, [`b_${part.base}`]);
  const scopeId = params.add('evidenceScope', scope.id, 'text');
  const facts = base.facts(params.declare('evidenceAsOf', scope.asOf, 'date').p);
  const sql = `${ctes},
    matching as (select key, ${base.note} as note, ${facts} as facts from b_${part.base} where scope_id = ${scopeId} and ${where})
    select t.total, m.key::text as key, nullif(m.note, '') as note, m.facts
    from (select count(*)::int as total from matching) t
    left join lateral (select * from matching order by key ${descending ? 'desc' : 'asc'}
                       limit ${params.add('limit', first, 'int')} offset ${params.add('offset', offset, 'int')}) m on true`;
  const { rows } = await db.query(sql, params.values);
  return {
    kind: base.evidenceKind,
    totalCount: rows[0]?.total ?? 0,
    rows: rows.filter((r) => r.key !== null).map((r) => ({ key: r.key as string, note: r.note as string | null, facts: r.facts as EvidenceFacts | null })),
  };
}
