import { Migration } from '@mikro-orm/migrations';

/**
 * Facts the KPI engine would otherwise recompute over whole tables on every request, kept by the
 * database as rows are written, so no writer (importer, test, hand-written SQL) can forget them:
 *
 * - `task.is_joint`: a cooperating department other than the initiator exists (联合抽查);
 * - `registry_tally`: the registry's size by market entity and credit classification, for the
 *   whole registry (department_code null) and per department's 入库 rows. Counting 10^6
 *   subjects per request costs about a second; reading the tally costs nothing.
 *
 * Statement-level triggers with transition tables keep a bulk import to a few set-based
 * statements. A trigger with transition tables takes one event, hence one trigger per event.
 */
export class Migration20261122030000_kpi_facts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function is_market_entity(subject_type text) returns boolean language sql immutable parallel safe
  return subject_type in ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE');

alter table task add column is_joint boolean not null default false;

create function task_joint_refresh(codes text[]) returns void language sql as $$
  update task t set is_joint = j.joint
  from (select t2.code, exists (select 1 from task_cooperator c
                                where c.task_code = t2.code and c.department_code <> t2.initiator_code) as joint
        from task t2 where t2.code = any (codes)) j
  where t.code = j.code and t.is_joint <> j.joint
$$;

create function task_joint_on_cooperator_insert() returns trigger language plpgsql as $$
begin
  perform task_joint_refresh(array(select distinct task_code from changed));
  return null;
end $$;
create function task_joint_on_cooperator_delete() returns trigger language plpgsql as $$
begin
  perform task_joint_refresh(array(select distinct task_code from gone));
  return null;
end $$;
create function task_joint_on_cooperator_update() returns trigger language plpgsql as $$
begin
  perform task_joint_refresh(array(select task_code from gone union select task_code from changed));
  return null;
end $$;
-- Only a changed initiator matters. A statement trigger fires even for an update of no rows, so
-- the refresh's own update (which changes no initiator) must not call it again.
create function task_joint_on_task_update() returns trigger language plpgsql as $$
declare
  codes text[] := array(select n.code from changed n join gone o on o.code = n.code
                        where o.initiator_code <> n.initiator_code);
begin
  if cardinality(codes) > 0 then
    perform task_joint_refresh(codes);
  end if;
  return null;
end $$;

create trigger task_joint_cooperator_insert after insert on task_cooperator
  referencing new table as changed for each statement execute function task_joint_on_cooperator_insert();
create trigger task_joint_cooperator_delete after delete on task_cooperator
  referencing old table as gone for each statement execute function task_joint_on_cooperator_delete();
create trigger task_joint_cooperator_update after update on task_cooperator
  referencing old table as gone new table as changed for each statement execute function task_joint_on_cooperator_update();
create trigger task_joint_task_update after update on task
  referencing old table as gone new table as changed for each statement execute function task_joint_on_task_update();

update task t set is_joint = true
where exists (select 1 from task_cooperator c where c.task_code = t.code and c.department_code <> t.initiator_code);

-- Derived data, rebuilt from subject and subject_registry: no foreign key, so that deleting a
-- department never waits on its tally, and no check on the count, because an upsert checks the
-- row it proposes (a negative change) before it finds the row it adds to.
create table registry_tally (
  department_code text,
  market_entity boolean not null,
  classified boolean not null,
  subjects bigint not null,
  constraint registry_tally_key unique nulls not distinct (department_code, market_entity, classified)
);

-- Adds signed counts: rows (department_code, market_entity, classified, n).
create function registry_tally_add(delta jsonb) returns void language sql as $$
  insert into registry_tally as t (department_code, market_entity, classified, subjects)
  select department_code, market_entity, classified, sum(n)
  from jsonb_to_recordset(delta) as d(department_code text, market_entity boolean, classified boolean, n bigint)
  group by department_code, market_entity, classified
  on conflict on constraint registry_tally_key do update set subjects = t.subjects + excluded.subjects
$$;

create function registry_tally_on_subject_insert() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select null as department_code, is_market_entity(subject_type) as market_entity,
           credit_class is not null as classified, count(*) as n
    from changed group by 2, 3) x));
  return null;
end $$;

-- A subject whose type or class changes moves, in the whole registry and in every department
-- that holds it, from its old cell to its new one.
create function registry_tally_on_subject_update() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select r.department_code, m.market_entity, m.classified, sum(m.n) as n
    from (select o.code, is_market_entity(o.subject_type) as market_entity, o.credit_class is not null as classified, -1 as n
          from gone o join changed c on c.code = o.code
          where is_market_entity(o.subject_type) <> is_market_entity(c.subject_type)
             or (o.credit_class is null) <> (c.credit_class is null)
          union all
          select c.code, is_market_entity(c.subject_type), c.credit_class is not null, 1
          from gone o join changed c on c.code = o.code
          where is_market_entity(o.subject_type) <> is_market_entity(c.subject_type)
             or (o.credit_class is null) <> (c.credit_class is null)) m
    cross join lateral (select null::text as department_code
                        union all
                        select sr.department_code from subject_registry sr where sr.subject_code = m.code) r
    group by 1, 2, 3) x));
  return null;
end $$;

-- Row-level and before: the cascade removes the subject's 入库 rows within the same statement,
-- after which neither the departments nor the subject's type could be found. Subjects are
-- never deleted by the importer, so a row trigger costs nothing in practice.
create function registry_tally_on_subject_delete() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select r.department_code, is_market_entity(old.subject_type) as market_entity,
           old.credit_class is not null as classified, -1 as n
    from (select null::text as department_code
          union all
          select sr.department_code from subject_registry sr where sr.subject_code = old.code) r) x));
  return old;
end $$;

-- 入库 rows of a subject already deleted find no subject and count nothing: the subject's
-- delete trigger took them off.
create function registry_tally_on_registry_insert() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select r.department_code, is_market_entity(s.subject_type) as market_entity,
           s.credit_class is not null as classified, count(*) as n
    from changed r join subject s on s.code = r.subject_code group by 1, 2, 3) x));
  return null;
end $$;
create function registry_tally_on_registry_delete() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select r.department_code, is_market_entity(s.subject_type) as market_entity,
           s.credit_class is not null as classified, -count(*) as n
    from gone r join subject s on s.code = r.subject_code group by 1, 2, 3) x));
  return null;
end $$;
create function registry_tally_on_registry_update() returns trigger language plpgsql as $$
begin
  perform registry_tally_add((select jsonb_agg(x) from (
    select r.department_code, is_market_entity(s.subject_type) as market_entity,
           s.credit_class is not null as classified, sum(r.n) as n
    from (select department_code, subject_code, -1 as n from gone
          union all select department_code, subject_code, 1 from changed) r
    join subject s on s.code = r.subject_code group by 1, 2, 3) x));
  return null;
end $$;
create function registry_tally_on_truncate() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'subject' then
    delete from registry_tally;
  else
    delete from registry_tally where department_code is not null;
  end if;
  return null;
end $$;

create trigger registry_tally_subject_insert after insert on subject
  referencing new table as changed for each statement execute function registry_tally_on_subject_insert();
create trigger registry_tally_subject_update after update on subject
  referencing old table as gone new table as changed for each statement execute function registry_tally_on_subject_update();
create trigger registry_tally_subject_delete before delete on subject
  for each row execute function registry_tally_on_subject_delete();
create trigger registry_tally_subject_truncate after truncate on subject
  for each statement execute function registry_tally_on_truncate();
create trigger registry_tally_registry_insert after insert on subject_registry
  referencing new table as changed for each statement execute function registry_tally_on_registry_insert();
create trigger registry_tally_registry_delete after delete on subject_registry
  referencing old table as gone for each statement execute function registry_tally_on_registry_delete();
create trigger registry_tally_registry_update after update on subject_registry
  referencing old table as gone new table as changed for each statement execute function registry_tally_on_registry_update();
create trigger registry_tally_registry_truncate after truncate on subject_registry
  for each statement execute function registry_tally_on_truncate();

insert into registry_tally (department_code, market_entity, classified, subjects)
select null, is_market_entity(subject_type), credit_class is not null, count(*) from subject group by 2, 3;
insert into registry_tally (department_code, market_entity, classified, subjects)
select r.department_code, is_market_entity(s.subject_type), s.credit_class is not null, count(*)
from subject_registry r join subject s on s.code = r.subject_code group by 1, 2, 3;
`);
  }
}
