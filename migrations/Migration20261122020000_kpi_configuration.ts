import { Migration } from '@mikro-orm/migrations';

/**
 * Targets and credit-class bands, per year and jurisdiction (a 6-digit division code; 000000 is
 * the national default). A period is judged by the rows of the year its end falls in: the most
 * specific jurisdiction that covers it, then the latest year not after it. The defaults come from
 * the policy texts: 国发〔2019〕5号 (公示 within 20 working days, full coverage) and the 2024 work
 * priorities (credit-tiered tasks over 80%; class bands A below 3%, B 3%, C 3–20%, D 20–100%).
 */
export class Migration20261122020000_kpi_configuration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table kpi_target (
  year integer not null check (year between 2000 and 2100),
  jurisdiction char(6) not null check (jurisdiction ~ '^[0-9]{6}$'),
  kpi_key text not null check (kpi_key ~ '^[a-z_]+$'),
  comparator text not null check (comparator in ('>', '>=', '<=')),
  target numeric not null check (target >= 0),
  note text,
  updated_at timestamptz not null default now(),
  primary key (year, jurisdiction, kpi_key)
);

create table credit_class_band (
  year integer not null check (year between 2000 and 2100),
  jurisdiction char(6) not null check (jurisdiction ~ '^[0-9]{6}$'),
  credit_class char(1) not null check (credit_class in ('A', 'B', 'C', 'D')),
  low_percent numeric not null check (low_percent >= 0),
  high_percent numeric not null check (high_percent <= 100),
  updated_at timestamptz not null default now(),
  primary key (year, jurisdiction, credit_class),
  check (low_percent <= high_percent)
);

insert into kpi_target (year, jurisdiction, kpi_key, comparator, target, note) values
  (2019, '000000', 'credit_tiered_task_share', '>', 0.8, '2024年工作要点：信用风险分类抽查任务占比超过80%'),
  (2019, '000000', 'tier_ratio_compliance', '>=', 1, '按信用风险分类确定抽查比例'),
  (2019, '000000', 'department_coverage', '>=', 1, '国发〔2019〕5号：成员单位全覆盖'),
  (2019, '000000', 'item_coverage', '>=', 1, '抽查事项全覆盖'),
  (2019, '000000', 'inspector_registry_rate', '>=', 1, '执法检查人员应入库尽入库'),
  (2019, '000000', 'publication_rate', '>=', 1, '抽查结果全部公示'),
  (2019, '000000', 'timely_publication_rate', '>=', 1, '自检查结果产生之日起20个工作日内公示'),
  (2019, '000000', 'plans_entered_on_time', '>=', 1, '年度抽查计划于3月31日前录入平台'),
  (2019, '000000', 'overdue_tasks', '<=', 0, '抽查任务不超期');

insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent) values
  (2019, '000000', 'A', 0, 3),
  (2019, '000000', 'B', 3, 3),
  (2019, '000000', 'C', 3, 20),
  (2019, '000000', 'D', 20, 100);
`);
  }
}
