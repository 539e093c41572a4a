import { Migration } from '@mikro-orm/migrations';
import { clearOnTruncate, statementTriggers } from './statement-triggers';

/**
 * A task's class draws in one row (A–D side by side, classes with an empty pool left out), so
 * that the class-band check of many tasks is one join of tasks with their bands instead of a
 * join, sort and regrouping of every draw row (a province's 2.7·10^5 draws, docs/benchmarks/kpis.md).
 * Kept like the results' day cells: statement triggers on task_class_draw rebuild the rows of
 * the tasks a statement touched, from their draws, as the owner; the hub's role reads it only.
 * The figures read it with task_class_draw, whose own watch bumps the data version.
 */
export class Migration20261203011000_task_draw_summary extends Migration {
  override async up(): Promise<void> {
    const pools = ['a', 'b', 'c', 'd'].map((c) => `${c}_pool integer, ${c}_drawn integer`).join(', ');
    const pivot = ['A', 'B', 'C', 'D'].map((c) => {
      const x = c.toLowerCase();
      return `max(pool_count) filter (where credit_class = '${c}') as ${x}_pool, max(drawn_count) filter (where credit_class = '${c}') as ${x}_drawn`;
    }).join(',\n      ');
    const columns = ['a', 'b', 'c', 'd'].map((c) => `${c}_pool, ${c}_drawn`).join(', ');
    const updates = ['a', 'b', 'c', 'd'].map((c) => `${c}_pool = excluded.${c}_pool, ${c}_drawn = excluded.${c}_drawn`).join(', ');
    this.addSql(`
create table task_draw_summary (
  task_code text primary key references task (code) on delete cascade,
  ${pools}
);

create function task_draw_summary_rows(codes text[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from task_draw_summary s where s.task_code = any (codes)
    and not exists (select 1 from task_class_draw d where d.task_code = s.task_code and d.pool_count > 0);
  insert into task_draw_summary as s (task_code, ${columns})
  select task_code,
      ${pivot}
  from task_class_draw where task_code = any (codes) and pool_count > 0
  group by task_code
  on conflict (task_code) do update set ${updates};
end $$;

insert into task_draw_summary (task_code, ${columns})
select task_code,
      ${pivot}
from task_class_draw where pool_count > 0 group by task_code;

create function task_draw_summary_on_change() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    perform task_draw_summary_rows(array(select distinct task_code from new_rows));
  elsif tg_op = 'DELETE' then
    perform task_draw_summary_rows(array(select distinct task_code from old_rows));
  else
    perform task_draw_summary_rows(array(select task_code from new_rows union select task_code from old_rows));
  end if;
  return null;
end $$;
${clearOnTruncate('task_draw_summary')}

${statementTriggers('task_class_draw', 'task_draw_summary', 'task_draw_summary_on_change()', 'task_draw_summary_clear()')}
`);
  }
}
