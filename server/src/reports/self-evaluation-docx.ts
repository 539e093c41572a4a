/** The self-evaluation as .docx in the official document style (see official-style.ts). */
import {
  AlignmentType, Document, ExternalHyperlink, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatTarget, formatValue, formatCount } from '../domain/format';
import { FONT, font, PAGE, SIZE } from './official-style';
import { verdict, type SelfEvaluationRow } from './self-evaluation';

const cellText = (text: string, bold = false) => new Paragraph({
  children: [new TextRun({ text, bold, font: font(FONT.body), size: SIZE.wuhao })],
});

export async function selfEvaluationDocx(rows: SelfEvaluationRow[], title: string, subtitle: string): Promise<Buffer> {
  const header = ['序号', '指标', '数值', '分子 / 分母', '目标', '是否达标', '明细'];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => new TableCell({ children: [cellText(h, true)] })) }),
      ...rows.map((r, i) => new TableRow({
        children: [
          new TableCell({ children: [cellText(String(i + 1))] }),
          new TableCell({ children: [cellText(r.name)] }),
          new TableCell({ children: [cellText(formatValue(r.unit, r.value))] }),
          new TableCell({ children: [cellText(r.denominator === null ? formatCount(r.numerator) : `${formatCount(r.numerator)} / ${formatCount(r.denominator)}`)] }),
          new TableCell({ children: [cellText(formatTarget(r.unit, r.comparator, r.target))] }),
          new TableCell({ children: [cellText(verdict(r.met), r.met === false)] }),
          new TableCell({
            children: [new Paragraph({
              children: [new ExternalHyperlink({
                link: r.link,
                children: [new TextRun({ text: `${formatCount(r.denominator ?? r.numerator)} 条`, style: 'Hyperlink', font: font(FONT.body), size: SIZE.wuhao })],
              })],
            })],
          }),
        ],
      })),
    ],
  });
  const document = new Document({
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.sanhao } } } },
    sections: [{
      properties: { page: { size: { ...PAGE.size, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: font(FONT.title), size: SIZE.erhao })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: subtitle, font: font(FONT.heading2), size: SIZE.sanhao })] }),
        table,
        new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: '一、指标口径', font: font(FONT.heading1), size: SIZE.sanhao })] }),
        ...rows.map((r, i) => new Paragraph({
          children: [new TextRun({ text: `${i + 1}. ${r.name}：${r.definition}（依据：${r.source}）`, font: font(FONT.body), size: SIZE.sihao })],
        })),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
