import { Migration } from '@mikro-orm/migrations';

/**
 * The registry tallies and `task.is_joint` (kpi_facts, region_registry_tally) can also be kept by
 * the writer's own statements: a bulk import defers the statement triggers and recomputes every
 * tally set-based before it commits. Writing 1.5·10^6 入库 rows through the triggers cost minutes;
 * a recompute costs seconds. It is also what a distributed PostgreSQL (Citus) needs, which allows
 * no statement-level triggers on distributed tables (docs/SCALING.md).
 *
 * The hub's role cannot use the deferral to leave a tally wrong:
 * - it writes no tally table itself (privileges.ts grants SELECT only): the trigger functions and
 *   the recompute run as the tables' owner (SECURITY DEFINER, fixed search_path);
 * - `defer_registry_tallies()` marks the current transaction in `tally_deferral`, which the role
 *   can neither read nor write; only `recompute_registry_tallies()` removes the mark, after
 *   recomputing everything from subject, subject_registry, department and task_cooperator;
 * - a deferred constraint trigger refuses to commit a transaction still marked: deferring without
 *   recomputing rolls everything back. Writes after the recompute meet the triggers again.
 * So whatever the role wrote while the mark was set, the tallies committed with it are exact.
 */
export class Migration20261202020000_tallies_by_statement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table tally_deferral (xact xid8 primary key);

create function registry_tallies_deferred() returns boolean language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
  return exists (select 1 from public.tally_deferral where xact = pg_current_xact_id_if_assigned());

create function defer_registry_tallies() returns void language sql security definer
  set search_path = pg_catalog, public, pg_temp
  begin atomic
    insert into public.tally_deferral (xact) values (pg_current_xact_id()) on conflict do nothing;
  end;

create function tally_deferral_settled() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  if exists (select 1 from public.tally_deferral where xact = new.xact) then
    raise exception using errcode = 'integrity_constraint_violation', constraint = 'tally_deferral_settled',
      message = '名录库汇总在本事务中延后重算，但提交前没有重算：事务已回滚';
  end if;
  return null;
end $$;
create constraint trigger tally_deferral_settled after insert on tally_deferral
  deferrable initially deferred for each row execute function tally_deferral_settled();

-- Everything from the rows themselves, as the migrations that created the tallies first filled them.
create function recompute_registry_tallies() returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from registry_tally;
  insert into registry_tally (department_code, market_entity, classified, subjects)
  select null, is_market_entity(subject_type), credit_class is not null, count(*) from subject group by 2, 3
  union all
  select r.department_code, is_market_entity(s.subject_type), s.credit_class is not null, count(*)
  from subject_registry r join subject s on s.code = r.subject_code group by 1, 2, 3;

  -- Nothing but the triggers reads the holders: emptying them at once costs no reader a wait.
  truncate registry_region_holder;
  insert into registry_region_holder (prefix, subject_code, holders)
  select p.prefix, r.subject_code, count(*)
  from subject_registry r join department d on d.code = r.department_code
  cross join lateral region_prefixes(d.region_code) as p(prefix)
  group by 1, 2;
  delete from registry_region_tally;
  insert into registry_region_tally (prefix, market_entity, classified, subjects)
  select h.prefix, is_market_entity(s.subject_type), s.credit_class is not null, count(*)
  from registry_region_holder h join subject s on s.code = h.subject_code group by 1, 2, 3;

  update task t set is_joint = x.joint
  from (select t2.code, j.task_code is not null as joint
        from task t2
        left join (select distinct c.task_code from task_cooperator c join task t3 on t3.code = c.task_code
                   where c.department_code <> t3.initiator_code) j on j.task_code = t2.code) x
  where x.code = t.code and t.is_joint <> x.joint;

  delete from tally_deferral where xact = pg_current_xact_id();
end $$;

-- The statement triggers stand aside while the transaction is marked. (The row triggers before a
-- subject's delete and the truncate triggers stay: the importer does neither.)
drop trigger task_joint_cooperator_insert on task_cooperator;
drop trigger task_joint_cooperator_delete on task_cooperator;
drop trigger task_joint_cooperator_update on task_cooperator;
drop trigger task_joint_task_update on task;
create trigger task_joint_cooperator_insert after insert on task_cooperator referencing new table as changed
  for each statement when (not registry_tallies_deferred()) execute function task_joint_on_cooperator_insert();
create trigger task_joint_cooperator_delete after delete on task_cooperator referencing old table as gone
  for each statement when (not registry_tallies_deferred()) execute function task_joint_on_cooperator_delete();
create trigger task_joint_cooperator_update after update on task_cooperator referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function task_joint_on_cooperator_update();
create trigger task_joint_task_update after update on task referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function task_joint_on_task_update();

drop trigger registry_tally_subject_insert on subject;
drop trigger registry_tally_subject_update on subject;
drop trigger registry_tally_registry_insert on subject_registry;
drop trigger registry_tally_registry_delete on subject_registry;
drop trigger registry_tally_registry_update on subject_registry;
create trigger registry_tally_subject_insert after insert on subject referencing new table as changed
  for each statement when (not registry_tallies_deferred()) execute function registry_tally_on_subject_insert();
create trigger registry_tally_subject_update after update on subject referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function registry_tally_on_subject_update();
create trigger registry_tally_registry_insert after insert on subject_registry referencing new table as changed
  for each statement when (not registry_tallies_deferred()) execute function registry_tally_on_registry_insert();
create trigger registry_tally_registry_delete after delete on subject_registry referencing old table as gone
  for each statement when (not registry_tallies_deferred()) execute function registry_tally_on_registry_delete();
create trigger registry_tally_registry_update after update on subject_registry referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function registry_tally_on_registry_update();

drop trigger region_registry_insert on subject_registry;
drop trigger region_registry_delete on subject_registry;
drop trigger region_registry_update on subject_registry;
drop trigger region_department_update on department;
drop trigger region_subject_update on subject;
create trigger region_registry_insert after insert on subject_registry referencing new table as changed
  for each statement when (not registry_tallies_deferred()) execute function region_on_registry_insert();
create trigger region_registry_delete after delete on subject_registry referencing old table as gone
  for each statement when (not registry_tallies_deferred()) execute function region_on_registry_delete();
create trigger region_registry_update after update on subject_registry referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function region_on_registry_update();
create trigger region_department_update after update on department referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function region_on_department_update();
create trigger region_subject_update after update on subject referencing old table as gone new table as changed
  for each statement when (not registry_tallies_deferred()) execute function region_on_subject_update();

-- The functions that write a tally run as the owner: the hub's role only reads the tallies.
alter function registry_tally_add(jsonb) security definer set search_path = pg_catalog, public, pg_temp;
alter function region_holders_change(text[], text[], integer) security definer set search_path = pg_catalog, public, pg_temp;
alter function region_on_subject_update() security definer set search_path = pg_catalog, public, pg_temp;
alter function region_on_subject_delete() security definer set search_path = pg_catalog, public, pg_temp;
alter function registry_tally_on_truncate() security definer set search_path = pg_catalog, public, pg_temp;
alter function region_on_truncate() security definer set search_path = pg_catalog, public, pg_temp;
`);
  }
}
