/**
 * A KPI part's condition over the declared columns of its base set: a flag column, or flags
 * combined by all / any / not. Declared as data, not SQL text, so that the catalogue can be
 * checked against the bases when the server starts.
 */
export type Condition = true | string | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ALL_ROWS: Condition = true;
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });

/** The condition as SQL over the base set's columns (already checked to be declared flags). */
export function conditionSql(condition: Condition): string {
  if (condition === true) return 'true';
  if (typeof condition === 'string') return condition;
  if ('all' in condition) return `(${condition.all.map(conditionSql).join(' and ')})`;
  if ('any' in condition) return `(${condition.any.map(conditionSql).join(' or ')})`;
  return `(not ${conditionSql(condition.not)})`;
}

/** The columns a condition reads. */
export function conditionColumns(condition: Condition): string[] {
  if (condition === true) return [];
  if (typeof condition === 'string') return [condition];
  if ('all' in condition) return condition.all.flatMap(conditionColumns);
  if ('any' in condition) return condition.any.flatMap(conditionColumns);
  return conditionColumns(condition.not);
}
