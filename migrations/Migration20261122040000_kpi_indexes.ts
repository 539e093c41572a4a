import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes shaped by the KPI engine's plans (docs/benchmarks/kpis.md): each carries the columns the
 * engine reads, so a period's results, a department's results and a joint task's subjects are
 * read from the index alone, without visiting the table's rows.
 */
export class Migration20261122040000_kpi_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
drop index inspection_inspected_on_idx;
create index inspection_inspected_on_idx on inspection (inspected_on)
  include (id, department_code, found_problem, published_on);
drop index inspection_department_idx;
create index inspection_department_idx on inspection (department_code, inspected_on)
  include (id, found_problem, published_on);
create index inspection_task_visit_idx on inspection (task_code, inspected_on) include (subject_code);
drop index subject_registry_department_idx;
create index subject_registry_department_idx on subject_registry (department_code, subject_code);
`);
  }
}
