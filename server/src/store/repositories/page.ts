import { SqlFilter, type Queryable } from './sql-filter';

export interface PageRequest {
  first: number;
  /** The key of the last row of the previous page; null for the first page. */
  after: readonly string[] | null;
  /** Largest key first (the newest results); the cursor then cuts downwards. */
  descending?: boolean;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  hasNextPage: boolean;
  endKey: string[] | null;
}

/** How one kind is read: columns, tables, and the unique ordering key that pages are cut on. */
export interface ListShape<T> {
  select: string;
  from: string;
  keyColumns: readonly string[];
  /** One check per key column: a tampered cursor must not reach the database as a cast error. */
  keyChecks: ReadonlyArray<(value: string) => boolean>;
  keyOf(row: T): string[];
}

/** A cursor that does not decode to a key of this list. */
export class InvalidCursorError extends Error {}

export const isCode = (value: string) => /^\S{1,64}$/.test(value);
export const isDigits = (value: string) => /^\d{1,18}$/.test(value);

/**
 * Keyset pagination: the count ignores the cursor, the page starts after it. One row more than
 * asked tells whether a next page exists without a second count.
 */
export async function fetchPage<T>(db: Queryable, shape: ListShape<T>, filter: SqlFilter, page: PageRequest): Promise<Page<T>> {
  const where = filter.toSql();
  const params = [...filter.params];
  let keyset = '';
  if (page.after) {
    const after = page.after;
    if (after.length !== shape.keyColumns.length || !shape.keyChecks.every((check, i) => check(after[i]))) {
      throw new InvalidCursorError();
    }
    const placeholders = after.map((value) => `$${params.push(value)}`);
    keyset = ` and (${shape.keyColumns.join(', ')}) ${page.descending ? '<' : '>'} (${placeholders.join(', ')})`;
  }
  const order = shape.keyColumns.map((c) => (page.descending ? `${c} desc` : c)).join(', ');
  const limit = `$${params.push(page.first + 1)}`;
  const [count, rows] = await Promise.all([
    db.query(`select count(*)::int as n from ${shape.from} where ${where}`, filter.params),
    db.query(`select ${shape.select} from ${shape.from} where ${where}${keyset} order by ${order} limit ${limit}`, params),
  ]);
  const nodes = (rows.rows as T[]).slice(0, page.first);
  return {
    totalCount: count.rows[0].n as number,
    nodes,
    hasNextPage: rows.rows.length > page.first,
    endKey: nodes.length ? shape.keyOf(nodes[nodes.length - 1]) : null,
  };
}

/** Every row the filter matches, in key order: for look-ups by natural key. */
export async function fetchAll<T>(db: Queryable, shape: ListShape<T>, filter: SqlFilter): Promise<T[]> {
  const sql = `select ${shape.select} from ${shape.from} where ${filter.toSql()} order by ${shape.keyColumns.join(', ')}`;
  return (await db.query(sql, filter.params)).rows as T[];
}
