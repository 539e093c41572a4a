/** The statistics table as an .xlsx workbook: grouped headers in merged cells, numbers as numbers. */
import ExcelJS from 'exceljs';
import type { StatisticsRow } from './statistics';

interface Column {
  header: string;
  group?: string;
  width: number;
  value: (row: StatisticsRow, index: number) => number | string | null;
  percent?: boolean;
}

const COLUMNS: Column[] = [
  { header: '序号', width: 6, value: (r, i) => (r.code === null ? '' : i + 1) },
  { header: '成员单位', width: 28, value: (r) => r.name },
  { header: '抽查事项数', width: 10, value: (r) => r.items },
  { header: '检查对象（户）', group: '两库', width: 12, value: (r) => r.subjects },
  { header: '入库执法人员', group: '两库', width: 11, value: (r) => r.inspectorsValid },
  { header: '持证执法人员', group: '两库', width: 11, value: (r) => r.qualifiedStaff },
  { header: '入库率', group: '两库', width: 9, percent: true, value: (r) => (r.qualifiedStaff ? r.inspectorsValid / r.qualifiedStaff : null) },
  { header: '抽查计划', width: 9, value: (r) => r.plans },
  { header: '本部门单独', group: '抽查任务', width: 10, value: (r) => r.tasksOwn },
  { header: '牵头联合', group: '抽查任务', width: 9, value: (r) => r.tasksJointInitiated },
  { header: '参与联合', group: '抽查任务', width: 9, value: (r) => r.tasksJointJoined },
  { header: '信用风险分类', group: '抽查任务', width: 11, value: (r) => r.tasksCreditTiered },
  { header: '检查户次', group: '检查结果', width: 9, value: (r) => r.resultsInspected },
  { header: '发现问题', group: '检查结果', width: 9, value: (r) => r.resultsWithProblems },
  { header: '已公示', group: '检查结果', width: 8, value: (r) => r.resultsPublished },
  { header: '逾期公示', group: '检查结果', width: 9, value: (r) => r.resultsPublishedLate },
  { header: '超期任务', width: 9, value: (r) => r.overdueTasks },
];

export function statisticsWorkbook(rows: StatisticsRow[], title: string, subtitle: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('统计表', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const last = COLUMNS.length;
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = subtitle;
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
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
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  }
  rows.forEach((row, index) => {
    const excelRow = sheet.addRow(COLUMNS.map((c) => c.value(row, index)));
    COLUMNS.forEach((c, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.numFmt = c.percent ? '0.0%' : i >= 2 ? '#,##0' : '@';
    });
    if (row.code === null) excelRow.font = { bold: true };
  });
  const thin = { style: 'thin' as const };
  for (let r = 3; r <= sheet.rowCount; r += 1) {
    for (let c = 1; c <= last; c += 1) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  return workbook;
}
