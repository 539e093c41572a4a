import type { Queryable } from '../store/repositories/sql-filter';
import { ENGINE_PARAMETER_COUNT, withClause, type BaseName } from './bases';
import type { KpiDefinition } from './definitions';
import { engineParameters, filterKind, type EngineContext } from './engine';
import type { Scope } from './scope';

/** SHORTFALL: the rows in the denominator and not in the numerator, those that keep a rate below 100%. */
export type KpiPartName = 'NUMERATOR' | 'DENOMINATOR' | 'SHORTFALL';

/** What an evidence row is, by the base set a KPI counts. */
export const EVIDENCE_KIND: Record<BaseName, string> = {
  task: 'TASK',
  result: 'INSPECTION',
  department: 'DEPARTMENT',
  item: 'INSPECTION_ITEM',
  inspector: 'INSPECTOR',
  subject: 'SUBJECT',
  plan: 'PLAN',
  saved_visit: 'SAVED_VISIT',
  visit: 'VISIT',
  repeat_subject: 'SUBJECT',
  over_cap_subject: 'SUBJECT',
};

/** Why a row counts, in the evaluator's words: the dates and figures the condition looked at. */
const NOTES: Record<BaseName, string> = {
  task: `concat_ws('；',
    case when is_joint then '联合抽查' end,
    case when credit_tiered then '信用风险分类抽查' end,
    violations,
    case when overdue then '超期：截止日期 ' || due_on || coalesce('，完成日期 ' || completed_on, '，未完成') end)`,
  result: `concat_ws('；', '检查日期 ' || inspected_on, '公示期限 ' || deadline,
    case when published then '公示日期 ' || published_on || case when timely then '（按时）' else '（逾期）' end
         else '未公示' || case when late then '（已超期限）' else '' end end,
    case when found_problem then '发现问题' end)`,
  department: `'持证执法人员数 ' || qualified_staff || case when participates then '' else '；期间内未参与抽查任务' end`,
  item: `case when covered then null else '期间内未被任何抽查任务使用' end`,
  inspector: `'执法证有效期至 ' || certificate_expires_on || case when valid then '' else '（已过期）' end`,
  subject: `case when not market_entity then '非市场主体' when not classified then '未标注信用风险等级' end`,
  plan: `'录入日期 ' || entered_on || case when on_time then '（按时）' else '（逾期）' end`,
  saved_visit: `'配合部门 ' || department_code || ' 随同检查，免于单独上门'`,
  visit: `case when joint then '联合上门：' || cardinality(departments) || ' 个部门同日检查' end`,
  repeat_subject: `'重复上门：' || pairs`,
  over_cap_subject: `'超过年度检查次数上限：' || days`,
};

/**
 * The facts a row's columns need that its record alone does not give, as of the scope's cut-off
 * ($as_of): a result's deadline and publication state, a task's state, and the flags a figure tests.
 * Dates published or completed after the cut-off are left out, as the figure leaves them out.
 */
const FACTS: Record<BaseName, string> = {
  task: `json_build_object(
    'completedOn', case when completed_on <= $as_of then completed_on end,
    'status', case when completed_on <= $as_of then case when completed_on > due_on then '逾期完成' else '按期完成' end
                   when due_on < $as_of then '超期未完成' else '进行中' end,
    'violations', violations)`,
  result: `json_build_object(
    'deadline', deadline,
    'publishedOn', case when published then published_on end,
    'status', case when published then case when timely then '按时' else '逾期' end
                   else case when late then '逾期未公示' else '期限内未公示' end end)`,
  department: `json_build_object('participates', participates)`,
  item: `json_build_object('covered', covered)`,
  inspector: `json_build_object('valid', valid)`,
  subject: `null::json`,
  plan: `json_build_object('onTime', on_time)`,
  saved_visit: `null::json`,
  visit: `json_build_object('joint', joint)`,
  repeat_subject: `null::json`,
  over_cap_subject: `null::json`,
};

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
  const base = part.base;
  const where = partName === 'SHORTFALL' ? `(${part.where}) and not (${kpi.numerator.where})` : part.where;
  const params = engineParameters(context, [scope]);
  const [scopeId, limit, skip, asOf] = [1, 2, 3, 4].map((i) => `$${ENGINE_PARAMETER_COUNT + i}`);
  const facts = FACTS[base].replaceAll('$as_of', `${asOf}::date`);
  const sql = `${withClause(filterKind([scope]), ['parameter_types', `b_${base}`])},
    matching as (select key, ${NOTES[base]} as note, ${facts} as facts from b_${base} where scope_id = ${scopeId} and (${where}))
    select t.total, m.key::text as key, nullif(m.note, '') as note, m.facts
    from (select count(*)::int as total from matching) t
    left join lateral (select * from matching order by key ${descending ? 'desc' : 'asc'} limit ${limit} offset ${skip}) m on true`;
  const { rows } = await db.query(sql, [...params, scope.id, first, offset, ...(FACTS[base].includes('$as_of') ? [scope.asOf] : [])]);
  return {
    kind: EVIDENCE_KIND[base],
    totalCount: rows[0]?.total ?? 0,
    rows: rows.filter((r) => r.key !== null).map((r) => ({ key: r.key as string, note: r.note as string | null, facts: r.facts as EvidenceFacts | null })),
  };
}
