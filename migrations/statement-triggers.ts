/**
 * The statement triggers a tally keeps on a table it is built from (migrations result_day_tally,
 * task_draw_summary, task_day_tallies): insert, update and delete call `call` with the statement's
 * transition tables as `new_rows` and `old_rows`; a truncate, which has none, calls `onTruncate`.
 * Named `<name>_insert`, `<name>_update`, `<name>_delete` and `<name>_truncate`.
 */
export function statementTriggers(table: string, name: string, call: string, onTruncate: string): string {
  return `create trigger ${name}_insert after insert on ${table}
  referencing new table as new_rows for each statement execute function ${call};
create trigger ${name}_update after update on ${table}
  referencing old table as old_rows new table as new_rows for each statement execute function ${call};
create trigger ${name}_delete after delete on ${table}
  referencing old table as old_rows for each statement execute function ${call};
create trigger ${name}_truncate after truncate on ${table} for each statement execute function ${onTruncate};`;
}

/** The trigger function that empties a tally when its source table is truncated: `<table>_clear()`. */
export function clearOnTruncate(table: string): string {
  return `create function ${table}_clear() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from ${table};
  return null;
end $$;`;
}
