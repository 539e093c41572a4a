import { Migration } from '@mikro-orm/migrations';

/**
 * A task's draws in one row (task_draw_summary) also carry its start day and whether it is
 * credit-tiered, so that the whole jurisdiction's class-band check reads a period's rows straight
 * from a start-day index instead of joining every task of the period to its draws by code
 * (docs/benchmarks/kpis.md). A statement trigger on task rebuilds the rows of tasks whose start
 * day or tiering changed, through the same owner's function as the draws' triggers.
 */
export class Migration20261204011000_draw_summary_period extends Migration {
  override async up(): Promise<void> {
    const classes = ['a', 'b', 'c', 'd'];
    const pivot = classes.map((x) => `max(d.pool_count) filter (where d.credit_class = '${x.toUpperCase()}') as ${x}_pool, max(d.drawn_count) filter (where d.credit_class = '${x.toUpperCase()}') as ${x}_drawn`).join(',\n      ');
    const columns = classes.map((x) => `${x}_pool, ${x}_drawn`).join(', ');
    const updates = ['starts_on', 'credit_tiered', ...classes.flatMap((x) => [`${x}_pool`, `${x}_drawn`])].map((c) => `${c} = excluded.${c}`).join(', ');
    this.addSql(`
alter table task_draw_summary add column starts_on date, add column credit_tiered boolean;
update task_draw_summary s set starts_on = t.starts_on, credit_tiered = t.credit_tiered from task t where t.code = s.task_code;
alter table task_draw_summary alter column starts_on set not null, alter column credit_tiered set not null;
create index task_draw_summary_period_idx on task_draw_summary (starts_on) include (task_code, ${columns}) where credit_tiered;

create or replace function task_draw_summary_rows(codes text[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from task_draw_summary s where s.task_code = any (codes)
    and not exists (select 1 from task_class_draw d where d.task_code = s.task_code and d.pool_count > 0);
  insert into task_draw_summary as s (task_code, starts_on, credit_tiered, ${columns})
  select t.code, t.starts_on, t.credit_tiered,
      ${pivot}
  from task_class_draw d join task t on t.code = d.task_code
  where d.task_code = any (codes) and d.pool_count > 0
  group by t.code
  on conflict (task_code) do update set ${updates};
end $$;

create function task_draw_summary_on_task_update() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
declare
  codes text[] := array(select n.code from new_rows n join old_rows o on o.code = n.code
                        where (n.starts_on, n.credit_tiered) is distinct from (o.starts_on, o.credit_tiered));
begin
  if cardinality(codes) > 0 then perform task_draw_summary_rows(codes); end if;
  return null;
end $$;
create trigger task_draw_summary_task_update after update on task
  referencing old table as old_rows new table as new_rows for each statement execute function task_draw_summary_on_task_update();
`);
  }
}
