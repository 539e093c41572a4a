/** The circular's attachments: the overdue tasks and the late or missing publications, row by row. */
import { AlignmentType, Paragraph } from 'docx';
import type { InspectionRecord } from '../store/repositories/inspection.repository';
import type { TaskRecord } from '../store/repositories/task.repository';
import type { AttachmentRow, CircularData } from './circular-data';
import { run, table, type Column } from './docx-parts';
import { FONT, SIZE } from './official-style';

/** 小二 (18 pt), the attachments' titles. */
const XIAOER = 36;

interface Attachment {
  title: string;
  count: string;
  columns: Column[];
  rows: string[][];
}

// On landscape pages (12,756 twips across), so that codes and dates stay on one line whatever font prints them.
const OVERDUE_COLUMNS: Column[] = [
  { header: '序号', width: 600 }, { header: '任务编号', width: 2200 }, { header: '任务名称', width: 5356, align: 'left' },
  { header: '发起部门', width: 2000, align: 'left' }, { header: '截止日期', width: 1300 }, { header: '完成日期', width: 1300 },
];
const LATE_COLUMNS: Column[] = [
  { header: '序号', width: 600 }, { header: '检查对象', width: 3800, align: 'left' }, { header: '任务编号', width: 2300 },
  { header: '检查部门', width: 2356, align: 'left' }, { header: '检查日期', width: 1200 }, { header: '公示期限', width: 1200 },
  { header: '公示日期', width: 1300 },
];

/**
 * The publication deadline (20 working days after the inspection, by the configured calendar) is
 * worked out by the KPI engine in SQL and travels in the evidence note; it is read from there so
 * that the attachment can never disagree with the figure it explains.
 */
const deadlineIn = (note: string | null) => /公示期限 (\d{4}-\d{2}-\d{2})/.exec(note ?? '')?.[1] ?? '';

function overdueRows(rows: AttachmentRow[]): string[][] {
  return rows.map((r, i) => {
    const t = r.record as TaskRecord;
    return [String(i + 1), t.code, t.name, t.initiator.name, t.dueOn, t.completedOn ?? '未完成'];
  });
}

function lateRows(rows: AttachmentRow[]): string[][] {
  return rows.map((r, i) => {
    const x = r.record as InspectionRecord;
    return [String(i + 1), x.subject.name, x.task.code, x.department.name, x.inspectedOn, deadlineIn(r.note), x.publishedOn ?? '未公示'];
  });
}

/** Only the attachments that have rows: an empty list is not sent. */
export function attachments(data: CircularData): Attachment[] {
  return [
    { title: '超期任务清单', count: `${data.overdueTasks.length}个`, columns: OVERDUE_COLUMNS, rows: overdueRows(data.overdueTasks) },
    { title: '逾期公示或超期未公示的检查结果清单', count: `${data.latePublications.length}条`, columns: LATE_COLUMNS, rows: lateRows(data.latePublications) },
  ].filter((a) => a.rows.length > 0);
}

/**
 * 附件说明 under the text: "附件：1. …" two characters in, the later numbers under the first, a
 * long name's second line under the name's first character.
 */
export function attachmentNote(list: Attachment[]): Paragraph[] {
  return list.map((a, i) => new Paragraph({
    indent: { left: 6 * 320, hanging: (i === 0 ? 4 : 1) * 320 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [run(`${i === 0 ? '附件：' : ''}${i + 1}. ${a.title}（${a.count}）`, FONT.body, SIZE.sanhao)],
  }));
}

/** Each attachment on its own pages (its section starts the first): 附件N in 黑体 at the top left, its title, its table. */
export function attachmentPages(list: Attachment[]): (Paragraph | ReturnType<typeof table>)[] {
  return list.flatMap((a, i) => [
    new Paragraph({ pageBreakBefore: i > 0, children: [run(`附件${i + 1}`, FONT.heading1, SIZE.sanhao)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run(a.title, FONT.title, XIAOER)] }),
    table(a.columns, a.rows, SIZE.wuhao),
  ]);
}
