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

/**
 * The figures the State Council's inspection asks for: the 自评表 and the 统计表 list these and
 * no others, however many KPIs the catalogue gains.
 */
export const STATE_COUNCIL_KPIS: readonly KpiKey[] = [
  KPI.jointTaskShare, KPI.creditTieredTaskShare, KPI.tierRatioCompliance, KPI.departmentCoverage, KPI.itemCoverage,
  KPI.inspectorRegistryRate, KPI.subjectRegistrySize, KPI.creditClassCoverage, KPI.publicationRate,
  KPI.timelyPublicationRate, KPI.overdueTasks, KPI.problemRate, KPI.inspectionsSaved, KPI.plansEnteredOnTime,
];
