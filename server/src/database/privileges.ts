import type pg from 'pg';

/** Derived tallies: written only by the owner's trigger functions and recompute (migrations tallies_by_statement, result_day_tally, task_draw_summary, task_day_tallies, task_first_visit). */
export const TALLY_TABLES = [
  'registry_tally', 'registry_region_tally', 'result_day_tally', 'task_draw_summary', 'task_participant_month', 'task_item_month', 'saved_visit_day', 'task_first_visit',
];

/**
 * The tables an import writes (ingest/apply.ts, with their lists and the tallies): the hub's role may
 * ANALYZE them (MAINTAIN, PostgreSQL 17+), so that the planner sees an import's rows as soon as it
 * has committed. MAINTAIN also allows VACUUM, REINDEX, CLUSTER and LOCK TABLE on them, none of which
 * changes a table's definition, its triggers or a row; ALTER TABLE and DISABLE TRIGGER still need the owner.
 */
export const ANALYZED_TABLES = [
  'department', 'inspection_item', 'subject', 'subject_registry', 'inspector', 'plan', 'plan_cooperator',
  'task', 'task_cooperator', 'task_item', 'task_class_draw', 'inspection', 'inspection_inspector', ...TALLY_TABLES,
];

/**
 * What the running hub's role may do in the hub's database, given as the tables' owner after every
 * migration run (so a new table is covered at once). Rows only: no TRUNCATE, no TRIGGER, no DDL,
 * so the frozen-report trigger and the other guards hold against the hub's own credentials.
 * TEMP is for the import's staging tables. The migrations' bookkeeping is readable, not writable;
 * the tallies and the deferral marks (tally_deferral, never committed) are readable and written by
 * the owner's functions only, the data version by its triggers only.
 */
export async function grantHubPrivileges(owner: pg.ClientBase, role: string, options: { inTransaction?: boolean } = {}): Promise<void> {
  const r = owner.escapeIdentifier(role);
  const { rows } = await owner.query<{ db: string }>(`select current_database() as db`);
  const db = owner.escapeIdentifier(rows[0].db);
  const version = await owner.query<{ n: number }>(`select current_setting('server_version_num')::int as n`);
  const maintain = version.rows[0].n >= 170000 ? `grant maintain on table ${ANALYZED_TABLES.join(', ')} to ${r};` : '';
  // The data version changes only through its triggers (the data_version migration); a restore
  // grants before it has migrated that far, hence the check.
  await owner.query(`
    ${options.inTransaction ? '' : 'begin;'}
    revoke all on all tables in schema public from ${r};
    revoke all on all sequences in schema public from ${r};
    revoke create on schema public from public;
    revoke create on schema public from ${r};
    grant usage on schema public to ${r};
    grant connect, temporary on database ${db} to ${r};
    grant select, insert, update, delete on all tables in schema public to ${r};
    grant usage, select, update on all sequences in schema public to ${r};
    revoke insert, update, delete on table mikro_orm_migrations from ${r};
    revoke insert, update, delete on table ${TALLY_TABLES.join(', ')} from ${r};
    revoke insert, update, delete on table tally_deferral from ${r};
    ${maintain}
    do $$ begin
      if to_regclass('data_version') is not null then execute 'revoke insert, update, delete on table data_version from ${r.replaceAll("'", "''")}'; end if;
    end $$;
    ${options.inTransaction ? '' : 'commit;'}`);
}

/**
 * Why the hub's role could still bend the database (as itself): superuser, owner of a table, or
 * granted TRUNCATE or TRIGGER on one. Empty when it can only read and write rows.
 */
export async function hubRoleProblems(hub: pg.Pool | pg.ClientBase): Promise<string[]> {
  const { rows } = await hub.query<{ superuser: boolean; owned: string[]; truncate: string[]; trigger: string[]; role: string }>(`
    select current_user as role,
           (select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as superuser,
           coalesce(array_agg(c.relname::text order by c.relname) filter (where pg_has_role(current_user, c.relowner, 'USAGE')), '{}') as owned,
           coalesce(array_agg(c.relname::text order by c.relname) filter (where has_table_privilege(c.oid, 'TRUNCATE')), '{}') as truncate,
           coalesce(array_agg(c.relname::text order by c.relname) filter (where has_table_privilege(c.oid, 'TRIGGER')), '{}') as trigger
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')`);
  const { role, superuser, owned, truncate, trigger } = rows[0];
  const problems: string[] = [];
  const few = (names: string[]) => names.slice(0, 5).join('、') + (names.length > 5 ? ` 等 ${names.length} 张表` : '');
  if (superuser) problems.push(`服务连接数据库所用的角色 ${role} 是超级用户（或可绕过行级安全）`);
  else if (owned.length) problems.push(`服务连接数据库所用的角色 ${role} 拥有表 ${few(owned)}，可以停用其触发器`);
  // An owner holds every privilege on its tables: the ownership says it all.
  else {
    if (truncate.length) problems.push(`服务连接数据库所用的角色 ${role} 可以清空（TRUNCATE）表 ${few(truncate)}`);
    if (trigger.length) problems.push(`服务连接数据库所用的角色 ${role} 可以在表 ${few(trigger)} 上建触发器（TRIGGER 权限）`);
  }
  return problems;
}
