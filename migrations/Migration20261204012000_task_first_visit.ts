import { Migration } from '@mikro-orm/migrations';

/**
 * Per joint task, its subjects by the day each was first inspected under it, and the visits they
 * saved (times the cooperators other than the initiator) (`task_first_visit`), so that 减少检查户次
 * of a department, a region or a league table sums a few rows per task up to its cut-off instead
 * of counting each task's distinct subjects over its results and its cooperators per scope
 * (docs/benchmarks/kpis.md). The whole jurisdiction's `saved_visit_day` is now summed from these
 * rows; both are rebuilt together, for the start days a statement touched, by `saved_visit_days`
 * (migration task_day_tallies), whose triggers stay as they are.
 */
export class Migration20261204012000_task_first_visit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table task_first_visit (
  task_code text not null references task (code) on delete cascade,
  first_on date not null,
  subjects integer not null check (subjects > 0),
  visits bigint not null check (visits > 0),
  primary key (task_code, first_on) include (visits)
);

create or replace function saved_visit_days(days date[]) returns void language plpgsql security definer
  set search_path = pg_catalog, public, pg_temp as $$
begin
  if days is null then
    delete from saved_visit_day;
    delete from task_first_visit;
    days := array(select distinct starts_on from task);
  else
    delete from saved_visit_day where starts_on = any (days);
    -- A task moved between two of the days is found by its new one; a deleted task's rows went with it.
    delete from task_first_visit f using task t where t.code = f.task_code and t.starts_on = any (days);
  end if;
  insert into task_first_visit (task_code, first_on, subjects, visits)
  select x.task_code, x.first_on, count(*), count(*) * j.cooperators
  from (select i.task_code, i.subject_code, min(i.inspected_on) as first_on
        from task t join inspection i on i.task_code = t.code
        where t.is_joint and t.starts_on = any (days)
        group by i.task_code, i.subject_code) x
  join (select t.code, count(*) as cooperators
        from task t join task_cooperator c on c.task_code = t.code and c.department_code <> t.initiator_code
        where t.is_joint and t.starts_on = any (days)
        group by t.code) j on j.code = x.task_code
  group by x.task_code, x.first_on, j.cooperators;
  insert into saved_visit_day (starts_on, first_on, visits)
  select t.starts_on, f.first_on, sum(f.visits)
  from task_first_visit f join task t on t.code = f.task_code
  where t.starts_on = any (days)
  group by t.starts_on, f.first_on;
end $$;

select saved_visit_days(null);
`);
  }
}
