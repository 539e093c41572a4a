/** The frame every official document shares (GB/T 9704): page, fonts, page numbers and the 版头. */
import { AlignmentType, BorderStyle, Document, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { pageNumberFooters, run } from './docx-parts';
import { FONT, font, PAGE, SIZE } from './official-style';

export interface Letterhead {
  /** The issuing office, printed in red at the top. */
  office: string;
  /** 文号; empty leaves the line blank under the office's name. */
  number: string;
  /** The document's title, for its properties. */
  title: string;
}

/** 版头: the issuing office in red, the number below, a red rule under both. */
function letterhead(head: Letterhead): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: head.office, font: font(FONT.title), size: SIZE.erhao, color: 'C00000' })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 8 } },
      children: [run(head.number, FONT.body, SIZE.sanhao)],
    }),
  ];
}

/**
 * A document whose first section is portrait A4 with the letterhead over `children`; `more`
 * sections (the circular's landscape attachments) follow as given.
 */
export function officialDocument(head: Letterhead, children: ISectionOptions['children'], more: ISectionOptions[] = []): Document {
  return new Document({
    creator: head.office,
    title: head.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.sanhao } } } },
    sections: [{
      properties: { page: { size: PAGE.size, margin: PAGE.margin } },
      footers: pageNumberFooters(),
      children: [...letterhead(head), ...children],
    }, ...more],
  });
}
