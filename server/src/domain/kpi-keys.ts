/**
 * The KPIs' keys, one constant each: pages, reports and tests name a KPI through these, never by a
 * literal string, so that a renamed or removed key fails to compile instead of showing an empty card.
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
