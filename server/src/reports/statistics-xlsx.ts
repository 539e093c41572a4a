/** The statistics table as an .xlsx workbook: grouped headers in merged cells, numbers as numbers. */
import ExcelJS from 'exceljs';
import { BODY, BOLD, BORDER, CREATOR, HEADER, heightFor, LANDSCAPE, linesFor, textWidth, writeTitle } from './sheet-style';
import { statisticsNotes, type StatisticsRow } from './statistics';
import { hubWorkbook } from './safe-workbook';

interface Column {
  header: string;
  group?: string;
  width: number;
  value: (row: StatisticsRow, index: number) => number | string | null;
  percent?: boolean;
}

// At 10 pt a header wraps after four characters at width 9, so each breaks where a reader would; the
// five-character ones get a line to themselves. Counts fit in 9 up to five digits; the register of
// subjects runs to six, and its header would break after '（' at any width between.
const COLUMNS: Column[] = [
  { header: '序号', width: 5, value: (r, i) => (r.kind === 'MEMBER' ? i + 1 : '') },
  { header: '成员单位', width: 16, value: (r) => r.name },
  { header: '抽查事项数', width: 11, value: (r) => r.items },
  { header: '检查对象（户）', group: '两库', width: 14, value: (r) => r.subjects },
  { header: '入库执法人员', group: '两库', width: 9, value: (r) => r.inspectorsValid },
  { header: '持证执法人员', group: '两库', width: 9, value: (r) => r.qualifiedStaff },
  { header: '入库率', group: '两库', width: 9, percent: true, value: (r) => (r.qualifiedStaff ? (r.inspectorsValid ?? 0) / r.qualifiedStaff : null) },
  { header: '抽查计划', width: 9, value: (r) => r.plans },
  { header: '本部门单独', group: '抽查任务', width: 11, value: (r) => r.tasksOwn },
  { header: '牵头联合', group: '抽查任务', width: 9, value: (r) => r.tasksJointInitiated },
  { header: '参与联合', group: '抽查任务', width: 9, value: (r) => r.tasksJointJoined },
  { header: '信用风险分类', group: '抽查任务', width: 9, value: (r) => r.tasksCreditTiered },
  { header: '检查户次', group: '检查结果', width: 9, value: (r) => r.resultsInspected },
  { header: '发现问题', group: '检查结果', width: 9, value: (r) => r.resultsWithProblems },
  { header: '已公示', group: '检查结果', width: 8, value: (r) => r.resultsPublished },
  { header: '逾期公示', group: '检查结果', width: 9, value: (r) => r.resultsPublishedLate },
  { header: '超期任务', width: 9, value: (r) => r.overdueTasks },
];

export function statisticsWorkbook(rows: StatisticsRow[], title: string, subtitle: string): ExcelJS.Workbook {
  const workbook = hubWorkbook();
  workbook.creator = CREATOR;
  // The title, the period with its cut-off, and the header on every printed page (LibreOffice drops the rows after a 2:4 range).
  const sheet = workbook.addWorksheet('统计表', { pageSetup: { ...LANDSCAPE, printTitlesRow: '1:4' } });
  const last = COLUMNS.length;
  // The unit column as wide as the longest name needs, within reason; a longer one wraps.
  const nameWidth = Math.min(32, Math.max(COLUMNS[1].width, ...rows.map((r) => Math.ceil(textWidth(r.name) + 3))));
  const widths = COLUMNS.map((c, i) => (i === 1 ? nameWidth : c.width));
  sheet.columns = widths.map((width) => ({ width }));
  writeTitle(sheet, last, title, subtitle);
  // Rows 3–4: a group's name over its columns; a column without a group spans both rows.
  COLUMNS.forEach((c, i) => {
    const col = i + 1;
    if (!c.group) {
      sheet.mergeCells(3, col, 4, col);
      sheet.getCell(3, col).value = c.header;
    } else {
      sheet.getCell(4, col).value = c.header;
      if (COLUMNS[i - 1]?.group !== c.group) {
        let end = i;
        while (COLUMNS[end + 1]?.group === c.group) end += 1;
        sheet.mergeCells(3, col, 3, end + 1);
        sheet.getCell(3, col).value = c.group;
      }
    }
  });
  for (const r of [3, 4]) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...HEADER, size: 10 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  }
  sheet.getRow(3).height = 22;
  sheet.getRow(4).height = 36; // two lines
  rows.forEach((row, index) => {
    const excelRow = sheet.addRow(COLUMNS.map((c) => c.value(row, index)));
    excelRow.height = heightFor(linesFor(row.name, nameWidth)) + 2;
    COLUMNS.forEach((c, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.numFmt = c.percent ? '0.0%' : i >= 2 ? '#,##0' : '@';
      cell.font = row.kind === 'TOTAL' ? BOLD : BODY;
      cell.alignment = i === 0 ? { vertical: 'middle', horizontal: 'center' }
        : i === 1 ? { vertical: 'middle', horizontal: 'left', wrapText: true } : { vertical: 'middle', horizontal: 'right' };
    });
  });
  for (let r = 3; r <= sheet.rowCount; r += 1) {
    for (let c = 1; c <= last; c += 1) sheet.getCell(r, c).border = BORDER;
  }
  // Footnotes below the table, one merged row each, saying how each column meets the total.
  for (const note of statisticsNotes(rows)) {
    const excelRow = sheet.addRow([note]);
    sheet.mergeCells(excelRow.number, 1, excelRow.number, last);
    const cell = excelRow.getCell(1);
    cell.font = { ...BODY, size: 10 };
    cell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    const width = widths.reduce((n, w) => n + w, 0);
    excelRow.height = heightFor(linesFor(note, width * 0.9));
  }
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  return workbook;
}
