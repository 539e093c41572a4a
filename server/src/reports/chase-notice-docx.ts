/** The chase notice (督办通知单) to one department as .docx, in the official style of the circular. */
import { Packer, Paragraph } from 'docx';
import type { ChaseNotice } from '../oversight/chase-notice';
import { body, chineseDate, cutOffNote, heading, run, signature, table, title, type CellContent, type Column } from './docx-parts';
import { officialDocument } from './official-document';
import { emptyRegistries, noticeRequirements, noticeTitleLines, publicationRows, registryText, taskRows, warningRows } from './chase-notice-text';
import { FONT, SIZE } from './official-style';

export interface NoticeText {
  office: string;
  /** 文号; empty leaves the line blank under the office's name. */
  number: string;
  /** 成文日期, YYYY-MM-DD. */
  dated: string;
}

// Portrait type area: 8,844 twips.
const TASK_COLUMNS: Column[] = [
  { header: '序号', width: 600 }, { header: '任务编号', width: 1600, align: 'left' }, { header: '任务名称', width: 3544, align: 'left' },
  { header: '本单位', width: 800 }, { header: '截止日期', width: 1300 }, { header: '超期\n天数', width: 1000 },
];
const PUBLICATION_COLUMNS: Column[] = [
  { header: '序号', width: 600 }, { header: '任务编号', width: 1500, align: 'left' }, { header: '检查对象', width: 3044, align: 'left' },
  { header: '检查日期', width: 1200 }, { header: '公示期限', width: 1200 }, { header: '公示日期', width: 1300 },
];
const WARNING_COLUMNS: Column[] = [
  { header: '序号', width: 600 }, { header: '事项', width: 1500 }, { header: '任务编号', width: 1500, align: 'left' },
  { header: '任务名称或检查对象', width: 3944, align: 'left' }, { header: '到期日', width: 1300 },
];

const withNumbers = (rows: string[][]): CellContent[][] => rows.map((r, i) => [String(i + 1), ...r]);

export async function chaseNoticeDocx(notice: ChaseNotice, text: NoticeText): Promise<Buffer> {
  const note = cutOffNote(notice.asOf);
  const tasks = taskRows(notice);
  const publications = publicationRows(notice);
  const warnings = warningRows(notice);
  const empty = emptyRegistries(notice);
  const document = officialDocument({ office: text.office, number: text.number, title: noticeTitleLines(notice).join('') }, [
    title(noticeTitleLines(notice)),
    new Paragraph({ children: [run(`${notice.department.name}：`, FONT.body, SIZE.sanhao)] }),
    body(`经核查，截至${chineseDate(notice.asOf)}，你单位在“双随机、一公开”监管工作中有以下事项需要督办，请逐项核实、抓紧整改。`),
    heading('一、超期未完成的抽查任务'),
    ...(tasks.length
      ? [body(`你单位牵头或参与的抽查任务中，已过截止日期仍未完成的共${tasks.length}个：`), table(TASK_COLUMNS, withNumbers(tasks), undefined, note)]
      : [body('无。')]),
    heading('二、逾期公示和逾期未公示的检查结果'),
    body(`已过公示期限（检查之日起${notice.publicationWorkingDays}个工作日）仍未公示的检查结果${notice.unpublished.length}条；`
      + `${chineseDate(notice.lateSince)}以来检查、超过公示期限才公示的${notice.late.length}条${publications.length ? '：' : '。'}`),
    ...(publications.length ? [table(PUBLICATION_COLUMNS, withNumbers(publications), undefined, note)] : []),
    heading('三、即将到期的事项'),
    ...(warnings.length
      ? [body(`以下${warnings.length}项将在${notice.leadWorkingDays}个工作日内（至${chineseDate(notice.windowEnd)}）到期，请提前安排：`),
        table(WARNING_COLUMNS, withNumbers(warnings), undefined, note)]
      : [body(`${notice.leadWorkingDays}个工作日内（至${chineseDate(notice.windowEnd)}）没有到期的检查结果公示和抽查任务。`)]),
    heading('四、名录库和抽查事项清单'),
    body(registryText(notice, empty)),
    heading('五、工作要求'),
    ...noticeRequirements(notice, empty).map(body),
    ...signature(text.office, text.dated),
  ]);
  return Packer.toBuffer(document);
}
