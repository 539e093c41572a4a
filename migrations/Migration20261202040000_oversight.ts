import { Migration } from '@mikro-orm/migrations';

/**
 * The office's oversight of departments: how many working days ahead a deadline raises an early
 * warning (per year and jurisdiction, like the targets), and the indexes its questions read —
 * a department's unpublished results, and the last batch that wrote a department's results.
 */
export class Migration20261202040000_oversight extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table warning_setting (
  year integer not null check (year between 2000 and 2100),
  jurisdiction char(6) not null check (jurisdiction ~ '^[0-9]{6}$'),
  lead_working_days integer not null check (lead_working_days between 1 and 60),
  updated_at timestamptz not null default now(),
  primary key (year, jurisdiction)
);

-- Results still to be published are few beside all results: the warnings read only them.
create index inspection_unpublished_idx on inspection (department_code, inspected_on) include (id, task_code, subject_code) where published_on is null;
-- Results published after a past cut-off were still open on that day; for today's cut-off there are none to read.
create index inspection_published_on_idx on inspection (published_on) include (department_code, inspected_on, task_code, subject_code);
-- "The last import that wrote a department's results": the newest batch of its rows, read from the index's end.
create index inspection_department_batch_idx on inspection (department_code, batch_id);
`);
  }
}
