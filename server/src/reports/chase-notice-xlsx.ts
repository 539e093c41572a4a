/** The chase notice as .xlsx: one sheet per list, the same rows as the .docx, every cell through safe-workbook. */
import type ExcelJS from 'exceljs';
import type { ChaseNotice } from '../oversight/chase-notice';
import { cutOffNote } from './docx-parts';
import { emptyRegistries, noticeTitleLines, publicationRows, REGISTRY_NAMES, taskRows, warningRows } from './chase-notice-text';
import { hubWorkbook } from './safe-workbook';
import { BODY, BORDER, CREATOR, HEADER, LANDSCAPE, writeTitle } from './sheet-style';

interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
  empty: string;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet, title: string, subtitle: string): void {
  const ws = workbook.addWorksheet(sheet.name, { pageSetup: LANDSCAPE });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  writeTitle(ws, sheet.columns.length, title, subtitle);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = HEADER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });
  const rows = sheet.rows.length ? sheet.rows : [[sheet.empty]];
  for (const values of rows) {
    const row = ws.addRow(values);
    row.height = 20;
    sheet.columns.forEach((_c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = BODY;
      cell.alignment = { vertical: 'middle', horizontal: i === 0 ? 'center' : 'left' };
      cell.border = BORDER;
    });
  }
  ws.pageSetup.printTitlesRow = '1:3';
  ws.views = [{ state: 'frozen', ySplit: 3 }];
}

const numbered = (rows: string[][]) => rows.map((r, i) => [i + 1, ...r]);

export function chaseNoticeWorkbook(notice: ChaseNotice): ExcelJS.Workbook {
  const workbook = hubWorkbook();
  workbook.creator = CREATOR;
  const title = noticeTitleLines(notice).join('');
  const subtitle = `部门：${notice.department.name}（${notice.department.code}）；${cutOffNote(notice.asOf)}`;
  const r = notice.registries;
  const empty = new Set(emptyRegistries(notice));
  const sheets: Sheet[] = [
    {
      name: '超期任务', empty: '无超期未完成的抽查任务',
      columns: [{ header: '序号', width: 6 }, { header: '任务编号', width: 20 }, { header: '任务名称', width: 40 }, { header: '本单位', width: 8 },
        { header: '截止日期', width: 13 }, { header: '超期天数', width: 10 }],
      rows: numbered(taskRows(notice)),
    },
    {
      name: '检查结果公示', empty: '无逾期公示或逾期未公示的检查结果',
      columns: [{ header: '序号', width: 6 }, { header: '任务编号', width: 20 }, { header: '检查对象', width: 36 }, { header: '检查日期', width: 13 },
        { header: '公示期限', width: 13 }, { header: '公示日期', width: 13 }],
      rows: numbered(publicationRows(notice)),
    },
    {
      name: '预警', empty: `${notice.leadWorkingDays}个工作日内没有到期的事项`,
      columns: [{ header: '序号', width: 6 }, { header: '事项', width: 16 }, { header: '任务编号', width: 20 }, { header: '任务名称或检查对象', width: 40 },
        { header: '到期日', width: 13 }],
      rows: numbered(warningRows(notice)),
    },
    {
      name: '名录库', empty: '',
      columns: [{ header: '名录库或清单', width: 24 }, { header: '条数', width: 10 }, { header: '情况', width: 16 }],
      rows: (Object.keys(REGISTRY_NAMES) as (keyof typeof REGISTRY_NAMES)[]).map((k) => [REGISTRY_NAMES[k], r[k], empty.has(REGISTRY_NAMES[k]) ? '尚未录入' : '已建立']),
    },
  ];
  for (const sheet of sheets) addSheet(workbook, sheet, title, subtitle);
  return workbook;
}
