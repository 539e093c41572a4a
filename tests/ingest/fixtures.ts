import type { Table } from '../support/files';

/**
 * A small, complete data set in the interchange format: three departments, two items, four
 * subjects, two inspectors, one plan, one joint credit-tiered task and three results.
 */
export const DEPARTMENTS: Table = [
  ['部门代码', '部门名称', '行政区划代码', '持证执法人员数', '联席会议成员'],
  ['SCJGJ', '县市场监督管理局', '411422', 50, '是'],
  ['SWJ', '县税务局', '411422', 20, null],
  ['XZ', '城关镇人民政府', '411422', 2, '否'],
];

export const ITEMS: Table = [
  ['事项编码', '事项名称', '部门代码', '事项类别', '抽查比例上限', '抽查依据'],
  ['SJ-1', '食品生产企业监督检查', 'SCJGJ', '重点', null, '《中华人民共和国食品安全法》'],
  ['SJ-2', '发票使用情况检查', 'SWJ', '一般', '5%', '《中华人民共和国税收征收管理法》'],
];

export const SUBJECTS: Table = [
  ['统一社会信用代码', '名称', '主体类型', '行业代码', '行政区划代码', '信用风险等级', '入库部门'],
  ['9144030071526726XG', '睢县甲食品有限公司', '企业', 'C1391', '411422', 'A', 'SCJGJ;SWJ'],
  ['91350100M000100Y43', '睢县乙商贸有限公司', '企业', 'F5211', '411422', 'B', 'SCJGJ'],
  ['411422600012345', '睢县丙副食店', '个体工商户', 'F5221', '411422', null, 'SCJGJ、SWJ'],
  ['CP-411422-0001', '桶装饮用水', '产品', null, '411422', null, 'SCJGJ'],
];

export const INSPECTORS: Table = [
  ['执法证号', '姓名', '部门代码', '执法证有效期至', '专长'],
  ['41142201001', '张明', 'SCJGJ', '2027-12-31', '食品安全;特种设备'],
  ['41142202001', '李华', 'SWJ', '2024/6/30', null],
];

export const PLANS: Table = [
  ['计划编号', '计划名称', '年度', '发起部门代码', '配合部门代码', '录入日期', '公示日期'],
  ['JH-2024-01', '2024年度部门联合抽查计划', 2024, 'SCJGJ', 'SWJ', '2024-03-15', '2024-03-20'],
];

export const TASKS: Table = [
  ['任务编号', '计划编号', '任务名称', '发起部门代码', '配合部门代码', '抽查事项编码', '信用风险分类抽查', '开始日期', '截止日期',
    '完成日期', 'A类库内户数', 'A类抽取户数', 'B类库内户数', 'B类抽取户数', 'C类库内户数', 'C类抽取户数', 'D类库内户数', 'D类抽取户数'],
  ['RW-2024-001', 'JH-2024-01', '食品企业联合抽查', 'SCJGJ', 'SWJ', 'SJ-1;SJ-2', '是', '2024/3/1', '2024-05-31', '2024-05-20',
    100, 3, 200, 6, null, null, null, null],
];

export const RESULTS: Table = [
  ['任务编号', '统一社会信用代码', '检查部门代码', '检查日期', '检查方式', '检查结果', '公示日期', '后续处置', '检查人员执法证号'],
  ['RW-2024-001', '9144030071526726XG', 'SCJGJ', '2024-04-10', '实地检查', '未发现问题', '2024-04-20', '无须处置', '41142201001'],
  ['RW-2024-001', '9144030071526726XG', 'SWJ', '2024-04-10', '书面检查', '未按规定公示应当公示的信息;发现问题已责令改正', null, '责令整改', '41142202001'],
  ['RW-2024-001', '91350100M000100Y43', 'SCJGJ', '2024/4/12', '实地检查;书面检查', '公示信息隐瞒真实情况、弄虚作假', '2024-05-06', '移送办案机构', '41142201001'],
];

export const ALL: Record<string, Table> = {
  部门: DEPARTMENTS, 抽查事项: ITEMS, 检查对象: SUBJECTS, 执法人员: INSPECTORS, 抽查计划: PLANS, 抽查任务: TASKS, 检查结果: RESULTS,
};

/** The counts a first import of ALL reports, kind by kind. */
export const FIRST_IMPORT_COUNTS = [
  { kind: '部门', inserted: 3, updated: 0, unchanged: 0 },
  { kind: '抽查事项', inserted: 2, updated: 0, unchanged: 0 },
  { kind: '检查对象', inserted: 4, updated: 0, unchanged: 0 },
  { kind: '执法人员', inserted: 2, updated: 0, unchanged: 0 },
  { kind: '抽查计划', inserted: 1, updated: 0, unchanged: 0 },
  { kind: '抽查任务', inserted: 1, updated: 0, unchanged: 0 },
  { kind: '检查结果', inserted: 3, updated: 0, unchanged: 0 },
];
