/** The self-evaluation as .xlsx: one row per indicator, ratios as percentages, a link to its rows. */
import ExcelJS from 'exceljs';
import { formatTarget } from '../domain/format';
import { verdict, type SelfEvaluationRow } from './self-evaluation';

const HEADERS = ['序号', '指标', '数值', '分子', '分母', '目标', '是否达标', '明细条数', '明细链接', '口径'];

export function selfEvaluationWorkbook(rows: SelfEvaluationRow[], title: string, subtitle: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [6, 26, 10, 9, 9, 12, 10, 10, 14, 60].map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, HEADERS.length);
  sheet.getCell(2, 1).value = subtitle;
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const row = sheet.addRow([
      i + 1, r.name, r.value, r.numerator, r.denominator, formatTarget(r.unit, r.comparator, r.target), verdict(r.met),
      r.denominator ?? r.numerator, { text: '查看明细', hyperlink: r.link }, r.definition,
    ]);
    row.getCell(3).numFmt = r.unit === 'RATIO' ? '0.0%' : '#,##0';
    row.getCell(4).numFmt = '#,##0';
    row.getCell(5).numFmt = '#,##0';
    row.getCell(8).numFmt = '#,##0';
    row.getCell(9).font = { color: { argb: 'FF1D4ED8' }, underline: true };
    row.getCell(10).alignment = { wrapText: true, vertical: 'top' };
    if (r.met === false) row.getCell(7).font = { bold: true, color: { argb: 'FFC62828' } };
  });
  return workbook;
}
