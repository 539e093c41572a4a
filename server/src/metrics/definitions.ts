/**
 * The KPI catalogue: one entry per KPI, and everything else reads it — the engine and the
 * evidence (its parts), documents and pages (name, unit, definition; through the `kpiCatalog`
 * query in the browser), the docs check (docs/指标定义.md), and the targets (the default, where
 * no configured row covers a year and jurisdiction). Code names a KPI by its constant in
 * domain/kpi-keys.ts. The entries are checked against the base sets' declared columns when the
 * server starts (catalog-check.ts). How to add one: docs/ARCHITECTURE.md.
 */
import { KPI } from '../domain/kpi-keys';
import type { BaseName } from './base-sets';
import { all, ALL_ROWS, any, type Condition } from './conditions';

/** What a KPI's numerator or denominator counts: the rows of a base set meeting a condition. */
export interface KpiPart {
  base: BaseName;
  /** A condition over the base set's declared flag columns. */
  where: Condition;
  /** Sum this declared number column instead of counting rows (入库率's denominator: reported staff). */
  sum?: string;
}

export type KpiUnit = 'RATIO' | 'COUNT';
export type Comparator = '>' | '>=' | '<=';

export interface KpiDefinition {
  key: string;
  name: string;
  unit: KpiUnit;
  numerator: KpiPart;
  /** null for a count: the value is the numerator. */
  denominator: KpiPart | null;
  /** The formula as the dashboard and documents show it. */
  definition: string;
  /** Where the requirement comes from. */
  source: string;
  /**
   * Whether the periods' parts add up: numerator and denominator count rows that each fall in one
   * period only (a task by its start, a result by its inspection day), so under one cut-off the
   * months' parts sum to the quarter's. Stocks (registries, staff) and distinct counts (departments
   * or items covered, a year's plans) do not.
   */
  periodAdditive: boolean;
  /**
   * How member departments' rows relate to the whole (合计): SUM — each counted row belongs to one
   * department, so the members' rows plus the 非成员单位 row are the total; ONCE_PER_PARTICIPANT —
   * a row counts for every department taking part (a joint task or plan, a subject in several
   * registries), and once in the total.
   */
  departmentRule: DepartmentRule;
  /** The target where no configured row (kpi_target) covers the year and jurisdiction; null for none. */
  defaultTarget: { comparator: Comparator; target: number } | null;
  /** What the evidence rows of the numerator are, in the evaluator's words. */
  evidence: string;
}

export type DepartmentRule = 'SUM' | 'ONCE_PER_PARTICIPANT';


/** The State Council's figures, binding as defined in docs/指标定义.md. */
export const KPI_DEFINITIONS: KpiDefinition[] = [
  {
    key: KPI.jointTaskShare, name: '部门联合抽查占比', unit: 'RATIO',
    numerator: { base: 'task', where: 'is_joint' }, denominator: { base: 'task', where: ALL_ROWS },
    definition: '期间内开始的抽查任务中，有发起部门以外配合部门的联合抽查任务数 ÷ 抽查任务总数',
    source: '昌企监〔2023〕4号：各部门按照“能联尽联、应联必联”原则，进一步扩大联合抽查事项范围',
    periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: null,
    evidence: '期间内开始的联合抽查任务（分母：期间内开始的全部抽查任务）',
  },
  {
    key: KPI.creditTieredTaskShare, name: '信用风险分类抽查任务占比', unit: 'RATIO',
    numerator: { base: 'task', where: 'credit_tiered' }, denominator: { base: 'task', where: ALL_ROWS },
    definition: '期间内开始的抽查任务中，按信用风险分类抽查的任务数 ÷ 抽查任务总数（目标：超过 80%）',
    source: '2024年“双随机、一公开”监管工作要点：信用风险分类抽查任务占比要超过80%',
    periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: { comparator: '>', target: 0.8 },
    evidence: '按信用风险分类抽查的任务（分母：期间内开始的全部抽查任务）',
  },
  {
    key: KPI.tierRatioCompliance, name: '分类抽查比例合规率', unit: 'RATIO',
    numerator: { base: 'task', where: all('credit_tiered', 'has_class_counts', 'complies') },
    denominator: { base: 'task', where: all('credit_tiered', 'has_class_counts') },
    definition: '填报了分类户数的信用风险分类抽查任务中，每一类（库内户数大于 0）的抽取户数都在比例区间内'
      + '（向下取整(库内户数×下限) ≤ 抽取户数 ≤ 向上取整(库内户数×上限)）的任务数 ÷ 此类任务数',
    source: '2024年工作要点：A级可低于法定3%，B级按3%，C级3%至20%，D级20%至100%（比例区间按年度、辖区配置）',
    periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '各类抽取户数均在比例区间内的分类抽查任务（差额明细列出越界的类别）',
  },
  {
    key: KPI.departmentCoverage, name: '成员单位覆盖率', unit: 'RATIO',
    numerator: { base: 'department', where: 'participates' }, denominator: { base: 'department', where: ALL_ROWS },
    definition: '参与（发起或配合）至少一项期间内抽查任务的联席会议成员单位数 ÷ 成员单位数',
    source: '睢县实施意见（2020）：各相关部门实现部门联合“双随机、一公开”监管全覆盖和联合监管常态化',
    periodAdditive: false, departmentRule: 'SUM',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '参与了期间内抽查任务的成员单位（差额明细：未参与的成员单位）',
  },
  {
    key: KPI.itemCoverage, name: '抽查事项覆盖率', unit: 'RATIO',
    numerator: { base: 'item', where: 'covered' }, denominator: { base: 'item', where: ALL_ROWS },
    definition: '成员单位抽查事项清单中，至少被一项期间内抽查任务使用的事项数 ÷ 事项总数',
    source: '昌企监〔2023〕4号：对清单外的事项全面实行“双随机、一公开”监管，实现更深层次的全覆盖',
    periodAdditive: false, departmentRule: 'SUM',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '被期间内抽查任务使用的抽查事项（差额明细：未被使用的事项）',
  },
  {
    key: KPI.inspectorRegistryRate, name: '执法人员入库率', unit: 'RATIO',
    numerator: { base: 'inspector', where: 'valid' },
    denominator: { base: 'department', where: ALL_ROWS, sum: 'qualified_staff' },
    definition: '成员单位执法检查人员名录库中执法证在截止日仍有效（有效期至 ≥ 截止日）的人数 ÷ 各成员单位填报的持证执法人员数之和',
    source: '中随办函〔2022〕4号：已入库具有执法资质人员占全部具有执法资质人员的比例为100%',
    periodAdditive: false, departmentRule: 'SUM',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '执法证在截止日仍有效的执法检查人员（分母明细：各成员单位及其填报的持证人数）',
  },
  {
    key: KPI.subjectRegistrySize, name: '检查对象名录库户数', unit: 'COUNT',
    numerator: { base: 'subject', where: ALL_ROWS }, denominator: null,
    definition: '检查对象名录库中的检查对象户数（按部门统计时为该部门名录库中的户数）',
    source: '睢县实施意见（2020）：建立与部门职责相对应的检查对象名录库，按行业、区域、信用类别等条件设置',
    periodAdditive: false, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: null,
    evidence: '名录库中的检查对象',
  },
  {
    key: KPI.creditClassCoverage, name: '信用风险分类标注率', unit: 'RATIO',
    numerator: { base: 'subject', where: all('market_entity', 'classified') },
    denominator: { base: 'subject', where: 'market_entity' },
    definition: '名录库中的市场主体（企业、个体工商户、农民专业合作社）已标注信用风险等级的户数 ÷ 市场主体户数',
    source: '国市监信发〔2022〕6号：企业信用风险分类管理',
    periodAdditive: false, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: null,
    evidence: '已标注信用风险等级的市场主体（差额明细：未标注的市场主体）',
  },
  {
    key: KPI.publicationRate, name: '检查结果公示率', unit: 'RATIO',
    numerator: { base: 'result', where: 'published' }, denominator: { base: 'result', where: ALL_ROWS },
    definition: '期间内检查日期的检查结果中，截止日前已公示的结果数 ÷ 检查结果数',
    source: '2024年工作要点：通过国家企业信用信息公示系统或部门网站向社会公开公示',
    periodAdditive: true, departmentRule: 'SUM',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '截止日前已公示的检查结果（差额明细：未公示的结果）',
  },
  {
    key: KPI.timelyPublicationRate, name: '按时公示率', unit: 'RATIO',
    numerator: { base: 'result', where: 'timely' }, denominator: { base: 'result', where: any('timely', 'late') },
    definition: '按时公示的结果数 ÷（按时 + 逾期）；公示期限为检查日期后第 20 个工作日（检查日期为第 0 天，含调休；各地可按年度另定工作日数）；'
      + '逾期 = 超过期限才公示，或截止日已过期限仍未公示；尚在期限内未公示的不计',
    source: '睢县实施意见（2020）：自检查结果产生之日起20个工作日内……向社会公示',
    periodAdditive: true, departmentRule: 'SUM',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '按时公示的检查结果（差额明细：逾期公示和逾期未公示的结果）',
  },
  {
    key: KPI.overdueTasks, name: '超期任务数', unit: 'COUNT',
    numerator: { base: 'task', where: 'overdue' }, denominator: null,
    definition: '期间内开始的抽查任务中，截止日未完成且截止日期已过的任务，加上截止日前完成但完成日期晚于截止日期的任务',
    source: '2024年工作要点：“月总结、季通报”',
    periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: { comparator: '<=', target: 0 },
    evidence: '超期未完成和逾期完成的抽查任务',
  },
  {
    key: KPI.problemRate, name: '问题发现率', unit: 'RATIO',
    numerator: { base: 'result', where: 'found_problem' }, denominator: { base: 'result', where: ALL_ROWS },
    definition: '期间内检查结果中发现问题（六类问题结果之一）的结果数 ÷ 检查结果数',
    source: '国家企业信用信息公示系统检查结果类别',
    periodAdditive: true, departmentRule: 'SUM',
    defaultTarget: null,
    evidence: '发现问题的检查结果',
  },
  {
    key: KPI.inspectionsSaved, name: '减少检查户次', unit: 'COUNT',
    numerator: { base: 'saved_visit', where: ALL_ROWS }, denominator: null,
    definition: '期间内开始的联合抽查任务：（参与部门数 − 1）× 截止日前已有检查结果的不同检查对象户数',
    source: '睢县实施意见（2020）：实现“进一次门，查多项事”；中随办函〔2022〕4号：涉企“综合查一次”',
    periodAdditive: true, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: null,
    evidence: '联合抽查任务中配合部门随同检查的每一户检查对象',
  },
  {
    key: KPI.plansEnteredOnTime, name: '计划按时录入率', unit: 'RATIO',
    numerator: { base: 'plan', where: 'on_time' }, denominator: { base: 'plan', where: ALL_ROWS },
    definition: '年度在期间所涉年份内的抽查计划中，于录入期限（默认当年 3 月 31 日，各地可按年度另定）前且不晚于截止日录入平台的计划数 ÷ 计划数',
    source: '年度抽查计划于2月底前报同级政府，3月31日前录入平台并公示（各地通行时限）',
    periodAdditive: false, departmentRule: 'ONCE_PER_PARTICIPANT',
    defaultTarget: { comparator: '>=', target: 1 },
    evidence: '按时录入的抽查计划（差额明细：逾期录入的计划）',
  },
];

const byKey = new Map(KPI_DEFINITIONS.map((k) => [k.key, k]));

export function kpiDefinition(key: string): KpiDefinition | undefined {
  return byKey.get(key);
}
