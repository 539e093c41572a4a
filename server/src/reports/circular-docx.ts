/** The monthly summary or quarterly circular as .docx, in the official document style. */
import {
  AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { trendOption } from '../../../dashboard/src/charts/trend';
import { rankingOption, renderChart, type ChartImage } from './chart-images';
import { formatCount, formatPercent, formatValue, periodLabel, type KpiUnit } from '../domain/format';
import { KPI_DEFINITIONS } from '../metrics/definitions';
import type { KpiFigure } from '../metrics/scope';
import type { CircularData } from './circular-data';
import { FONT, font, PAGE, SIZE } from './official-style';

export interface CircularText {
  /** 发文机关, as the user enters it. */
  office: string;
  /** 文号, e.g. 睢双随机办〔2024〕3号. */
  number: string;
  overview: string[];
  requirements: string[];
}

const SMALL = 18; // 小五, for the wide tables

const run = (text: string, fontName: string, size: number, bold = false) => new TextRun({ text, font: font(fontName), size, bold });
const body = (text: string) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [run(text, FONT.body, SIZE.sanhao)] });
const heading = (text: string) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [run(text, FONT.heading1, SIZE.sanhao)] });
const cell = (text: string, width: number, bold = false) => new TableCell({
  width: { size: width, type: WidthType.DXA },
  margins: { left: 40, right: 40 },
  children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, FONT.body, SMALL, bold)] })],
});
/** A fixed-layout table: `widths` in twips add up to the type area, 156 mm (8,844 twips). */
const table = (header: string[], widths: number[], rows: string[][]) => new Table({
  layout: TableLayoutType.FIXED,
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  columnWidths: widths,
  rows: [
    new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i], true)) }),
    ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i])) })),
  ],
});
const LEAGUE_WIDTHS = [420, 1500, 520, 520, 520, 820, 640, 820, 820, 520, 900, 820];
const ATTACHMENT_WIDTHS = [560, 2000, 2400, 1500, 2384];

const unitOf = (key: string) => KPI_DEFINITIONS.find((d) => d.key === key)!.unit as KpiUnit;

/** How far a figure falls short of its target: in percentage points for ratios, in units for counts. */
export function shortfall(f: KpiFigure): string {
  if (f.met !== false || !f.target || f.value === null) return '';
  const gap = Math.abs(f.target.target - f.value);
  return unitOf(f.key) === 'RATIO' ? `差 ${(Math.round(gap * 1000) / 10).toFixed(1)} 个百分点` : `超出 ${formatCount(gap)}`;
}

/**
 * The departments that missed a target, each with the figures it missed and by how much; in a
 * department's report, only that department.
 */
export function rectificationLines(data: CircularData): string[] {
  const named = data.departments.filter((d) => d.missedTargets > 0 && (!data.department || d.code === data.department.code));
  return named.map((d) => {
    const missed = d.kpis.filter((k) => k.met === false).map((k) => {
      const name = KPI_DEFINITIONS.find((x) => x.key === k.key)!.name;
      return `${name} ${formatValue(unitOf(k.key), k.value)}（${shortfall(k)}）`;
    });
    return `${d.name}：${missed.join('；')}。`;
  });
}

export function circularTitle(data: CircularData): string {
  const when = periodLabel(data.period);
  const who = data.department?.name ?? '';
  return data.kind === 'circular' ? `关于${when}${who}“双随机、一公开”监管工作情况的通报` : `${who}${when}“双随机、一公开”监管工作总结`;
}

/** A picture across the type area (156 mm ≈ 590 px at 96 dpi), centred, with its caption. */
function figure(image: ChartImage, caption: string): Paragraph[] {
  const width = 590;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height: Math.round((width * image.height) / image.width) } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(caption, FONT.heading2, SIZE.sihao)] }),
  ];
}

export async function circularDocx(data: CircularData, text: CircularText, overview: string[], requirements: string[]): Promise<Buffer> {
  const rankOf = new Map(data.departments.map((d) => [d.code, d]));
  const departmentRows = data.statistics.filter((s) => s.code !== null).map((s) => {
    const d = rankOf.get(s.code!)!;
    const k = (key: string) => d.kpis.find((f) => f.key === key)!;
    return [String(d.rank), s.name, String(s.tasksOwn), String(s.tasksJointInitiated), String(s.tasksJointJoined),
      formatPercent(k('credit_tiered_task_share').value), formatCount(s.resultsInspected), formatPercent(k('publication_rate').value),
      formatPercent(k('timely_publication_rate').value), String(s.overdueTasks), formatCount(s.subjects),
      formatPercent(k('inspector_registry_rate').value)];
  }).sort((a, b) => Number(a[0]) - Number(b[0]));
  const rectification = rectificationLines(data);
  const [trendImage, rankingImage] = await Promise.all([
    renderChart(trendOption(data.trend.labels, [
      { name: '部门联合抽查占比', values: data.trend.joint },
      { name: '信用风险分类抽查任务占比', values: data.trend.tiered, target: data.figures.find((f) => f.key === 'credit_tiered_task_share')?.target?.target },
    ]), 760, 340),
    renderChart(rankingOption(data.departments), 760, Math.max(240, data.departments.length * 22 + 40)),
  ]);
  const document = new Document({
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.sanhao } } } },
    sections: [{
      properties: { page: { size: PAGE.size, margin: PAGE.margin } },
      children: [
        // 版头: the issuing office in red, the number below, a red rule under both (GB/T 9704).
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: text.office, font: font(FONT.title), size: SIZE.erhao, color: 'C00000' })] }),
        new Paragraph({
          alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 8 } },
          children: [run(text.number, FONT.body, SIZE.sanhao)],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [run(circularTitle(data), FONT.title, SIZE.erhao)] }),
        new Paragraph({ children: [run(`${data.department?.name ?? '各成员单位'}：`, FONT.body, SIZE.sanhao)] }),
        heading('一、总体情况'),
        ...overview.map(body),
        ...figure(trendImage, '图1　近 12 个月部门联合抽查与信用风险分类抽查占比'),
        heading('二、各成员单位情况'),
        body('各成员单位主要指标如下表（名次按综合得分，综合得分为有目标的各项指标完成度的平均数 × 100）。'),
        table(['名次', '成员单位', '单独任务', '牵头联合', '参与联合', '信用分类占比', '检查户次', '公示率', '按时公示率', '超期任务', '名录库户数', '入库率'],
          LEAGUE_WIDTHS, departmentRows),
        ...figure(rankingImage, '图2　各成员单位综合得分'),
        heading('三、未达标情况'),
        ...(rectification.length ? rectification.map(body) : [body(`${data.department?.name ?? '各成员单位'}有目标的指标均已达标。`)]),
        heading('四、下一步工作要求'),
        ...requirements.map(body),
        body(`附件：1. 超期任务清单（${data.overdueTasks.length} 个）`),
        body(`      2. 逾期公示或超期未公示的检查结果清单（${data.latePublications.length} 条）`),
        new Paragraph({ pageBreakBefore: true, children: [run('附件1', FONT.heading1, SIZE.sanhao)] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run('超期任务清单', FONT.title, SIZE.sihao)] }),
        table(['序号', '任务编号', '任务名称', '发起部门', '情况'], ATTACHMENT_WIDTHS, data.overdueTasks.map((r, i) => {
          const t = r.record as { name: string; initiator: { name: string } };
          return [String(i + 1), r.key, t.name, t.initiator.name, r.note ?? ''];
        })),
        new Paragraph({ pageBreakBefore: true, children: [run('附件2', FONT.heading1, SIZE.sanhao)] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run('逾期公示或超期未公示的检查结果清单', FONT.title, SIZE.sihao)] }),
        table(['序号', '检查对象', '任务编号', '检查部门', '情况'], ATTACHMENT_WIDTHS, data.latePublications.map((r, i) => {
          const x = r.record as { subject: { name: string }; task: { code: string }; department: { name: string } };
          return [String(i + 1), x.subject.name, x.task.code, x.department.name, r.note ?? ''];
        })),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
