import { Migration } from '@mikro-orm/migrations';

/**
 * The data version: one row whose value changes with every statement that writes a table the
 * figures read (the supervision data, the tallies, targets, bands, deadlines, the calendar). The hub caches
 * figures under it (server/src/metrics/figure-cache.ts), so a cached figure is never older than
 * the data. The value is a random UUID, not a counter: a restored backup brings back the version
 * of its own data, and no two different states of the data ever share a value.
 *
 * The triggers are statement-level (one row update per statement, however many rows it writes)
 * and SECURITY DEFINER, so the hub's role, which may only read the version, bumps it through
 * them and cannot set it, drop the triggers or disable them (it owns no table). Writers of the
 * data wait on the version row for each other until commit: imports are one transaction anyway.
 * Citus allows no statement-level triggers on distributed tables; there the write paths (import,
 * settings) would call bump_data_version() themselves, from a reference table's row (SCALING).
 * A new table the figures read gets its trigger with `select watch_data_version('name')`.
 */
export class Migration20261202030000_data_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table data_version (
  singleton boolean primary key default true check (singleton),
  version uuid not null,
  changed_at timestamptz not null default now()
);
insert into data_version (version) values (gen_random_uuid());

create function bump_data_version() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public as $$
begin
  update public.data_version set version = gen_random_uuid(), changed_at = now();
  return null;
end $$;
revoke all on function bump_data_version() from public;

create function watch_data_version(tbl regclass) returns void language plpgsql as $$
begin
  execute format('create trigger data_version_bump after insert or update or delete or truncate on %s
                  for each statement execute function bump_data_version()', tbl);
end $$;
revoke all on function watch_data_version(regclass) from public;

select watch_data_version(t) from unnest(array[
  'department', 'inspection_item', 'subject', 'subject_registry', 'inspector', 'plan', 'plan_cooperator',
  'task', 'task_cooperator', 'task_item', 'task_class_draw', 'inspection', 'inspection_inspector',
  'registry_tally', 'registry_region_tally',
  'kpi_target', 'credit_class_band', 'kpi_deadline_setting', 'work_calendar_day'
]::regclass[]) t;
`);
  }
}
