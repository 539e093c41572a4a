import { Migration } from '@mikro-orm/migrations';
import { statementTriggers } from './statement-triggers';

/**
 * What the whole jurisdiction's figures read from a period's tasks, kept by start day, so that a
 * 24-month series reads a few thousand rows a month instead of joining 10^5 tasks to their
 * cooperators, items and results (docs/benchmarks/kpis.md):
 *
 * - `task_participant_month`: per month and department taking part (initiator or cooperator), the
 *   days of the month some task it takes part in starts, as bits (bit d − 1 for day d) (参与抽查的部门);
 * - `task_item_month`: per month and inspection item, the days some task using it starts (检查事项覆盖);
 *   a period meets a month's row when the bits of its days in that month meet the row's, so any
 *   period is exact, and a 24-month series reads 24 × 1,000 item rows, not a row per task and item;
 * - `saved_visit_day`: per start day and day of first visit, the visits joint tasks saved
 *   (进一次门、查多项事): per joint task, its cooperators other than the initiator times its subjects
 *   first inspected under it on that day. A scope's count is the sum over its start days of the
 *   rows first visited by its cut-off, which is the engine's per-task count of subjects inspected
 *   by the cut-off.
 *
 * Each is rebuilt, for the start days a statement touched, from the rows themselves by the owner's
 * functions (SECURITY DEFINER), called from statement triggers on task, task_cooperator, task_item
 * and inspection; the hub's role may only read them. Rebuilding a day rather than adding and
 * subtracting keeps them exact whatever a statement did (a task moved to another day, a result moved
 * to another task). Like the other tallies they are not watched by the data version: they change
 * only within statements on watched tables. On Citus the import calls the same functions with its
 * batch's days (docs/SCALING.md).
 */
/** The tables whose statements rebuild the tallies: the triggers' prefix, and the function they call. */
const WATCHED = [
  ['task', 'task_days', 'task_days_on_change()'],
  ['task_cooperator', 'task_cooperator_days', "task_list_days_on_change('cooperators')"],
  ['task_item', 'task_item_days', "task_list_days_on_change('items')"],
  ['inspection', 'inspection_visit_days', 'inspection_visit_days_on_change()'],
];

export class Migration20261204010000_task_day_tallies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table task_participant_month (
  month date not null check (extract(day from month) = 1),
  department_code text not null,
  days bigint not null check (days > 0),
  primary key (month, department_code) include (days)
);
create table task_item_month (
  month date not null check (extract(day from month) = 1),
  item_code text not null,
  days bigint not null check (days > 0),
  primary key (month, item_code) include (days)
);
create table saved_visit_day (
  starts_on date not null,
  first_on date not null,
  visits bigint not null check (visits > 0),
  primary key (starts_on, first_on) include (visits)
);

-- Each takes the start days to rebuild (the month tallies: their whole months), or null for all.
create function task_months(days date[]) returns date[] language sql stable
  return case when days is null then array(select distinct date_trunc('month', starts_on)::date from task)
              else array(select distinct date_trunc('month', d)::date from unnest(days) d) end;
create function day_bit(day date) returns bigint language sql immutable
  return 1::bigint << (extract(day from day)::int - 1);

create function task_participant_days(days date[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  months date[] := task_months(days);
begin
  delete from task_participant_month where task_participant_days.days is null or month = any (months);
  insert into task_participant_month (month, department_code, days)
  select p.month, p.department_code, bit_or(day_bit(p.starts_on))
  from (select m as month, t.starts_on, t.initiator_code as department_code
        from unnest(months) m join task t on t.starts_on >= m and t.starts_on < m + interval '1 month'
        union all
        select m, t.starts_on, c.department_code
        from unnest(months) m join task t on t.starts_on >= m and t.starts_on < m + interval '1 month'
        join task_cooperator c on c.task_code = t.code) p
  group by 1, 2;
end $$;

create function task_item_days(days date[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  months date[] := task_months(days);
begin
  delete from task_item_month where task_item_days.days is null or month = any (months);
  insert into task_item_month (month, item_code, days)
  select m, ti.item_code, bit_or(day_bit(t.starts_on))
  from unnest(months) m join task t on t.starts_on >= m and t.starts_on < m + interval '1 month'
  join task_item ti on ti.task_code = t.code
  group by 1, 2;
end $$;

create function saved_visit_days(days date[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  if days is null then
    delete from saved_visit_day;
    days := array(select distinct starts_on from task);
  else
    delete from saved_visit_day where starts_on = any (days);
  end if;
  insert into saved_visit_day (starts_on, first_on, visits)
  with joint as materialized (
    select t.code, t.starts_on, count(*) as cooperators
    from task t join task_cooperator c on c.task_code = t.code and c.department_code <> t.initiator_code
    where t.is_joint and t.starts_on = any (days)
    group by t.code, t.starts_on),
  first_visit as (
    select i.task_code, i.subject_code, min(i.inspected_on) as first_on
    from joint j join inspection i on i.task_code = j.code
    group by i.task_code, i.subject_code)
  select j.starts_on, f.first_on, sum(j.cooperators)
  from joint j join first_visit f on f.task_code = j.code
  group by j.starts_on, f.first_on;
end $$;

-- A task's start day and what its rows depend on; a new task has no cooperators, items or results yet.
create function task_days_on_change() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  days date[];
begin
  if tg_op = 'INSERT' then
    perform task_participant_days(array(select distinct starts_on from new_rows));
    return null;
  elsif tg_op = 'DELETE' then
    days := array(select distinct starts_on from old_rows);
  else
    -- A task whose start day, initiator or joint flag changed counts on its old day and its new one.
    days := array(select o.starts_on from old_rows o left join new_rows n on n.code = o.code
                  where n.code is null or (o.starts_on, o.initiator_code, o.is_joint) is distinct from (n.starts_on, n.initiator_code, n.is_joint)
                  union
                  select n.starts_on from new_rows n left join old_rows o on o.code = n.code
                  where o.code is null or (o.starts_on, o.initiator_code, o.is_joint) is distinct from (n.starts_on, n.initiator_code, n.is_joint));
    if cardinality(days) = 0 then return null; end if;
  end if;
  perform task_participant_days(days);
  perform task_item_days(days);
  perform saved_visit_days(days);
  return null;
end $$;

-- The cooperators (participants and saved visits) or the items (tg_argv[0]) of the tasks a statement touched.
create function task_list_days_on_change() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  codes text[];
  days date[];
begin
  if tg_op = 'INSERT' then
    codes := array(select task_code from new_rows);
  elsif tg_op = 'DELETE' then
    codes := array(select task_code from old_rows);
  else
    codes := array(select task_code from old_rows union select task_code from new_rows);
  end if;
  days := array(select distinct t.starts_on from task t where t.code = any (codes));
  if tg_argv[0] = 'items' then
    perform task_item_days(days);
  else
    perform task_participant_days(days);
    perform saved_visit_days(days);
  end if;
  return null;
end $$;

-- Only a joint task's results count; a task becoming joint is rebuilt by its own update.
create function inspection_visit_days_on_change() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  days date[];
begin
  if tg_op = 'INSERT' then
    days := array(select distinct t.starts_on from task t where t.is_joint and t.code in (select task_code from new_rows));
  elsif tg_op = 'DELETE' then
    days := array(select distinct t.starts_on from task t where t.is_joint and t.code in (select task_code from old_rows));
  else
    days := array(select distinct t.starts_on from task t where t.is_joint and t.code in (
                    select o.task_code from old_rows o join new_rows n on n.id = o.id
                    where (o.task_code, o.subject_code, o.inspected_on) is distinct from (n.task_code, n.subject_code, n.inspected_on)
                    union select n.task_code from old_rows o join new_rows n on n.id = o.id
                    where (o.task_code, o.subject_code, o.inspected_on) is distinct from (n.task_code, n.subject_code, n.inspected_on)));
  end if;
  if cardinality(days) > 0 then perform saved_visit_days(days); end if;
  return null;
end $$;

-- A truncate (cascading to what references the table) leaves the rows to rebuild from scratch.
create function task_day_tallies_rebuild() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  perform task_participant_days(null);
  perform task_item_days(null);
  perform saved_visit_days(null);
  return null;
end $$;

${WATCHED.map(([table, name, call]) => statementTriggers(table, name, call, 'task_day_tallies_rebuild()')).join('\n')}

select task_participant_days(null);
select task_item_days(null);
select saved_visit_days(null);
`);
  }
}
