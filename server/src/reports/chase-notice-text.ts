/** The words and rows of a chase notice, shared by its .docx and .xlsx so the two say the same. */
import type { ChaseNotice } from '../oversight/chase-notice';
import { chineseDate } from './docx-parts';

/** The department is the addressee, so the title stays two short lines however long its name. */
export const noticeTitleLines = (_notice: ChaseNotice) => ['“双随机、一公开”监管工作', '督办通知单'];

/** 任务编号, 任务名称, 牵头/配合, 截止日期, 超期天数. */
export const taskRows = (notice: ChaseNotice): string[][] =>
  notice.overdueTasks.map((t) => [t.taskCode, t.taskName, t.initiator ? '牵头' : '配合', t.dueOn, `${t.daysOverdue}天`]);

/** Unpublished first (oldest first), then those published late. */
export const publicationRows = (notice: ChaseNotice): string[][] =>
  [...notice.unpublished, ...notice.late].map((p) => [p.taskCode, p.subjectName, p.inspectedOn, p.deadline, p.publishedOn ?? '未公示']);

export const warningRows = (notice: ChaseNotice): string[][] =>
  notice.warnings.map((w) => [
    w.inspectionId ? '检查结果公示' : '抽查任务', w.taskCode, w.inspectionId ? (w.subjectName ?? w.subjectCode ?? '') : w.taskName, w.dueOn,
  ]);

export const REGISTRY_NAMES = { subjects: '检查对象名录库', inspectors: '执法检查人员名录库', items: '抽查事项清单' } as const;

export const emptyRegistries = (notice: ChaseNotice): string[] =>
  (Object.keys(REGISTRY_NAMES) as (keyof typeof REGISTRY_NAMES)[]).filter((k) => notice.registries[k] === 0).map((k) => REGISTRY_NAMES[k]);

export function registryText(notice: ChaseNotice, empty: string[]): string {
  const r = notice.registries;
  const counts = `你单位检查对象名录库${r.subjects}户，执法检查人员名录库${r.inspectors}人，抽查事项清单${r.items}项`;
  return empty.length ? `${counts}；其中${empty.join('、')}尚未录入。` : `${counts}。`;
}

export function noticeRequirements(notice: ChaseNotice, empty: string[]): string[] {
  const out: string[] = [];
  if (notice.overdueTasks.length) out.push('超期的抽查任务请尽快完成，完成后在系统中如实录入完成日期。');
  if (notice.unpublished.length || notice.late.length) out.push(`检查结果应自检查之日起${notice.publicationWorkingDays}个工作日内通过国家企业信用信息公示系统公示，未公示的请立即公示。`);
  if (empty.length) out.push(`请尽快建立${empty.join('、')}，并导入数据中心。`);
  out.push('请于整改完成后将整改情况报联席会议办公室。');
  return out;
}
