/** Shared look of the .xlsx reports: named Chinese fonts, thin borders, titles and row heights that print. */
import type ExcelJS from 'exceljs';

export const CREATOR = '“双随机、一公开”监管数据中心';

// Without a name Excel and LibreOffice fall back to Calibri or a serif font, which mixes badly with Chinese text.
export const BODY: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const BOLD: Partial<ExcelJS.Font> = { ...BODY, bold: true };
export const HEADER: Partial<ExcelJS.Font> = { name: '黑体', size: 11 };
export const LINK: Partial<ExcelJS.Font> = { ...BODY, color: { argb: 'FF1D4ED8' }, underline: true };

const thin = { style: 'thin' as const };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A4 landscape on one page wide; narrow margins so the tables print at or near 100%. */
export const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Title in 黑体 and the period line under it, each merged across the table. */
export function writeTitle(sheet: ExcelJS.Worksheet, columns: number, title: string, subtitle: string): void {
  sheet.mergeCells(1, 1, 1, columns);
  sheet.mergeCells(2, 1, 2, columns);
  const put = (row: number, value: string, font: Partial<ExcelJS.Font>) => {
    const cell = sheet.getCell(row, 1);
    cell.value = value;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  put(1, title, { name: '黑体', size: 16 });
  put(2, subtitle, { name: '楷体', size: 12 });
  sheet.getRow(1).height = 30;
  sheet.getRow(2).height = 22;
}

/** Width in Excel's character units at 11 pt: a Chinese character is a little over two. */
export const textWidth = (text: string) => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 2.15 : 1.05), 0);

/** Lines the text needs in a wrapped cell, allowing for the padding and for lines that break short. */
export const linesFor = (text: string, width: number) => Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - 2.5)));

/** Excel does not grow a wrapped row when it opens the file, so the height is set from the line count. */
export const heightFor = (lines: number) => lines * 15 + 6;
