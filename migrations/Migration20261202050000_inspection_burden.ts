import { Migration } from '@mikro-orm/migrations';

/**
 * How often firms may be visited (国办发〔2024〕54号 on regulating inspections of enterprises), per
 * year and jurisdiction like the targets: the window within which two departments' separate visits
 * count as a repeat (null: the default of 30 days), and how many days one department may inspect
 * one firm in a year (null: no cap). Each setting is resolved on its own, most specific
 * jurisdiction first, then the latest year not after the period's.
 *
 * The two KPIs with a target (no repeats, none over the cap) get their national default row.
 * Three indexes serve the visits: by day and subject, so that a period's visits are read in range
 * and grouped without a sort; by subject and day, so that a long span (a year, the whole set) is
 * grouped by subject as the index returns it, and every look-up by subject (it replaces the plain
 * subject index); and the few subjects that are no market entities, so that leaving them out is
 * an anti-join against a small hash, not a look-up per visit (about five times faster on a
 * province's quarter).
 */
export class Migration20261202050000_inspection_burden extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table inspection_burden_setting (
  year integer not null check (year between 2000 and 2100),
  jurisdiction char(6) not null check (jurisdiction ~ '^[0-9]{6}$'),
  repeat_window_days integer check (repeat_window_days between 1 and 366),
  max_visits_per_department integer check (max_visits_per_department between 1 and 366),
  note text,
  updated_at timestamptz not null default now(),
  primary key (year, jurisdiction),
  check (repeat_window_days is not null or max_visits_per_department is not null)
);

-- The national defaults of the two burden KPIs, as the catalogue states them (definitions.ts).
insert into kpi_target (year, jurisdiction, kpi_key, comparator, target, note) values
  (2019, '000000', 'repeat_visited_subjects', '<=', 0, '涉企“综合查一次”：不同部门不在短期内先后上门同一对象'),
  (2019, '000000', 'over_cap_subjects', '<=', 0, '国办发〔2024〕54号：同一部门对同一对象的检查不超过年度上限');

create index inspection_day_visit_idx on inspection (inspected_on, subject_code) include (department_code, task_code);
create index inspection_subject_visit_idx on inspection (subject_code, inspected_on) include (department_code, task_code);
drop index inspection_subject_idx;
create index subject_not_market_idx on subject (code) where not is_market_entity(subject_type);
`);
  }
}
