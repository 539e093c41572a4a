import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_initial_model } from './Migration20261122000000_initial_model';
import { Migration20261122010000_inspection_participation } from './Migration20261122010000_inspection_participation';
import { Migration20261122020000_kpi_configuration } from './Migration20261122020000_kpi_configuration';
import { Migration20261122030000_kpi_facts } from './Migration20261122030000_kpi_facts';
import { Migration20261122040000_kpi_indexes } from './Migration20261122040000_kpi_indexes';
import { Migration20261122050000_region_registry_tally } from './Migration20261122050000_region_registry_tally';
import { Migration20261122060000_report } from './Migration20261122060000_report';
import { Migration20261130010000_report_scope_template } from './Migration20261130010000_report_scope_template';
import { Migration20261201010000_accounts_audit } from './Migration20261201010000_accounts_audit';
import { Migration20261202010000_deadline_settings } from './Migration20261202010000_deadline_settings';
import { Migration20261202020000_tallies_by_statement } from './Migration20261202020000_tallies_by_statement';
import { Migration20261202030000_data_version } from './Migration20261202030000_data_version';
import { Migration20261202040000_oversight } from './Migration20261202040000_oversight';
import { Migration20261202050000_inspection_burden } from './Migration20261202050000_inspection_burden';
import { Migration20261202060000_watch_burden_settings } from './Migration20261202060000_watch_burden_settings';
import { Migration20261203010000_result_day_tally } from './Migration20261203010000_result_day_tally';
import { Migration20261203011000_task_draw_summary } from './Migration20261203011000_task_draw_summary';
import { Migration20261204010000_task_day_tallies } from './Migration20261204010000_task_day_tallies';
import { Migration20261204011000_draw_summary_period } from './Migration20261204011000_draw_summary_period';
import { Migration20261204012000_task_first_visit } from './Migration20261204012000_task_first_visit';

/** Every migration in order; listed explicitly so tsx, Vitest and compiled output all find them. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000000_initial_model', class: Migration20261122000000_initial_model },
  { name: 'Migration20261122010000_inspection_participation', class: Migration20261122010000_inspection_participation },
  { name: 'Migration20261122020000_kpi_configuration', class: Migration20261122020000_kpi_configuration },
  { name: 'Migration20261122030000_kpi_facts', class: Migration20261122030000_kpi_facts },
  { name: 'Migration20261122040000_kpi_indexes', class: Migration20261122040000_kpi_indexes },
  { name: 'Migration20261122050000_region_registry_tally', class: Migration20261122050000_region_registry_tally },
  { name: 'Migration20261122060000_report', class: Migration20261122060000_report },
  { name: 'Migration20261130010000_report_scope_template', class: Migration20261130010000_report_scope_template },
  { name: 'Migration20261201010000_accounts_audit', class: Migration20261201010000_accounts_audit },
  { name: 'Migration20261202010000_deadline_settings', class: Migration20261202010000_deadline_settings },
  { name: 'Migration20261202020000_tallies_by_statement', class: Migration20261202020000_tallies_by_statement },
  { name: 'Migration20261202030000_data_version', class: Migration20261202030000_data_version },
  { name: 'Migration20261202040000_oversight', class: Migration20261202040000_oversight },
  { name: 'Migration20261202050000_inspection_burden', class: Migration20261202050000_inspection_burden },
  { name: 'Migration20261202060000_watch_burden_settings', class: Migration20261202060000_watch_burden_settings },
  { name: 'Migration20261203010000_result_day_tally', class: Migration20261203010000_result_day_tally },
  { name: 'Migration20261203011000_task_draw_summary', class: Migration20261203011000_task_draw_summary },
  { name: 'Migration20261204010000_task_day_tallies', class: Migration20261204010000_task_day_tallies },
  { name: 'Migration20261204011000_draw_summary_period', class: Migration20261204011000_draw_summary_period },
  { name: 'Migration20261204012000_task_first_visit', class: Migration20261204012000_task_first_visit },
];
