import type { Database } from '../../server/src/database/database';

/**
 * A small county-and-city picture written straight into the migration's tables:
 * 中山 (442000) has the market regulator and the tax bureau, 深圳 (440300) a regulator,
 * 福州 (350100) a non-member environment bureau.
 */
export async function insertFixtures(db: Database): Promise<void> {
  await db.pool.query(`
insert into import_batch (id, source, file_names, counts, warning_count) values
  (1, 'CLI', '{部门.xlsx}', '{"department":{"inserted":4,"updated":0,"unchanged":0},"task":{"inserted":4,"updated":1,"unchanged":2}}', 2),
  (2, 'UPLOAD', '{检查结果.csv}', '{"inspection":{"inserted":4,"updated":0,"unchanged":0}}', 0);

insert into department (code, name, region_code, qualified_staff, is_member, batch_id) values
  ('SCJG', '中山市市场监督管理局', '442000', 120, true, 1),
  ('SW', '国家税务总局中山市税务局', '442000', 80, true, 1),
  ('SZSJ', '深圳市市场监督管理局', '440300', 300, true, 1),
  ('FZHB', '福州市生态环境局', '350100', 50, false, 1);

insert into inspection_item (code, name, department_code, category, ratio_ceiling, legal_basis, batch_id) values
  ('I-SCJG-01', '食品经营者检查', 'SCJG', 'KEY', null, '《食品安全法》', 1),
  ('I-SCJG-02', '广告发布行为检查', 'SCJG', 'GENERAL', 5, null, 1),
  ('I-SW-01', '发票使用情况检查', 'SW', 'GENERAL', 3, null, 1);

insert into subject (code, code_kind, name, subject_type, industry_code, region_code, credit_class, batch_id) values
  ('9144030071526726XG', 'USCC', '深圳市某科技有限公司', 'ENTERPRISE', 'I65', '440300', 'A', 1),
  ('91350100M000100Y43', 'USCC', '福州市某食品有限公司', 'ENTERPRISE', 'C14', '350100', 'C', 1),
  ('91110000600037341L', 'USCC', '中山市某餐饮管理有限公司', 'ENTERPRISE', 'H62', '442000', 'D', 1),
  ('442000600123456', 'REGISTRATION_NUMBER', '中山市石岐区某小吃店', 'INDIVIDUAL_BUSINESS', 'H62', '442000', null, 1);

insert into subject_registry (subject_code, department_code) values
  ('91110000600037341L', 'SCJG'), ('442000600123456', 'SCJG'), ('91110000600037341L', 'SW'),
  ('9144030071526726XG', 'SZSJ'), ('91350100M000100Y43', 'FZHB');

insert into inspector (certificate_no, name, department_code, certificate_expires_on, expertise, batch_id) values
  ('44200001', '李明', 'SCJG', '2027-12-31', '食品安全', 1),
  ('44200002', '王芳', 'SCJG', '2026-06-30', null, 1),
  ('44200101', '陈刚', 'SW', '2027-01-01', '税收征管', 1),
  ('44030001', '赵磊', 'SZSJ', '2028-03-31', null, 1);

insert into plan (code, name, year, initiator_code, entered_on, published_on, batch_id) values
  ('P2024-SCJG', '中山市市场监管局2024年度双随机抽查工作计划', 2024, 'SCJG', '2024-03-15', '2024-03-20', 1),
  ('P2024-JOINT', '中山市2024年度部门联合双随机抽查工作计划', 2024, 'SCJG', '2024-03-28', null, 1),
  ('P2025-SZSJ', '深圳市市场监管局2025年度双随机抽查工作计划', 2025, 'SZSJ', '2025-03-10', '2025-03-12', 1);
insert into plan_cooperator (plan_code, department_code) values ('P2024-JOINT', 'SW');

insert into task (code, plan_code, name, initiator_code, credit_tiered, starts_on, due_on, completed_on, batch_id) values
  ('T-001', 'P2024-SCJG', '食品经营者专项抽查', 'SCJG', true, '2024-04-01', '2024-06-30', '2024-06-20', 1),
  ('T-002', 'P2024-JOINT', '餐饮企业部门联合抽查', 'SCJG', false, '2024-09-01', '2024-10-31', null, 1),
  ('T-003', null, '广告发布行为抽查', 'SCJG', false, '2024-05-10', '2024-12-31', null, 1),
  ('T-004', 'P2025-SZSJ', '网络经营主体抽查', 'SZSJ', true, '2025-03-01', '2025-05-31', '2025-06-10', 1);
insert into task_cooperator (task_code, department_code) values ('T-002', 'SW'), ('T-003', 'SCJG');
insert into task_item (task_code, item_code) values
  ('T-001', 'I-SCJG-01'), ('T-002', 'I-SCJG-01'), ('T-002', 'I-SW-01'), ('T-003', 'I-SCJG-02');
insert into task_class_draw (task_code, credit_class, pool_count, drawn_count) values
  ('T-001', 'A', 100, 2), ('T-001', 'B', 50, 3), ('T-004', 'D', 4, 4);

insert into inspection (id, task_code, subject_code, department_code, inspected_on, methods, categories, published_on, follow_up, batch_id) values
  (1, 'T-001', '91110000600037341L', 'SCJG', '2024-05-10', '{ON_SITE}', '{NO_PROBLEM}', '2024-05-20', 'NONE_NEEDED', 2),
  (2, 'T-001', '442000600123456', 'SCJG', '2024-05-08', '{ON_SITE,DOCUMENT_REVIEW}', '{ORDERED_TO_CORRECT}', null, 'RECTIFICATION_ORDERED', 2),
  (3, 'T-002', '91110000600037341L', 'SW', '2024-09-20', '{ON_SITE}', '{NO_PROBLEM}', '2024-10-23', null, 2),
  (4, 'T-004', '9144030071526726XG', 'SZSJ', '2025-04-02', '{ONLINE_MONITORING}', '{UNDISCLOSED_INFORMATION}', null, null, 2);
insert into inspection_inspector (inspection_id, certificate_no) values
  (1, '44200001'), (1, '44200002'), (2, '44200001'), (3, '44200101'), (4, '44030001');
`);
}
