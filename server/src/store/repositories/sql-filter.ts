import type pg from 'pg';

/** The pool, a client or a transaction: anything that runs parameterised SQL. */
export type Queryable = Pick<pg.Pool, 'query'>;

/** Collects WHERE conditions with numbered parameters, so filters compose without splicing values into SQL. */
export class SqlFilter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  toSql(): string {
    return this.conditions.length ? this.conditions.join(' and ') : 'true';
  }
}

/**
 * The prefix a division code covers: trailing '00' pairs mean "every unit below",
 * so 440000 covers 44xxxx and 442000 covers 4420xx.
 */
export function regionPrefix(regionCode: string): string {
  let prefix = regionCode;
  while (prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/** A LIKE pattern that matches `text` literally anywhere in the value. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Period {
  from: string;
  to: string;
}

/** Rows of a to-many relation grouped by the `owner` column the query selects. */
export async function loadGrouped<R>(db: Queryable, sql: string, owners: readonly string[]): Promise<Map<string, R[]>> {
  const groups = new Map<string, R[]>();
  if (owners.length === 0) return groups;
  const result = await db.query(sql, [owners]);
  for (const { owner, ...row } of result.rows as Array<{ owner: string } & R>) {
    const group = groups.get(owner);
    if (group) group.push(row as R);
    else groups.set(owner, [row as R]);
  }
  return groups;
}
