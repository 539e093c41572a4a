import ExcelJS from 'exceljs';
import { KINDS } from './kinds';
import { hubWorkbook } from '../reports/safe-workbook';

/** Sheets with these names hold instructions, not data; the importer passes them over. */
export const INSTRUCTIONS_SHEET = '填写说明';

/**
 * The office's template workbook: one sheet per kind with the exact headers (required ones in
 * red, each with a note saying what to fill in), cells formatted as text so Excel keeps leading
 * zeros and long codes, and a sheet of instructions.
 */
export function buildTemplateWorkbook(): ExcelJS.Workbook {
  const workbook = hubWorkbook();
  workbook.creator = '双随机、一公开监管数据中心';
  const guide = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  guide.columns = [{ width: 16 }, { width: 22 }, { width: 8 }, { width: 70 }];
  guide.addRow(['数据类别（工作表名）', '列名', '必填', '填写要求']).font = { bold: true };
  for (const kind of KINDS) {
    for (const column of kind.columns) guide.addRow([kind.name, column.header, column.required ? '是' : '', column.hint]);
  }
  guide.addRow([]);
  guide.addRow(['说明', '多个值用英文分号 ; 或中文分号 ； 分隔；代码类列表（入库部门、配合部门代码、抽查事项编码、检查人员执法证号）也可用 、 或 , 分隔。日期写作 2024-03-05 或 2024/3/5，或使用 Excel 日期格式。']);
  for (const kind of KINDS) {
    const sheet = workbook.addWorksheet(kind.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = kind.columns.map((column) => ({
      header: column.header,
      width: Math.max(12, column.header.length * 2 + 4),
      style: { numFmt: '@' },
    }));
    kind.columns.forEach((column, i) => {
      const cell = sheet.getRow(1).getCell(i + 1);
      cell.font = { bold: true, color: { argb: column.required ? 'FFC00000' : 'FF000000' } };
      cell.note = `${column.required ? '必填。' : ''}${column.hint}`;
    });
  }
  return workbook;
}
