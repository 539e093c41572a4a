/**
 * The class-band check (分类抽查比例合规率) in the engine's CTE form (see ctes.ts): each scope's
 * bands, the credit-tiered tasks' draws against them, the violations in words for the evidence,
 * and the counts by compliance.
 */
import type { Cte } from './ctes';

/** The classes of 信用风险分类 (task_class_draw's check), the columns of task_draw_summary. */
const CREDIT_CLASSES = ['A', 'B', 'C', 'D'] as const;

const CLASS_COLUMNS = CREDIT_CLASSES.map((c) => c.toLowerCase());
/** Whether a task drew from class x's pool under a band of its scope (1) or not (0). */
const classDrawn = (x: string) => `(d.${x}_pool is not null and b.${x}_low is not null)::int`;
/**
 * Whether class x keeps within its band, or is not checked. With every band of the statement in
 * whole units (`exact`), bigints alone, without the per-row choice between them and numerics.
 */
const classComplies = (x: string, exact: boolean) => `(d.${x}_pool is null or b.${x}_low is null
            or ${exact
    ? `(d.${x}_pool * b.${x}_low_i < (d.${x}_drawn + 1) * b.cent and (d.${x}_drawn - 1) * b.cent < d.${x}_pool * b.${x}_high_i)`
    : `case when b.unit is not null
                 then d.${x}_pool * b.${x}_low_i < (d.${x}_drawn + 1) * b.cent and (d.${x}_drawn - 1) * b.cent < d.${x}_pool * b.${x}_high_i
                 else d.${x}_pool * b.${x}_low < 100 * (d.${x}_drawn + 1) and 100 * (d.${x}_drawn - 1) < d.${x}_pool * b.${x}_high end`})`;

export const CLASS_CHECK_CTES: Record<string, Cte> = {
  // Each scope's bands as rows ({"A": [low, high], …} in percent).
  // Materialized: a few rows, hashed once; inlined, jsonb_each ran again for every task probed.
  scope_band: {
    deps: ['scope'],
    materialized: true,
    sql: () => `select s.id as scope_id, b.key as credit_class, (b.value ->> 0)::numeric as low, (b.value ->> 1)::numeric as high
      from scope s cross join jsonb_each(s.bands) b`,
  },
  // Each scope's bands side by side, one row per scope, as task_draw_summary holds the draws.
  scope_band_row: {
    deps: ['scope'],
    materialized: true,
    // Also as whole numbers over a common unit 10^k (k the most decimals any band of the scope
    // has, at most 6), so that the check compares bigints instead of numerics: exact either way,
    // and numeric arithmetic was most of its cost. More decimals than 6: no unit, numerics.
    sql: () => `select b.*, case when b.k <= 6 then (10 ^ b.k)::bigint end as unit, case when b.k <= 6 then 100 * (10 ^ b.k)::bigint end as cent,
        ${CLASS_COLUMNS.map((x) => `case when b.k <= 6 then (b.${x}_low * 10 ^ b.k)::bigint end as ${x}_low_i, case when b.k <= 6 then (b.${x}_high * 10 ^ b.k)::bigint end as ${x}_high_i`).join(',\n        ')}
      from (select r.*, greatest(${CLASS_COLUMNS.map((x) => `coalesce(scale(r.${x}_low), 0), coalesce(scale(r.${x}_high), 0)`).join(', ')}) as k
            from (select s.id as scope_id, ${CREDIT_CLASSES.map((c) => `(s.bands -> '${c}' ->> 0)::numeric as ${c.toLowerCase()}_low, (s.bands -> '${c}' ->> 1)::numeric as ${c.toLowerCase()}_high`).join(', ')}
                  from scope s) r) b`,
  },
  // Per credit-tiered task with class counts, the counts against the scope's bands: does every
  // class with a pool draw within its band, floor(pool × low%) ≤ drawn ≤ ceil(pool × high%)? One
  // join of the scopes' tasks with their draws in one row each (task_draw_summary) and the bands,
  // as sets, not a probe per task; a class the scope has no band for is not checked, nor counted.
  // Exact over numeric, and without floor or ceil: for a whole number n, floor(x) ≤ n ⇔ x < n + 1
  // and n ≤ ceil(x) ⇔ n − 1 < x.
  // One row per scope and task (scope_task holds a task once per scope; the draws and the bands
  // one row each). The whole jurisdiction's tasks are those starting in its period, so their draws
  // come straight from the rows' start-day index (migration draw_summary_period), without the tasks.
  task_class_row: {
    deps: ({ kind }) => (kind === 'none' ? ['scope', 'scope_band_row'] : ['scope_task', 'scope_band_row']),
    sql: ({ kind, exactBands }) => `select * from (
        select ${kind === 'none' ? 's.id as scope_id, d.task_code' : 'st.scope_id, st.task_code'}, ${CLASS_COLUMNS.map(classDrawn).join(' + ')} as draws,
          ${CLASS_COLUMNS.map((x) => classComplies(x, exactBands)).join(' and ')} as complies
        from ${kind === 'none'
          ? `scope s join scope_band_row b on b.scope_id = s.id
             join task_draw_summary d on d.credit_tiered and d.starts_on between s.from_date and s.to_date`
          : `scope_task st
             join task_draw_summary d on d.task_code = st.task_code
             join scope_band_row b on b.scope_id = st.scope_id
             where st.credit_tiered`}) c
      where draws > 0`,
  },
  // The same rows grouped by their key although each key has one: so the planner knows it, and
  // drops the left join of b_task in statements that read none of its columns.
  task_class_check: {
    deps: ['task_class_row'],
    sql: () => `select scope_id, task_code, max(draws) as draws, bool_and(complies) as complies
      from task_class_row group by scope_id, task_code`,
  },
  // The classes outside their bands, in words (floor/ceil over numeric keep 100 × 3% at exactly 3):
  // only the evidence reads them.
  task_class_violation: {
    deps: ['scope_task', 'scope_band'],
    sql: () => `select st.scope_id, d.task_code,
        string_agg(d.credit_class || '类库内' || d.pool_count || '户抽取' || d.drawn_count || '户，应为 '
          || floor(d.pool_count * b.low / 100) || '–' || ceil(d.pool_count * b.high / 100) || ' 户', '；' order by d.credit_class) as violations
      from scope_task st
      join task_class_draw d on d.task_code = st.task_code and d.pool_count > 0
      join scope_band b on b.scope_id = st.scope_id and b.credit_class = d.credit_class
      where d.drawn_count not between floor(d.pool_count * b.low / 100) and ceil(d.pool_count * b.high / 100)
      group by st.scope_id, d.task_code`,
  },
  // The credit-tiered tasks with class counts, counted by compliance: the class figures without
  // joining the check back to every task (the task base's costly flags, base-sets.ts).
  // Counted from the rows, not from their grouping by key, which would hash every task once more.
  task_class_tally: {
    deps: ['task_class_row'],
    sql: () => `select scope_id, true as credit_tiered, true as has_class_counts, complies, count(*) as tasks
      from task_class_row group by scope_id, complies`,
  },
};
