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
  { header: '序号', width: 560 }, { header: '任务编号', width: 2300 }, { header: '任务名称', width: 2796, align: 'left' },
  { header: '参与部门', width: 2500, align: 'left' }, { header: '其中逾期的部门', width: 2400, align: 'left' },
  { header: '截止日期', width: 1100 }, { header: '完成日期', width: 1100 },
];
const LATE_COLUMNS: Column[] = [
  { header: '序号', width: 560 }, { header: '检查对象', width: 3096, align: 'left' }, { header: '任务编号', width: 2300 },
  { header: '检查部门', width: 2000, align: 'left' }, { header: '检查日期', width: 1100 }, { header: '公示期限', width: 1100 },
  { header: '公示日期', width: 1100 }, { header: '状态', width: 1500 },
];

/** The facts as the KPI engine saw them at the cut-off (evidence.ts), so the list never disagrees with the figure. */
const fact = (r: AttachmentRow, name: string) => (r.facts?.[name] as string | null | undefined) ?? null;

function overdueRows(data: CircularData): string[][] {
  return data.overdueTasks.map((r, i) => {
    const t = r.record as TaskRecord;
    const participants = data.participants.get(t.code) ?? [];
    const late = participants.filter((p) => p.late)
      .map((p) => `${p.name}（${p.lastInspected === null ? '无检查结果' : p.lastInspected > t.dueOn ? `末次检查${p.lastInspected}` : '未按期完成任务'}）`);
    return [String(i + 1), t.code, t.name, participants.map((p) => (p.initiator ? `${p.name}（发起）` : p.name)).join('、'),
      late.join('、'), t.dueOn, fact(r, 'completedOn') ?? '未完成'];
  });
}

function lateRows(rows: AttachmentRow[]): string[][] {
  return rows.map((r, i) => {
    const x = r.record as InspectionRecord;
    return [String(i + 1), x.subject.name, x.task.code, x.department.name, x.inspectedOn, fact(r, 'deadline') ?? '',
      fact(r, 'publishedOn') ?? '未公示', fact(r, 'status') ?? ''];
  });
}

/** Only the attachments that have rows: an empty list is not sent. */
export function attachments(data: CircularData): Attachment[] {
  return [
    { title: '超期任务清单', count: `${data.overdueTasks.length}个`, columns: OVERDUE_COLUMNS, rows: overdueRows(data) },
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
export function attachmentPages(list: Attachment[], note: string): (Paragraph | ReturnType<typeof table>)[] {
  return list.flatMap((a, i) => [
    new Paragraph({ pageBreakBefore: i > 0, children: [run(`附件${i + 1}`, FONT.heading1, SIZE.sanhao)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run(a.title, FONT.title, XIAOER)] }),
    table(a.columns, a.rows, SIZE.wuhao, note),
  ]);
}
