import { Migration } from '@mikro-orm/migrations';
import { clearOnTruncate, statementTriggers } from './statement-triggers';

/**
 * Two things the series and the league table read over and over, kept so they need not be
 * rebuilt from the rows on every request (docs/benchmarks/kpis.md):
 *
 * - `result_day_tally`: the results counted by day inspected, day published and problem found.
 *   A province's 10^6 results are about 86,000 such cells; the publication flags of any period
 *   and cut-off follow from the cells (metrics/ctes.ts, result_group). Statement triggers add what
 *   each statement wrote and subtract what it removed, from its transition tables (one grouped
 *   upsert per statement, never a row at a time); they run as the owner, and the hub's role may
 *   only read the table. A restore copies it with the rest, triggers off. It is not watched by the
 *   data version itself: it changes only within statements on inspection, which bump the version. Departments are not in
 *   it: per department the cells are as many as the rows, and per-department statements read the rows.
 * - the task start-date index covering the columns every KPI statement reads from a task: the
 *   period's tasks come from the index alone, not from one heap page per task.
 */
export class Migration20261203010000_result_day_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table result_day_tally (
  inspected_on date not null,
  published_on date,
  found_problem boolean not null,
  results bigint not null check (results >= 0),
  constraint result_day_tally_cell unique nulls not distinct (inspected_on, published_on, found_problem)
);
-- Cells emptied by a delete are removed by the same trigger, found through this index, not a scan.
create index result_day_tally_empty_idx on result_day_tally (inspected_on) where results = 0;

insert into result_day_tally (inspected_on, published_on, found_problem, results)
select inspected_on, published_on, found_problem, count(*) from inspection group by 1, 2, 3;

create function result_day_tally_shift() returns trigger language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    insert into result_day_tally as t (inspected_on, published_on, found_problem, results)
    select inspected_on, published_on, found_problem, count(*) from new_rows group by 1, 2, 3
    on conflict on constraint result_day_tally_cell do update set results = t.results + excluded.results;
  elsif tg_op = 'DELETE' then
    update result_day_tally t set results = t.results - d.n
    from (select inspected_on, published_on, found_problem, count(*) as n from old_rows group by 1, 2, 3) d
    where t.inspected_on = d.inspected_on and t.published_on is not distinct from d.published_on and t.found_problem = d.found_problem;
  else
    -- Gains and losses apart: an upsert checks the row it would insert, and a loss is negative.
    insert into result_day_tally as t (inspected_on, published_on, found_problem, results)
    select inspected_on, published_on, found_problem, sum(n)
    from (select inspected_on, published_on, found_problem, 1 as n from new_rows
          union all
          select inspected_on, published_on, found_problem, -1 from old_rows) x
    group by 1, 2, 3 having sum(n) > 0
    on conflict on constraint result_day_tally_cell do update set results = t.results + excluded.results;
    update result_day_tally t set results = t.results + d.n
    from (select inspected_on, published_on, found_problem, sum(n) as n
          from (select inspected_on, published_on, found_problem, 1 as n from new_rows
                union all
                select inspected_on, published_on, found_problem, -1 from old_rows) x
          group by 1, 2, 3 having sum(n) < 0) d
    where t.inspected_on = d.inspected_on and t.published_on is not distinct from d.published_on and t.found_problem = d.found_problem;
  end if;
  delete from result_day_tally where results = 0;
  return null;
end $$;

${clearOnTruncate('result_day_tally')}

${statementTriggers('inspection', 'result_day_tally', 'result_day_tally_shift()', 'result_day_tally_clear()')}

-- Not watched by the data version: it changes only in statements on inspection, which bump it.

create index task_period_idx on task (starts_on) include (code, initiator_code, is_joint, credit_tiered, due_on, completed_on);
drop index task_starts_on_idx;
`);
  }
}
