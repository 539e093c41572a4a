import { Migration } from '@mikro-orm/migrations';

/**
 * The deadlines inside the KPI definitions, per year and jurisdiction like the targets: the
 * publication window in working days (default 20, 国发〔2019〕5号; 城中区's 2023 plan asks for 7)
 * and the day of the year by which plans are entered (default 03-31). A null column inherits from
 * the wider jurisdiction or an earlier year; with no row at all the defaults of
 * server/src/domain/publication.ts apply. 60 working days at most keeps every deadline within the
 * calendar range the engine numbers (120 days past the period).
 *
 * Office templates now store KPI placeholders by key ({{数值:joint_task_share}}) so that a KPI's
 * Chinese name can change without breaking them; the editor still shows and accepts names.
 */
const NAMES: [string, string][] = [
  ['部门联合抽查占比', 'joint_task_share'],
  ['信用风险分类抽查任务占比', 'credit_tiered_task_share'],
  ['分类抽查比例合规率', 'tier_ratio_compliance'],
  ['成员单位覆盖率', 'department_coverage'],
  ['抽查事项覆盖率', 'item_coverage'],
  ['执法人员入库率', 'inspector_registry_rate'],
  ['检查对象名录库户数', 'subject_registry_size'],
  ['信用风险分类标注率', 'credit_class_coverage'],
  ['检查结果公示率', 'publication_rate'],
  ['按时公示率', 'timely_publication_rate'],
  ['超期任务数', 'overdue_tasks'],
  ['问题发现率', 'problem_rate'],
  ['减少检查户次', 'inspections_saved'],
  ['计划按时录入率', 'plans_entered_on_time'],
];

const rewrite = (column: string, from: 0 | 1) => NAMES.reduce(
  (sql, pair) => `replace(${sql}, ':${pair[from]}}}', ':${pair[1 - from]}}}')`, column,
);

export class Migration20261202010000_deadline_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table kpi_deadline_setting (
  year integer not null check (year between 2000 and 2100),
  jurisdiction char(6) not null check (jurisdiction ~ '^[0-9]{6}$'),
  publication_working_days integer check (publication_working_days between 1 and 60),
  plan_entry_deadline char(5) check (plan_entry_deadline ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
  updated_at timestamptz not null default now(),
  primary key (year, jurisdiction),
  check (publication_working_days is not null or plan_entry_deadline is not null)
);

update report_template set
  overview = array(select ${rewrite('p', 0)} from unnest(overview) with ordinality as u(p, i) order by i),
  requirements = array(select ${rewrite('p', 0)} from unnest(requirements) with ordinality as u(p, i) order by i);
-- Drafts too; an issued report keeps its words as issued (and its trigger refuses any change).
update report set overview = array(select ${rewrite('p', 0)} from unnest(overview) with ordinality as u(p, i) order by i)
where status <> 'ISSUED';
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table kpi_deadline_setting;
update report_template set
  overview = array(select ${rewrite('p', 1)} from unnest(overview) with ordinality as u(p, i) order by i),
  requirements = array(select ${rewrite('p', 1)} from unnest(requirements) with ordinality as u(p, i) order by i);
`);
  }
}
