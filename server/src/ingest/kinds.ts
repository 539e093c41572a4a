/**
 * The interchange format (数据交换格式): the seven kinds of departments' files, their exact
 * headers and natural keys. Binding for the importer, the dashboard's upload and the templates.
 */
export type KindName = '部门' | '抽查事项' | '检查对象' | '执法人员' | '抽查计划' | '抽查任务' | '检查结果';

export interface ColumnSpec {
  header: string;
  required: boolean;
  /** Shown in the template's second row and the format reference. */
  hint: string;
}

export interface KindSpec {
  name: KindName;
  columns: ColumnSpec[];
  /** Headers whose values together identify a record across imports. */
  naturalKey: string[];
}

const col = (header: string, required: boolean, hint: string): ColumnSpec => ({ header, required, hint });

const CLASS_COUNT_COLUMNS = ['A', 'B', 'C', 'D'].flatMap((c) => [
  col(`${c}类库内户数`, false, `${c}类信用风险等级的检查对象库内户数，非负整数`),
  col(`${c}类抽取户数`, false, `从${c}类中抽取的户数，不大于库内户数`),
]);

export const KINDS: KindSpec[] = [
  {
    name: '部门',
    naturalKey: ['部门代码'],
    columns: [
      col('部门代码', true, '本地统一的部门代码，如 SCJGJ'),
      col('部门名称', true, '如 县市场监督管理局'),
      col('行政区划代码', true, '6 位行政区划代码，如 411422'),
      col('持证执法人员数', true, '本部门持有行政执法证件的人员数，非负整数'),
      col('联席会议成员', false, '是/否，默认 是'),
    ],
  },
  {
    name: '抽查事项',
    naturalKey: ['事项编码'],
    columns: [
      col('事项编码', true, '事项唯一编码'),
      col('事项名称', true, '如 食品生产企业监督检查'),
      col('部门代码', true, '事项所属部门的部门代码'),
      col('事项类别', true, '重点/一般'),
      col('抽查比例上限', false, '百分比，如 5 或 5%；重点事项可空'),
      col('抽查依据', false, '法律法规依据'),
    ],
  },
  {
    name: '检查对象',
    naturalKey: ['统一社会信用代码'],
    columns: [
      col('统一社会信用代码', true, '市场主体填 18 位统一社会信用代码或 15 位注册号；产品、项目等填对象编码'),
      col('名称', true, '检查对象名称'),
      col('主体类型', true, '企业/个体工商户/农民专业合作社/产品/项目/其他'),
      col('行业代码', false, '国民经济行业分类代码，如 F5211'),
      col('行政区划代码', true, '6 位行政区划代码'),
      col('信用风险等级', false, 'A/B/C/D，未分类可空'),
      col('入库部门', true, '检查对象名录库所属部门代码，多个用 ; 分隔'),
    ],
  },
  {
    name: '执法人员',
    naturalKey: ['执法证号'],
    columns: [
      col('执法证号', true, '行政执法证件号'),
      col('姓名', true, '执法人员姓名'),
      col('部门代码', true, '所在部门代码'),
      col('执法证有效期至', true, '日期，如 2027-12-31'),
      col('专长', false, '业务专长，多个用 ; 分隔'),
    ],
  },
  {
    name: '抽查计划',
    naturalKey: ['计划编号'],
    columns: [
      col('计划编号', true, '计划唯一编号'),
      col('计划名称', true, '如 2024年度部门联合抽查计划'),
      col('年度', true, '四位年份'),
      col('发起部门代码', true, '发起部门的部门代码'),
      col('配合部门代码', false, '联合计划的配合部门代码，多个用 ; 分隔'),
      col('录入日期', true, '计划录入平台的日期'),
      col('公示日期', false, '计划向社会公示的日期'),
    ],
  },
  {
    name: '抽查任务',
    naturalKey: ['任务编号'],
    columns: [
      col('任务编号', true, '任务唯一编号'),
      col('计划编号', false, '所属计划编号；空表示计划外任务'),
      col('任务名称', true, '任务名称'),
      col('发起部门代码', true, '发起部门的部门代码'),
      col('配合部门代码', false, '联合任务的配合部门代码，多个用 ; 分隔'),
      col('抽查事项编码', true, '任务涉及的抽查事项编码，多个用 ; 分隔'),
      col('信用风险分类抽查', true, '是/否'),
      col('开始日期', true, '任务开始日期'),
      col('截止日期', true, '任务截止日期，不早于开始日期'),
      col('完成日期', false, '任务完成日期；未完成留空'),
      ...CLASS_COUNT_COLUMNS,
    ],
  },
  {
    name: '检查结果',
    naturalKey: ['任务编号', '统一社会信用代码', '检查部门代码'],
    columns: [
      col('任务编号', true, '所属抽查任务编号'),
      col('统一社会信用代码', true, '被检查对象的统一社会信用代码（或注册号、对象编码）'),
      col('检查部门代码', true, '实施检查的部门代码，须为任务的发起或配合部门'),
      col('检查日期', true, '检查结果产生的日期'),
      col('检查方式', true, '实地检查/书面检查/网络监测/检验检测/委托专业机构/采信其他部门检查结果，多个用 ; 分隔'),
      col('检查结果', true, '公示系统的检查结果类别，多个用 ; 分隔'),
      col('公示日期', false, '结果公示日期；未公示留空'),
      col('后续处置', false, '无须处置/责令整改/移送办案机构/抄告相关部门/反馈日常监管部门/其他'),
      col('检查人员执法证号', false, '检查人员的执法证号，多个用 ; 分隔'),
    ],
  },
];

export function kindSpec(name: KindName): KindSpec {
  const spec = KINDS.find((k) => k.name === name);
  if (!spec) throw new Error(`unknown kind ${name}`);
  return spec;
}
