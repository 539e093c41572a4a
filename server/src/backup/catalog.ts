import type pg from 'pg';

/** A table as the backup sees it: read from the catalog, never from a list kept by hand. */
export interface TableInfo {
  name: string;
  /** Columns COPY writes and reads, in their order; generated columns are left to the database. */
  columns: string[];
  /** Primary key columns, or none: then rows are ordered by their whole text. */
  primaryKey: string[];
}

/** MikroORM's record of applied migrations: the migrator writes it, the backup only names its level. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Output and input of COPY in text form depend on these settings; backup and restore fix them so
 * that the same rows give the same bytes on any server and in any time zone.
 */
export const SESSION_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  'set local extra_float_digits = 1',
  "set local bytea_output = 'hex'",
  "set local client_encoding = 'UTF8'",
  // A large table's COPY may take minutes; a timeout set for the hub's queries must not cut it.
  'set local statement_timeout = 0',
  'set local idle_in_transaction_session_timeout = 0',
];

/**
 * Every table of the public schema except the migrations' record, ordered so that a table comes
 * after the tables its foreign keys point to (loading in this order passes the checks even where
 * triggers cannot be switched off).
 */
export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; primary_key: string[] | null; refs: string[] }>(`
    select c.relname as name,
           (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
           (select array_agg(a.attname::text order by k.ord) from pg_constraint p
              cross join unnest(p.conkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
             where p.conrelid = c.oid and p.contype = 'p') as primary_key,
           array(select distinct f.confrelid::regclass::text from pg_constraint f
                  where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid) as refs
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      and c.relname <> $1
    order by c.relname`, [MIGRATIONS_TABLE]);
  const byName = new Map(rows.map((row) => [row.name, row]));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (name: string): void => {
    const row = byName.get(name);
    if (!row || placed.has(name) || visiting.has(name)) return; // a cycle: its order does not matter with triggers off
    visiting.add(name);
    for (const ref of row.refs) place(ref.replace(/^"|"$/g, ''));
    visiting.delete(name);
    placed.add(name);
    ordered.push({ name, columns: row.columns, primaryKey: row.primary_key ?? [] });
  };
  for (const row of rows) place(row.name);
  return ordered;
}

/** The statement whose output is a table's part of the backup: the same rows always in the same order. */
export function copyOutSql(table: TableInfo): string {
  const columns = table.columns.map(quoteIdent).join(', ');
  const order = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent).join(', ') : `t::text`;
  return `copy (select ${columns} from public.${quoteIdent(table.name)} t order by ${order}) to stdout`;
}

export function copyInSql(table: TableInfo): string {
  return `copy public.${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) from stdin`;
}

/** The names in the migrations' record, in the order they ran; empty when the database has none. */
export async function migrationLevel(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`select to_regclass($1) is not null as present`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists.rows[0].present) return [];
  const { rows } = await client.query<{ name: string }>(`select name from public.${quoteIdent(MIGRATIONS_TABLE)} order by id`);
  return rows.map((row) => row.name);
}

/** Sequences owned by a column (serial, identity), with that column: restored to the column's maximum. */
export async function ownedSequences(client: pg.ClientBase): Promise<Array<{ sequence: string; table: string; column: string }>> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    select s.oid::regclass::text as sequence, t.relname as table, a.attname as column
    from pg_class s
    join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and t.relnamespace = 'public'::regnamespace`);
  return rows;
}
