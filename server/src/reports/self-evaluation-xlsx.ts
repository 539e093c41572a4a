/** The self-evaluation as .xlsx: one row per indicator, ratios as percentages, a link to its rows. */
import ExcelJS from 'exceljs';
import { targetText, verdict, type SelfEvaluationRow } from './self-evaluation';
import { BODY, BOLD, BORDER, CREATOR, HEADER, heightFor, LANDSCAPE, linesFor, LINK, writeTitle } from './sheet-style';
import { hubWorkbook } from './safe-workbook';

type Align = 'left' | 'center' | 'right';
interface Column { header: string; width: number; align: Align }

const COLUMNS: Column[] = [
  { header: '序号', width: 5, align: 'center' },
  { header: '指标', width: 27, align: 'left' },
  { header: '数值', width: 10, align: 'right' },
  { header: '分子', width: 10, align: 'right' },
  { header: '分母', width: 10, align: 'right' },
  { header: '目标', width: 12, align: 'center' },
  { header: '是否达标', width: 10, align: 'center' },
  { header: '明细条数', width: 10, align: 'right' },
  { header: '明细链接', width: 11, align: 'center' },
];

// The definitions run to a hundred characters each; beside the figures they made every row tall and the
// page shrink to fit, so they get a sheet of their own with wide wrapped columns.
const NOTES: Column[] = [
  { header: '序号', width: 5, align: 'center' },
  { header: '指标', width: 26, align: 'left' },
  { header: '口径', width: 60, align: 'left' },
  { header: '依据', width: 42, align: 'left' },
];

function table(sheet: ExcelJS.Worksheet, columns: Column[], title: string, subtitle: string): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  writeTitle(sheet, columns.length, title, subtitle);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = HEADER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });
  // The title and the period and cut-off line repeat with the header on every printed page (LibreOffice loses rows after a 2:3 range).
  sheet.pageSetup.printTitlesRow = '1:3';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
}

function addRow(sheet: ExcelJS.Worksheet, columns: Column[], values: ExcelJS.CellValue[], wrap = false): ExcelJS.Row {
  const row = sheet.addRow(values);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = BODY;
    cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: wrap };
    cell.border = BORDER;
  });
  if (wrap) row.height = heightFor(Math.max(...values.map((v, i) => linesFor(String(v ?? ''), columns[i].width))));
  else row.height = 20;
  return row;
}

export function selfEvaluationWorkbook(rows: SelfEvaluationRow[], title: string, subtitle: string): ExcelJS.Workbook {
  const workbook = hubWorkbook();
  workbook.creator = CREATOR;
  const sheet = workbook.addWorksheet('自评表', { pageSetup: LANDSCAPE });
  table(sheet, COLUMNS, title, subtitle);
  rows.forEach((r, i) => {
    const row = addRow(sheet, COLUMNS, [
      i + 1, r.name, r.value, r.numerator, r.denominator, targetText(r), verdict(r.met),
      r.denominator ?? r.numerator, { text: '查看明细', hyperlink: r.link },
    ]);
    row.getCell(3).numFmt = r.unit === 'RATIO' ? '0.0%' : '#,##0';
    for (const c of [4, 5, 8]) row.getCell(c).numFmt = '#,##0';
    row.getCell(9).font = LINK;
    if (r.met === false) row.getCell(7).font = { ...BOLD, color: { argb: 'FFC62828' } };
  });
  const notes = workbook.addWorksheet('指标口径', { pageSetup: LANDSCAPE });
  table(notes, NOTES, '指标口径说明', subtitle);
  rows.forEach((r, i) => addRow(notes, NOTES, [i + 1, r.name, r.definition, r.source], true));
  return workbook;
}
