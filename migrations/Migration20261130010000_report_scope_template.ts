import { Migration } from '@mikro-orm/migrations';

/**
 * A report may be about one member department (its own summary, or the circular's excerpt sent to
 * it), and the office keeps its own words for each kind of report: the paragraphs it rewrote once
 * start every later draft instead of the hub's defaults.
 */
export class Migration20261130010000_report_scope_template extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table report add column department_code text references department (code);

create table report_template (
  kind text primary key check (kind in ('summary', 'circular')),
  office text not null,
  overview text[] not null check (cardinality(overview) > 0),
  requirements text[] not null check (cardinality(requirements) > 0),
  updated_at timestamptz not null default now()
);
`);
  }
}
