/** The self-evaluation as .docx in the official document style (see official-style.ts). */
import {
  AlignmentType, Document, ExternalHyperlink, LineRuleType, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType,
} from 'docx';
import { formatValue, formatCount } from '../domain/format';
import { pageNumberFooters } from './docx-parts';
import { FONT, font, PAGE, SIZE } from './official-style';
import { targetText, verdict, type SelfEvaluationRow } from './self-evaluation';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const { LEFT, CENTER, RIGHT } = AlignmentType;

// Fixed widths in twips summing to the type area (A4 less the GB/T 9704 margins). With equal columns the
// indicator names wrapped to four lines and the figures broke mid-number; these fit 100.0% and
// five-digit counts even in the wider fallback fonts of a machine without 仿宋.
const COLUMNS: { header: string; width: number; align: Align }[] = [
  { header: '序号', width: 560, align: CENTER },
  { header: '指标', width: 2060, align: LEFT },
  { header: '数值', width: 1000, align: RIGHT },
  { header: '分子/分母', width: 1700, align: RIGHT },
  { header: '目标', width: 1250, align: CENTER },
  { header: '是否达标', width: 1000, align: CENTER },
  { header: '明细', width: 1274, align: CENTER },
];
const TYPE_AREA = COLUMNS.reduce((sum, c) => sum + c.width, 0);

/** No-break spaces, so a target such as ≥ 100.0% never splits across lines. */
const glue = (text: string) => text.replace(/ /g, '\u00a0');

const run = (text: string, bold = false) => new TextRun({ text, bold, font: font(FONT.body), size: SIZE.wuhao });

function row(cells: (TextRun | ExternalHyperlink)[], header = false): TableRow {
  return new TableRow({
    tableHeader: header || undefined,
    cantSplit: true,
    children: cells.map((content, i) => new TableCell({
      width: { size: COLUMNS[i].width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [new Paragraph({ alignment: header ? CENTER : COLUMNS[i].align, children: [content] })],
    })),
  });
}

const link = (r: SelfEvaluationRow) => new ExternalHyperlink({
  link: r.link,
  children: [new TextRun({ text: `${formatCount(r.denominator ?? r.numerator)} 条`, style: 'Hyperlink', font: font(FONT.body), size: SIZE.wuhao })],
});

const ratio = (r: SelfEvaluationRow) => (r.denominator === null ? formatCount(r.numerator) : `${formatCount(r.numerator)}/${formatCount(r.denominator)}`);

export async function selfEvaluationDocx(rows: SelfEvaluationRow[], title: string, subtitle: string): Promise<Buffer> {
  const table = new Table({
    width: { size: TYPE_AREA, type: WidthType.DXA },
    columnWidths: COLUMNS.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    rows: [
      row(COLUMNS.map((c) => run(c.header, true)), true),
      ...rows.map((r, i) => row([
        run(String(i + 1)), run(r.name), run(formatValue(r.unit, r.value)), run(ratio(r)),
        run(glue(targetText(r))), run(verdict(r.met), r.met === false), link(r),
      ])),
    ],
  });
  // The period line is too long for one line at 三号; it breaks before the dates, and before the department if any.
  const subtitleLines = subtitle.split(/(?=（)|；/);
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.sanhao } } } },
    sections: [{
      properties: { page: { size: { ...PAGE.size, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin } },
      footers: pageNumberFooters(),
      children: [
        new Paragraph({
          alignment: CENTER, spacing: { after: 240 }, children: [new TextRun({ text: title, font: font(FONT.title), size: SIZE.erhao })],
        }),
        ...subtitleLines.map((line, i) => new Paragraph({
          alignment: CENTER,
          spacing: { after: i === subtitleLines.length - 1 ? 240 : 0 },
          children: [new TextRun({ text: line, font: font(FONT.heading2), size: SIZE.sanhao })],
        })),
        table,
        new Paragraph({
          keepNext: true, spacing: { before: 360, after: 120 },
          children: [new TextRun({ text: '附：指标口径说明', font: font(FONT.heading1), size: SIZE.sanhao })],
        }),
        ...rows.map((r, i) => new Paragraph({
          indent: { firstLine: 2 * 20 * (SIZE.sihao / 2) }, // two characters
          keepLines: true,
          spacing: { after: 40, line: 440, lineRule: LineRuleType.EXACT },
          children: [
            new TextRun({ text: `${i + 1}. ${r.name}：`, bold: true, font: font(FONT.body), size: SIZE.sihao }),
            new TextRun({ text: `${r.definition}（依据：${r.source}）`, font: font(FONT.body), size: SIZE.sihao }),
          ],
        })),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
