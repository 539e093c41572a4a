/** The monthly summary or quarterly circular as .docx, in the official document style. */
import { KPI } from '../domain/kpi-keys';
import { Packer, PageOrientation, Paragraph } from 'docx';
import { trendOption } from '../../../common/charts/trend';
import { formatCount, formatPercent, formatValue, targetInWords, type KpiUnit } from '../../../common/format';
import { periodLabel } from '../domain/period';
import { KPI_DEFINITIONS } from '../metrics/definitions';
import type { KpiFigure } from '../metrics/scope';
import { rankingOption, renderChart } from './chart-images';
import { attachmentNote, attachmentPages, attachments } from './circular-attachments';
import type { CircularData } from './circular-data';
import { body, chineseDate, cutOffNote, figure, heading, pageNumberFooters, run, signature, table, title, type Column } from './docx-parts';
import { FONT, LANDSCAPE_PAGE, PAGE, SIZE } from './official-style';
import { officialDocument } from './official-document';

export interface CircularText {
  /** 发文机关, as the user enters it. */
  office: string;
  /** 文号, e.g. 睢双随机办〔2024〕3号. */
  number: string;
  /** 成文日期, YYYY-MM-DD. */
  dated: string;
  /** How many of the departments that missed targets the text names; the table lists them all. */
  named?: number;
}

/** The text names the worst few; the table below it lists every shortfall. */
export const NAMED_IN_TEXT = 5;

const RECTIFICATION_COLUMNS: Column[] = [
  { header: '成员单位', width: 2300 }, { header: '未达标的指标', width: 2700, align: 'left' },
  { header: '数值', width: 1000 }, { header: '目标', width: 1544 }, { header: '差距', width: 1300 },
];

/** Two-line headers where the words part; 名次 and the unit's name get the room they need. */
const LEAGUE_COLUMNS: Column[] = [
  { header: '名次', width: 440 }, { header: '成员单位', width: 2040, align: 'left' },
  { header: '单独\n任务', width: 520 }, { header: '牵头\n联合', width: 520 }, { header: '参与\n联合', width: 520 },
  { header: '信用分类\n占比', width: 800 }, { header: '检查\n户次', width: 604 }, { header: '公示率', width: 720 },
  { header: '按时\n公示率', width: 720 }, { header: '超期\n任务', width: 520 }, { header: '名录库\n户数', width: 720 },
  { header: '入库率', width: 720 },
];

const unitOf = (key: string) => KPI_DEFINITIONS.find((d) => d.key === key)!.unit as KpiUnit;

/**
 * How far a figure falls short of its target: in percentage points for ratios, in units for counts.
 * A value that equals a strict target ("高于80%") misses it by nothing that one decimal shows.
 */
export function shortfall(f: KpiFigure): string {
  if (f.met !== false || !f.target || f.value === null) return '';
  const gap = Math.abs(f.target.target - f.value);
  if (unitOf(f.key) !== 'RATIO') return gap === 0 ? '恰等于目标值' : `超出${formatCount(gap)}`;
  const points = Math.round(gap * 1000) / 10;
  if (gap === 0) return '恰等于目标值';
  return points === 0 ? '差不足0.1个百分点' : `差${points.toFixed(1)}个百分点`;
}

/** The departments that missed a target, worst first (most targets missed, then lowest score); in a department's report, only that one. */
function shortfallDepartments(data: CircularData) {
  return data.departments.filter((d) => d.missedTargets > 0 && (!data.department || d.code === data.department.code))
    .sort((a, b) => b.missedTargets - a.missedTargets || b.rank - a.rank);
}

const kpiName = (key: string) => KPI_DEFINITIONS.find((x) => x.key === key)!.name;

/**
 * One row per department, its missed targets a line apiece in each column: a row never splits, so
 * a department's shortfalls stay on one page under its name (LibreOffice ignores keep-with-next in tables).
 */
export function rectificationRows(data: CircularData): string[][] {
  return shortfallDepartments(data).map((d) => {
    const missed = d.kpis.filter((k) => k.met === false);
    const column = (of: (k: KpiFigure, unit: KpiUnit) => string) => missed.map((k) => of(k, unitOf(k.key))).join('\n');
    return [d.name, column((k) => kpiName(k.key)), column((k, unit) => formatValue(unit, k.value)),
      column((k, unit) => targetInWords(unit, k.target!.comparator, k.target!.target).replace(/^目标为/, '')), column((k) => shortfall(k).replace(/^差/, ''))];
  });
}

/** The paragraph above the table: how many missed, and the worst few by name. */
export function rectificationText(data: CircularData, named = NAMED_IN_TEXT): string {
  const list = shortfallDepartments(data);
  const misses = list.reduce((sum, d) => sum + d.missedTargets, 0);
  const missedNames = (d: (typeof list)[number]) => d.kpis.filter((k) => k.met === false).map((k) => kpiName(k.key)).join('、');
  if (data.department) return `${data.department.name}有${misses}项指标未达到目标：${missedNames(list[0])}，详见下表。`;
  // Names and counts only: which targets each missed is in the table, a row apiece.
  const who = (d: (typeof list)[number]) => `${d.name}（${d.missedTargets}项）`;
  const worst = list.slice(0, named);
  const rest = list.length - worst.length;
  const head = `${list.length}个成员单位共有${misses}项（次）指标未达到目标`;
  if (worst.length === 0) return `${head}，各单位未达标的指标、数值、目标与差距详见下表。`;
  return rest > 0
    ? `${head}，其中未达标项较多的${worst.length}个是：${worst.map(who).join('、')}；其余${rest}个成员单位及各项的数值、目标与差距详见下表。`
    : `${head}，分别是：${worst.map(who).join('、')}。各项的数值、目标与差距详见下表。`;
}

/** The title in two lines, broken after “双随机、一公开” as the office would break it. */
export function circularTitleLines(data: CircularData): string[] {
  const when = periodLabel(data.period);
  const who = data.department?.name ?? '';
  return data.kind === 'circular'
    ? [`关于${when}${who}“双随机、一公开”`, '监管工作情况的通报']
    : [`${who}${when}“双随机、一公开”`, '监管工作总结'];
}

export const circularTitle = (data: CircularData) => circularTitleLines(data).join('');

function leagueRows(data: CircularData): string[][] {
  const rankOf = new Map(data.departments.map((d) => [d.code, d]));
  return data.statistics.filter((s) => s.kind === 'MEMBER').map((s) => {
    const d = rankOf.get(s.code!)!;
    const k = (key: string) => d.kpis.find((f) => f.key === key)!;
    return [String(d.rank), s.name, String(s.tasksOwn), String(s.tasksJointInitiated), String(s.tasksJointJoined),
      formatPercent(k(KPI.creditTieredTaskShare).value), formatCount(s.resultsInspected), formatPercent(k(KPI.publicationRate).value),
      formatPercent(k(KPI.timelyPublicationRate).value), String(s.overdueTasks), formatCount(s.subjects),
      formatPercent(k(KPI.inspectorRegistryRate).value)];
  }).sort((a, b) => Number(a[0]) - Number(b[0]));
}

export async function circularDocx(data: CircularData, text: CircularText, overview: string[], requirements: string[]): Promise<Buffer> {
  const addressee = data.department?.name ?? '各成员单位';
  const attached = attachments(data);
  const note = cutOffNote(data.period.asOf ?? data.period.to);
  const missed = rectificationRows(data);
  // Drawn 640 px wide into a 590 px column, so the labels print near their own size.
  const [trendImage, rankingImage] = await Promise.all([
    renderChart(trendOption(data.trend.labels, [
      { name: '部门联合抽查占比', values: data.trend.joint },
      { name: '信用风险分类抽查任务占比', values: data.trend.tiered, target: data.figures.find((f) => f.key === KPI.creditTieredTaskShare)?.target?.target },
    ]), 640, 300),
    renderChart(rankingOption(data.departments, data.department?.code ?? null), 640, Math.max(220, data.departments.length * 20 + 40)),
  ]);
  const document = officialDocument({ office: text.office, number: text.number, title: circularTitle(data) }, [
    title(circularTitleLines(data)),
    new Paragraph({ children: [run(`${addressee}：`, FONT.body, SIZE.sanhao)] }),
    heading('一、总体情况'),
    body(`本${data.kind === 'circular' ? '通报' : '总结'}统计期间为${chineseDate(data.period.from)}至${chineseDate(data.period.to)}，${note}。`),
    ...overview.map(body),
    ...figure(trendImage, '图1　近12个月部门联合抽查与信用风险分类抽查占比'),
    heading('二、各成员单位情况'),
    body('各成员单位主要指标如下表（名次按综合得分，综合得分为有目标的各项指标完成度的平均数×100）。'),
    table(LEAGUE_COLUMNS, leagueRows(data), undefined, note),
    ...figure(rankingImage, data.department ? `图2　各成员单位综合得分（红色为${data.department.name}）` : '图2　各成员单位综合得分'),
    heading('三、未达标情况'),
    ...(missed.length
      ? [body(rectificationText(data, text.named)), table(RECTIFICATION_COLUMNS, missed, undefined, note)]
      : [body(`${addressee}有目标的指标均已达标。`)]),
    heading('四、下一步工作要求'),
    ...requirements.map(body),
    ...attachmentNote(attached),
    ...signature(text.office, text.dated),
  ], attached.length ? [{
    properties: { page: { size: { ...PAGE.size, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_PAGE.margin } },
    footers: pageNumberFooters(),
    children: attachmentPages(attached, note),
  }] : []);
  return Packer.toBuffer(document);
}
