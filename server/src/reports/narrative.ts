/**
 * The office's words with the figures filled in. A placeholder names a figure by its key (as
 * stored) or its Chinese name (as edited, placeholders.ts): {{数值:部门联合抽查占比}}, {{分子:…}},
 * {{分母:…}}, {{目标:…}}, {{环比:…}}, {{同比:…}}, and {{期间}}, {{范围}} (各成员单位, or the
 * department a report is about), {{未达标部门数}}, {{未报送单位}} (member departments with a month of
 * the period without any result; 无 when none). An unknown name is an error, so that a typo never
 * prints a blank.
 */
import { changeInWords, formatCount, formatValue, targetInWords, type KpiUnit } from '../../../common/format';
import { KPI } from '../domain/kpi-keys';
import { periodLabel } from '../domain/period';
import type { CircularData } from './circular-data';
import { KPI_PARTS, PLACEHOLDER, placeholder as p, placeholderKpi } from './placeholders';

/** 发文机关 until the office enters its own. */
export const DEFAULT_OFFICE = '“双随机、一公开”监管工作联席会议办公室';

export const DEFAULT_OVERVIEW = [
  `{{期间}}，{{范围}}共开展“双随机、一公开”抽查任务${p('分母', KPI.jointTaskShare)}个，其中部门联合抽查任务${p('分子', KPI.jointTaskShare)}个，`
    + `占${p('数值', KPI.jointTaskShare)}（环比${p('环比', KPI.jointTaskShare)}，同比${p('同比', KPI.jointTaskShare)}）；按信用风险分类开展的抽查任务占`
    + `${p('数值', KPI.creditTieredTaskShare)}（${p('目标', KPI.creditTieredTaskShare)}，环比${p('环比', KPI.creditTieredTaskShare)}）。`,
  `共检查${p('分母', KPI.publicationRate)}户次，发现问题${p('分子', KPI.problemRate)}户次，问题发现率${p('数值', KPI.problemRate)}；检查结果公示率${p('数值', KPI.publicationRate)}，`
    + `按时公示率${p('数值', KPI.timelyPublicationRate)}（环比${p('环比', KPI.timelyPublicationRate)}，同比${p('同比', KPI.timelyPublicationRate)}）。超期任务${p('分子', KPI.overdueTasks)}个，`
    + `通过联合抽查减少检查${p('分子', KPI.inspectionsSaved)}户次。检查对象名录库${p('分子', KPI.subjectRegistrySize)}户，执法人员入库率${p('数值', KPI.inspectorRegistryRate)}。`,
  '{{未达标部门数}}个成员单位有指标未达到目标，具体见第三部分。',
];

/** The monthly summary names the departments that sent no result in the month (oversight/submission). */
export const SUBMISSION_PARAGRAPH = '本月未报送检查结果的单位：{{未报送单位}}。';

/** The hub's overview for a kind of report, until the office saves its own. */
export const defaultOverview = (kind: CircularData['kind']): readonly string[] =>
  kind === 'summary' ? [...DEFAULT_OVERVIEW, SUBMISSION_PARAGRAPH] : DEFAULT_OVERVIEW;

const COMMON_REQUIREMENTS = [
  '抽查检查结果应自检查之日起20个工作日内通过国家企业信用信息公示系统公示；超期任务须尽快完成并在系统中如实录入。',
  '要进一步提高部门联合抽查和信用风险分类抽查的比例，做到“进一次门、查多项事”。',
];

/** The hub's words for the next period's requirements, until the office saves its own. */
export const DEFAULT_REQUIREMENTS: Record<CircularData['kind'], readonly string[]> = {
  circular: ['各成员单位要对照本通报，对未达标的指标逐项分析原因、制定整改措施，于下一期通报前整改到位。', ...COMMON_REQUIREMENTS],
  summary: ['各成员单位要对照本月情况，对未达标的指标逐项分析原因，于下月底前整改到位。', ...COMMON_REQUIREMENTS],
};

export class TemplateError extends Error {}

const PARTS: readonly string[] = KPI_PARTS;
const WORDS = ['期间', '范围', '未达标部门数', '未报送单位'];

/** Refuses paragraphs with placeholders the hub cannot fill, naming each, before anything is saved. */
export function checkTemplate(paragraphs: readonly string[]): void {
  const unknown = paragraphs.flatMap((text) => [...text.matchAll(PLACEHOLDER)].filter(([, inner]) => {
    if (WORDS.includes(inner)) return false;
    const [part, name] = inner.split(':');
    return !PARTS.includes(part) || !placeholderKpi(name);
  }).map(([whole]) => whole));
  if (unknown.length) throw new TemplateError(`模板中有无法识别的占位符：${[...new Set(unknown)].join('、')}`);
}

export function fillTemplate(paragraphs: readonly string[], data: CircularData): string[] {
  checkTemplate(paragraphs);
  const figure = (list: typeof data.figures, key: string) => list.find((f) => f.key === key) ?? null;
  return paragraphs.map((text) => text.replace(PLACEHOLDER, (_whole, inner: string) => {
    if (inner === '期间') return periodLabel(data.period);
    if (inner === '范围') return data.department?.name ?? '各成员单位';
    if (inner === '未报送单位') return data.unsubmitted.length ? data.unsubmitted.join('、') : '无';
    if (inner === '未达标部门数') return formatCount(data.departments.filter((d) => d.missedTargets > 0).length);
    const [part, name] = inner.split(':');
    const d = placeholderKpi(name)!;
    const f = figure(data.figures, d.key)!;
    const unit = d.unit as KpiUnit;
    switch (part) {
      case '数值': return formatValue(unit, f.value);
      case '分子': return formatCount(f.numerator);
      case '分母': return formatCount(f.denominator);
      case '目标': return targetInWords(unit, f.target?.comparator ?? null, f.target?.target ?? null);
      case '环比': return changeInWords(unit, f.value, figure(data.previous, d.key)?.value ?? null);
      default: return changeInWords(unit, f.value, figure(data.lastYear, d.key)?.value ?? null); // 同比
    }
  }));
}
