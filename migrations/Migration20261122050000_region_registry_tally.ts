import { Migration } from '@mikro-orm/migrations';

/**
 * The registry's size per region filter, kept like `registry_tally` (see kpi_facts): a region's
 * departments may hold the same subject, so a region counts the subjects at least one of them
 * holds. `registry_region_holder` keeps, per region prefix and subject, how many of the region's
 * departments hold it; a subject enters the region's tally when that number leaves 0 and leaves
 * it when the number returns to 0. A region filter is a code prefix of 2, 4 or 6 digits (440000 →
 * 44, 440300 → 4403); a department's division code matches the prefixes listed by
 * `region_prefixes`.
 */
export class Migration20261122050000_region_registry_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table registry_region_holder (
  prefix text not null,
  subject_code text not null,
  holders integer not null,
  primary key (prefix, subject_code)
);
create index registry_region_holder_subject_idx on registry_region_holder (subject_code);

create table registry_region_tally (
  prefix text not null,
  market_entity boolean not null,
  classified boolean not null,
  subjects bigint not null,
  primary key (prefix, market_entity, classified)
);

-- The prefixes a region filter can produce that match this division code: a filter's code has
-- its trailing 00 pairs stripped, so no prefix ends in 00.
create function region_prefixes(region_code text) returns setof text language sql immutable parallel safe as $$
  select p from (values (left(region_code, 2)), (left(region_code, 4)), (region_code)) as v(p) where right(p, 2) <> '00'
$$;

-- Adds (sign 1) or removes (sign -1) 入库 rows given as subject codes and their departments'
-- division codes, moving subjects into or out of each region's tally as their holders change.
create function region_holders_change(subjects text[], regions text[], sign integer) returns void language plpgsql as $$
begin
  if sign > 0 then
    with pairs as (
      select p.prefix, x.subject_code, count(*)::int as n
      from unnest(subjects, regions) as x(subject_code, region_code)
      cross join lateral region_prefixes(x.region_code) as p(prefix)
      group by 1, 2),
    -- Read before the insert below (one snapshot): the pairs no department held yet.
    fresh as (
      select p.prefix, p.subject_code from pairs p
      where not exists (select 1 from registry_region_holder h where h.prefix = p.prefix and h.subject_code = p.subject_code)),
    counted as (
      insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
      select f.prefix, is_market_entity(s.subject_type), s.credit_class is not null, count(*)
      from fresh f join subject s on s.code = f.subject_code group by 1, 2, 3
      on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects)
    insert into registry_region_holder as h (prefix, subject_code, holders)
    select prefix, subject_code, n from pairs
    on conflict (prefix, subject_code) do update set holders = h.holders + excluded.holders;
  else
    with pairs as (
      select p.prefix, x.subject_code, count(*)::int as n
      from unnest(subjects, regions) as x(subject_code, region_code)
      cross join lateral region_prefixes(x.region_code) as p(prefix)
      group by 1, 2)
    update registry_region_holder h set holders = h.holders - p.n
    from pairs p where h.prefix = p.prefix and h.subject_code = p.subject_code;
    -- A subject already deleted finds no row here: its own delete trigger took it off.
    with emptied as (
      delete from registry_region_holder h
      using unnest(subjects) as x(subject_code)
      where h.subject_code = x.subject_code and h.holders <= 0
      returning h.prefix, h.subject_code)
    insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
    select e.prefix, is_market_entity(s.subject_type), s.credit_class is not null, -count(*)
    from (select distinct prefix, subject_code from emptied) e join subject s on s.code = e.subject_code group by 1, 2, 3
    on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects;
  end if;
end $$;

create function region_on_registry_insert() returns trigger language plpgsql as $$
declare
  subjects text[];
  regions text[];
begin
  select array_agg(c.subject_code), array_agg(d.region_code) into subjects, regions
  from changed c join department d on d.code = c.department_code;
  perform region_holders_change(subjects, regions, 1);
  return null;
end $$;
create function region_on_registry_delete() returns trigger language plpgsql as $$
declare
  subjects text[];
  regions text[];
begin
  select array_agg(g.subject_code), array_agg(d.region_code) into subjects, regions
  from gone g join department d on d.code = g.department_code;
  perform region_holders_change(subjects, regions, -1);
  return null;
end $$;
create function region_on_registry_update() returns trigger language plpgsql as $$
declare
  subjects text[];
  regions text[];
begin
  select array_agg(g.subject_code), array_agg(d.region_code) into subjects, regions
  from gone g join department d on d.code = g.department_code;
  perform region_holders_change(subjects, regions, -1);
  select array_agg(c.subject_code), array_agg(d.region_code) into subjects, regions
  from changed c join department d on d.code = c.department_code;
  perform region_holders_change(subjects, regions, 1);
  return null;
end $$;

-- A department moving to another division leaves its old regions and joins its new ones.
create function region_on_department_update() returns trigger language plpgsql as $$
declare
  subjects text[];
  regions text[];
begin
  select array_agg(r.subject_code), array_agg(o.region_code) into subjects, regions
  from gone o join changed n on n.code = o.code join subject_registry r on r.department_code = o.code
  where o.region_code <> n.region_code;
  if subjects is not null then
    perform region_holders_change(subjects, regions, -1);
    select array_agg(r.subject_code), array_agg(n.region_code) into subjects, regions
    from gone o join changed n on n.code = o.code join subject_registry r on r.department_code = n.code
    where o.region_code <> n.region_code;
    perform region_holders_change(subjects, regions, 1);
  end if;
  return null;
end $$;

-- A subject whose type or class changes moves between cells in every region that holds it.
create function region_on_subject_update() returns trigger language plpgsql as $$
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
  join registry_region_holder h on h.subject_code = m.code
  group by 1, 2, 3
  on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects;
  return null;
end $$;

-- Before, per row, as for registry_tally: after the cascade the subject's type is gone.
create function region_on_subject_delete() returns trigger language plpgsql as $$
begin
  with emptied as (delete from registry_region_holder where subject_code = old.code returning prefix)
  insert into registry_region_tally as t (prefix, market_entity, classified, subjects)
  select prefix, is_market_entity(old.subject_type), old.credit_class is not null, -1 from emptied
  on conflict (prefix, market_entity, classified) do update set subjects = t.subjects + excluded.subjects;
  return old;
end $$;

create function region_on_truncate() returns trigger language plpgsql as $$
begin
  truncate registry_region_holder, registry_region_tally;
  return null;
end $$;

create trigger region_registry_insert after insert on subject_registry
  referencing new table as changed for each statement execute function region_on_registry_insert();
create trigger region_registry_delete after delete on subject_registry
  referencing old table as gone for each statement execute function region_on_registry_delete();
create trigger region_registry_update after update on subject_registry
  referencing old table as gone new table as changed for each statement execute function region_on_registry_update();
create trigger region_registry_truncate after truncate on subject_registry
  for each statement execute function region_on_truncate();
create trigger region_department_update after update on department
  referencing old table as gone new table as changed for each statement execute function region_on_department_update();
create trigger region_subject_update after update on subject
  referencing old table as gone new table as changed for each statement execute function region_on_subject_update();
create trigger region_subject_delete before delete on subject
  for each row execute function region_on_subject_delete();

select region_holders_change(array_agg(r.subject_code), array_agg(d.region_code), 1)
from subject_registry r join department d on d.code = r.department_code;
`);
  }
}
