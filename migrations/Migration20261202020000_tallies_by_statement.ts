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
 *   cannot write (a mark is never committed); only `recompute_registry_tallies()` removes it, after
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

-- Everything from the rows themselves. Subjects are grouped by the set of departments holding them
-- first (a few thousand sets for 10^6 subjects), so no (subject, region) pair is ever formed:
-- a subject counts once in each region prefix any of its holders lies in.
create function recompute_registry_tallies() returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from registry_tally;
  delete from registry_region_tally;
  with cells as materialized (
    select holders, market_entity, classified, count(*) as n
    from (select is_market_entity(s.subject_type) as market_entity, s.credit_class is not null as classified,
                 array_agg(r.department_code order by r.department_code) filter (where r.department_code is not null) as holders
          from subject s left join subject_registry r on r.subject_code = s.code
          group by s.code) x
    group by 1, 2, 3),
  whole as (
    insert into registry_tally (department_code, market_entity, classified, subjects)
    select null, market_entity, classified, sum(n) from cells group by 2, 3
    union all
    select h, market_entity, classified, sum(n) from cells cross join unnest(holders) as h group by 1, 2, 3)
  insert into registry_region_tally (prefix, market_entity, classified, subjects)
  select p.prefix, c.market_entity, c.classified, sum(c.n)
  from cells c
  cross join lateral (select distinct p.prefix from unnest(c.holders) as h join department d on d.code = h
                      cross join lateral region_prefixes(d.region_code) as p(prefix)) p
  group by 1, 2, 3;

  update task t set is_joint = x.joint
  from (select t2.code, j.task_code is not null as joint
        from task t2
        left join (select distinct c.task_code from task_cooperator c join task t3 on t3.code = c.task_code
                   where c.department_code <> t3.initiator_code) j on j.task_code = t2.code) x
  where x.code = t.code and t.is_joint <> x.joint;

  delete from tally_deferral where xact = pg_current_xact_id();
end $$;

-- The region tallies without a (prefix, subject) holder table: kept at 3.6·10^6 rows for a
-- province, it cost more to write than the registry itself. A change of 入库 rows is given as the
-- rows before (gone: subject, department, the department's division then) and after (added); the
-- subjects they touch are counted in each prefix before and after from their current rows.
drop function region_holders_change(text[], text[], integer);
drop table registry_region_holder;

create function region_tally_shift(gone_subjects text[], gone_departments text[], gone_regions text[],
                                   added_subjects text[], added_departments text[]) returns void
  language sql security definer set search_path = pg_catalog, public, pg_temp as $$
  with gone as (select * from unnest(gone_subjects, gone_departments, gone_regions) as g(subject_code, department_code, region_code)),
  added as (select * from unnest(added_subjects, added_departments) as a(subject_code, department_code)),
  touched as (select subject_code from gone union select subject_code from added),
  -- Each row with whether it held the subject before the change and holds it now.
  held as (
    select r.subject_code, d.region_code, a.subject_code is null as before, true as now
    from subject_registry r join touched t on t.subject_code = r.subject_code join department d on d.code = r.department_code
    left join added a on a.subject_code = r.subject_code and a.department_code = r.department_code
    union all
    select subject_code, region_code, true, false from gone),
  pairs as (
    select h.subject_code, p.prefix, bool_or(h.before) as before, bool_or(h.now) as now
    from held h cross join lateral region_prefixes(h.region_code) as p(prefix)
    group by 1, 2)
  -- A subject already deleted finds no row here: its own delete trigger took it off.
  insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
  select p.prefix, is_market_entity(s.subject_type), s.credit_class is not null, sum(case when p.now then 1 else -1 end)
  from pairs p join subject s on s.code = p.subject_code
  where p.before <> p.now
  group by 1, 2, 3
  on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects
$$;

create or replace function region_on_registry_insert() returns trigger language plpgsql as $$
begin
  perform region_tally_shift('{}', '{}', '{}', c.subjects, c.departments)
  from (select array_agg(subject_code) as subjects, array_agg(department_code) as departments from changed) c;
  return null;
end $$;
create or replace function region_on_registry_delete() returns trigger language plpgsql as $$
begin
  perform region_tally_shift(g.subjects, g.departments, g.regions, '{}', '{}')
  from (select array_agg(o.subject_code) as subjects, array_agg(o.department_code) as departments, array_agg(d.region_code) as regions
        from gone o join department d on d.code = o.department_code) g;
  return null;
end $$;
create or replace function region_on_registry_update() returns trigger language plpgsql as $$
begin
  perform region_tally_shift(g.subjects, g.departments, g.regions, c.subjects, c.departments)
  from (select array_agg(o.subject_code) as subjects, array_agg(o.department_code) as departments, array_agg(d.region_code) as regions
        from gone o join department d on d.code = o.department_code) g,
       (select array_agg(subject_code) as subjects, array_agg(department_code) as departments from changed) c;
  return null;
end $$;
-- A department moving to another division: its rows were held in the old division's prefixes.
create or replace function region_on_department_update() returns trigger language plpgsql as $$
begin
  perform region_tally_shift(m.subjects, m.departments, m.regions, m.subjects, m.departments)
  from (select array_agg(r.subject_code) as subjects, array_agg(r.department_code) as departments, array_agg(o.region_code) as regions
        from gone o join changed n on n.code = o.code join subject_registry r on r.department_code = o.code
        where o.region_code <> n.region_code) m
  where m.subjects is not null;
  return null;
end $$;
-- A subject whose type or class changes moves between cells in every prefix its holders lie in.
create or replace function region_on_subject_update() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
  select h.prefix, m.market_entity, m.classified, sum(m.n)
  from (select o.code, is_market_entity(o.subject_type) as market_entity, o.credit_class is not null as classified, -1 as n
        from gone o join changed c on c.code = o.code
        where is_market_entity(o.subject_type) <> is_market_entity(c.subject_type)
           or (o.credit_class is null) <> (c.credit_class is null)
        union all
        select c.code, is_market_entity(c.subject_type), c.credit_class is not null, 1
        from gone o join changed c on c.code = o.code
        where is_market_entity(o.subject_type) <> is_market_entity(c.subject_type)
           or (o.credit_class is null) <> (c.credit_class is null)) m
  join (select distinct r.subject_code, p.prefix from subject_registry r join department d on d.code = r.department_code
        cross join lateral region_prefixes(d.region_code) as p(prefix)
        where r.subject_code in (select code from changed)) h on h.subject_code = m.code
  group by 1, 2, 3
  on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects;
  return null;
end $$;
-- Before, per row: after the cascade the subject's 入库 rows are gone.
create or replace function region_on_subject_delete() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
  select distinct p.prefix, is_market_entity(old.subject_type), old.credit_class is not null, -1
  from subject_registry r join department d on d.code = r.department_code
  cross join lateral region_prefixes(d.region_code) as p(prefix)
  where r.subject_code = old.code
  on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects;
  return old;
end $$;
create or replace function region_on_truncate() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  truncate registry_region_tally;
  return null;
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
alter function registry_tally_on_truncate() security definer set search_path = pg_catalog, public, pg_temp;
`);
  }
}
