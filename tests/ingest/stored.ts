import type pg from 'pg';

/** Reads back what an import stored, flattened to plain literals for comparison. */
export async function storedData(pool: pg.Pool) {
  const q = async (sql: string) => (await pool.query(sql)).rows;
  return {
    departments: await q(`select code, name, region_code, qualified_staff, is_member from department order by code`),
    items: await q(`select code, department_code, category, ratio_ceiling::float as ratio_ceiling from inspection_item order by code`),
    subjects: await q(`select s.code, s.code_kind, s.subject_type, s.credit_class,
                         (select string_agg(department_code, ',' order by department_code) from subject_registry r where r.subject_code = s.code) as registry
                       from subject s order by s.code`),
    inspectors: await q(`select certificate_no, department_code, certificate_expires_on, expertise from inspector order by 1`),
    plans: await q(`select p.code, p.year, p.initiator_code, p.entered_on,
                      (select string_agg(department_code, ',') from plan_cooperator c where c.plan_code = p.code) as cooperators
                    from plan p order by 1`),
    tasks: await q(`select t.code, t.plan_code, t.credit_tiered, t.starts_on, t.due_on, t.completed_on,
                      (select string_agg(department_code, ',' order by department_code) from task_cooperator c where c.task_code = t.code) as cooperators,
                      (select string_agg(item_code, ',' order by item_code) from task_item i where i.task_code = t.code) as items,
                      (select string_agg(credit_class || ':' || drawn_count || '/' || pool_count, ',' order by credit_class)
                         from task_class_draw d where d.task_code = t.code) as draws
                    from task t order by 1`),
    results: await q(`select i.task_code, i.subject_code, i.department_code, i.inspected_on, i.methods, i.categories,
                        i.found_problem, i.published_on, i.follow_up,
                        (select string_agg(certificate_no, ',') from inspection_inspector x where x.inspection_id = i.id) as inspectors
                      from inspection i order by i.subject_code, i.department_code`),
  };
}

/** What `storedData` returns after importing the fixtures' ALL. */
export const EXPECTED_STORED = {
  departments: [
    { code: 'SCJGJ', name: '县市场监督管理局', region_code: '411422', qualified_staff: 50, is_member: true },
    { code: 'SWJ', name: '县税务局', region_code: '411422', qualified_staff: 20, is_member: true },
    { code: 'XZ', name: '城关镇人民政府', region_code: '411422', qualified_staff: 2, is_member: false },
  ],
  items: [
    { code: 'SJ-1', department_code: 'SCJGJ', category: 'KEY', ratio_ceiling: null },
    { code: 'SJ-2', department_code: 'SWJ', category: 'GENERAL', ratio_ceiling: 5 },
  ],
  subjects: [
    { code: '411422600012345', code_kind: 'REGISTRATION_NUMBER', subject_type: 'INDIVIDUAL_BUSINESS', credit_class: null, registry: 'SCJGJ,SWJ' },
    { code: '91350100M000100Y43', code_kind: 'USCC', subject_type: 'ENTERPRISE', credit_class: 'B', registry: 'SCJGJ' },
    { code: '9144030071526726XG', code_kind: 'USCC', subject_type: 'ENTERPRISE', credit_class: 'A', registry: 'SCJGJ,SWJ' },
    { code: 'CP-411422-0001', code_kind: 'OBJECT_CODE', subject_type: 'PRODUCT', credit_class: null, registry: 'SCJGJ' },
  ],
  inspectors: [
    { certificate_no: '41142201001', department_code: 'SCJGJ', certificate_expires_on: '2027-12-31', expertise: '食品安全；特种设备' },
    { certificate_no: '41142202001', department_code: 'SWJ', certificate_expires_on: '2024-06-30', expertise: null },
  ],
  plans: [{ code: 'JH-2024-01', year: 2024, initiator_code: 'SCJGJ', entered_on: '2024-03-15', cooperators: 'SWJ' }],
  tasks: [
    { code: 'RW-2024-001', plan_code: 'JH-2024-01', credit_tiered: true, starts_on: '2024-03-01', due_on: '2024-05-31',
      completed_on: '2024-05-20', cooperators: 'SWJ', items: 'SJ-1,SJ-2', draws: 'A:3/100,B:6/200' },
  ],
  results: [
    { task_code: 'RW-2024-001', subject_code: '91350100M000100Y43', department_code: 'SCJGJ', inspected_on: '2024-04-12',
      methods: ['DOCUMENT_REVIEW', 'ON_SITE'], categories: ['FALSE_DISCLOSURE'], found_problem: true, published_on: '2024-05-06',
      follow_up: 'REFERRED_FOR_CASE', inspectors: '41142201001' },
    { task_code: 'RW-2024-001', subject_code: '9144030071526726XG', department_code: 'SCJGJ', inspected_on: '2024-04-10',
      methods: ['ON_SITE'], categories: ['NO_PROBLEM'], found_problem: false, published_on: '2024-04-20',
      follow_up: 'NONE_NEEDED', inspectors: '41142201001' },
    { task_code: 'RW-2024-001', subject_code: '9144030071526726XG', department_code: 'SWJ', inspected_on: '2024-04-10',
      methods: ['DOCUMENT_REVIEW'], categories: ['ORDERED_TO_CORRECT', 'UNDISCLOSED_INFORMATION'], found_problem: true,
      published_on: null, follow_up: 'RECTIFICATION_ORDERED', inspectors: '41142202001' },
  ],
};
