/**
 * The building blocks of an official document (GB/T 9704) as docx objects: title, body and
 * heading paragraphs, fixed tables that fit the type area, pictures, page numbers, the signature.
 */
import {
  AlignmentType, ExternalHyperlink, Footer, ImageRun, LineRuleType, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType,
} from 'docx';
import type { ChartImage } from './chart-images';
import { FONT, font, SIZE } from './official-style';

/** 小五, for the wide tables. */
const SMALL = 18;
/** One character of 三号 (16 pt), the body's unit for indents. */
const CHAR = 320;
const LINE = { line: 560, lineRule: 'exact' as const };

export const run = (text: string, fontName: string, size: number, bold = false) => new TextRun({ text, font: font(fontName), size, bold });

/** Body text: 仿宋 三号, first line indented two characters, justified, 28 pt lines. */
export const body = (text: string) => new Paragraph({
  alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, spacing: LINE, children: [run(text, FONT.body, SIZE.sanhao)],
});

/** A first-level heading in 黑体, kept on the page of what follows it. */
/** What every document and table says of its figures: the day they were counted to. */
export const cutOffNote = (asOf: string) => `数据截至${chineseDate(asOf)}`;

export const heading = (text: string) => new Paragraph({
  keepNext: true, indent: { firstLine: 2 * CHAR }, spacing: LINE, children: [run(text, FONT.heading1, SIZE.sanhao)],
});

/** The title in 方正小标宋简体 二号, broken where the office would break it. */
export const title = (lines: string[]) => new Paragraph({
  alignment: AlignmentType.CENTER, spacing: { after: 480 },
  children: lines.map((text, i) => new TextRun({ text, font: font(FONT.title), size: SIZE.erhao, break: i > 0 ? 1 : 0 })),
});

export type Align = 'left' | 'center' | 'right';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

/**
 * Table text: Chinese in 仿宋, digits and codes in Times New Roman, whose narrow figures keep
 * "100.0%" and dates on one line in every office suite (a substitute 仿宋 may have wide ones).
 */
const TABLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: FONT.body };

/** What a cell holds: text ("\n" breaks a line, as where a header's words part), bold text, or a link. */
export type CellContent = string | { text: string; bold?: boolean; link?: string };

function cell(content: CellContent, width: number, align: Align, header: boolean, size: number) {
  const { text, bold = header, link } = typeof content === 'string' ? { text: content } : content;
  const runs = text.split('\n').map((line, i) => new TextRun({
    text: line, font: TABLE_FONT, size, bold, break: i > 0 ? 1 : 0, style: link ? 'Hyperlink' : undefined,
  }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 30, right: 30 },
    verticalAlign: VerticalAlign.CENTER,
    // Lines of a multi-line cell at an exact height, so that they line up across its row's columns
    // whether they hold Chinese or only digits.
    children: [new Paragraph({
      alignment: ALIGN[header ? 'center' : align],
      spacing: !header && text.includes('\n') ? { line: Math.round(size * 14), lineRule: LineRuleType.EXACT } : undefined,
      children: link ? [new ExternalHyperlink({ link, children: runs })] : runs })],
  });
}

export interface Column {
  header: string;
  /** Twips; a table's columns add up to the type area: 8,844 on a portrait page, 12,756 on a landscape one. */
  width: number;
  align?: Align;
}

/**
 * A fixed-layout table whose header repeats on every page and whose rows never split; 小五 unless
 * told. A note (the cut-off date) heads it across all columns and repeats with the header.
 */
export function table(columns: Column[], rows: CellContent[][], size = SMALL, note?: string): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const noteRow = note === undefined ? [] : [new TableRow({
    tableHeader: true, cantSplit: true,
    children: [new TableCell({
      width: { size: total, type: WidthType.DXA }, columnSpan: columns.length, margins: { left: 60, right: 60 },
      children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: note, font: TABLE_FONT, size })] })],
    })],
  })];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    rows: [
      ...noteRow,
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, c.width, 'center', true, size)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((content, i) => cell(content, columns[i].width, columns[i].align ?? 'center', false, size)) })),
    ],
  });
}

/** A picture across the type area (156 mm ≈ 590 px at 96 dpi), centred, with its caption. */
export function figure(image: ChartImage, caption: string): Paragraph[] {
  const width = 590;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER, keepNext: true,
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height: Math.round((width * image.height) / image.width) } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(caption, FONT.heading2, SIZE.sihao)] }),
  ];
}

/** Page numbers as GB/T 9704 sets them: “— 1 —” in 宋体 四号, odd pages right, even pages left, one character in. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const number = (alignment: 'right' | 'left') => new Footer({
    children: [new Paragraph({
      alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: alignment === 'right' ? { right: 280 } : { left: 280 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZE.sihao })],
    })],
  });
  return { default: number('right'), even: number('left') };
}

/** 2026年9月5日: the year, month and day in full, with no padding zeros. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Width in characters of the body font: Latin letters and digits take half. */
const widthInChars = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);

/**
 * The issuing office over the date (成文日期), one blank line below the text: the date four
 * characters in from the right, the office centred over it (as for a sealed document).
 */
export function signature(office: string, isoDate: string): Paragraph[] {
  const date = chineseDate(isoDate);
  const dateRight = 4 * CHAR;
  const officeRight = Math.max(0, Math.round(dateRight + ((widthInChars(date) - widthInChars(office)) / 2) * CHAR));
  const line = (text: string, right: number, before = 0) => new Paragraph({
    alignment: AlignmentType.RIGHT, indent: { right }, spacing: { ...LINE, before }, keepNext: true, children: [run(text, FONT.body, SIZE.sanhao)],
  });
  return [line(office, officeRight, 560), line(date, dateRight)];
}
