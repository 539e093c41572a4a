/** The self-evaluation as .docx in the official document style (see official-style.ts). */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { formatCount, formatValue } from '../../../common/format';
import { pageNumberFooters, table, title, type CellContent, type Column } from './docx-parts';
import { FONT, font, PAGE, SIZE } from './official-style';
import { targetText, verdict, type SelfEvaluationRow } from './self-evaluation';

// With equal columns the indicator names wrapped to four lines and the figures broke mid-number;
// these fit 100.0%, ≥ 100.0% and five-digit pairs even in the wider fallback fonts of a machine without 仿宋.
const COLUMNS: Column[] = [
  { header: '序号', width: 560 },
  { header: '指标', width: 2060, align: 'left' },
  { header: '数值', width: 1000, align: 'right' },
  { header: '分子/分母', width: 1700, align: 'right' },
  { header: '目标', width: 1250 },
  { header: '是否达标', width: 1000 },
  { header: '明细', width: 1274 },
];

/** No-break spaces, so a target such as ≥ 100.0% never splits across lines. */
const glue = (text: string) => text.replace(/ /g, '\u00a0');

const ratio = (r: SelfEvaluationRow) => (r.denominator === null ? formatCount(r.numerator) : `${formatCount(r.numerator)}/${formatCount(r.denominator)}`);

const cells = (r: SelfEvaluationRow, i: number): CellContent[] => [
  String(i + 1), r.name, formatValue(r.unit, r.value), ratio(r), glue(targetText(r)),
  { text: verdict(r.met), bold: r.met === false },
  { text: `${formatCount(r.denominator ?? r.numerator)} 条`, link: r.link },
];

export async function selfEvaluationDocx(rows: SelfEvaluationRow[], heading: string, subtitle: string, cutOff: string): Promise<Buffer> {
  // The period line is too long for one line at 三号; it breaks before the dates, and before the department if any.
  const subtitleLines = subtitle.split(/(?=（)|；/);
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.sanhao } } } },
    sections: [{
      properties: { page: { size: PAGE.size, margin: PAGE.margin } },
      footers: pageNumberFooters(),
      children: [
        title([heading]),
        ...subtitleLines.map((line, i) => new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: i === subtitleLines.length - 1 ? 240 : 0 },
          children: [new TextRun({ text: line, font: font(FONT.heading2), size: SIZE.sanhao })],
        })),
        table(COLUMNS, rows.map(cells), SIZE.wuhao, cutOff),
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
