/**
 * The KPIs' keys, for code that names a KPI (pages, documents, tests): one constant per catalogue
 * entry (server/src/metrics/definitions.ts), so that a typo is a compile error, not a blank figure.
 * The browser imports this file; it holds no SQL and imports nothing.
 */
export const KPI = {
  jointTaskShare: 'joint_task_share',
  creditTieredTaskShare: 'credit_tiered_task_share',
  tierRatioCompliance: 'tier_ratio_compliance',
  departmentCoverage: 'department_coverage',
  itemCoverage: 'item_coverage',
  inspectorRegistryRate: 'inspector_registry_rate',
  subjectRegistrySize: 'subject_registry_size',
  creditClassCoverage: 'credit_class_coverage',
  publicationRate: 'publication_rate',
  timelyPublicationRate: 'timely_publication_rate',
  overdueTasks: 'overdue_tasks',
  problemRate: 'problem_rate',
  inspectionsSaved: 'inspections_saved',
  plansEnteredOnTime: 'plans_entered_on_time',
} as const;

export type KpiKey = (typeof KPI)[keyof typeof KPI];
