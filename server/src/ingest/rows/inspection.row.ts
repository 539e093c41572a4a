import { FOLLOW_UPS, INSPECTION_METHODS, RESULT_CATEGORIES, type FollowUp, type InspectionMethod, type ResultCategory } from '../../domain/vocabulary';
import type { RowReader } from '../cells';

export interface InspectionRow {
  taskCode: string;
  subjectCode: string;
  departmentCode: string;
  inspectedOn: string | null;
  methods: InspectionMethod[];
  categories: ResultCategory[];
  publishedOn: string | null;
  followUp: FollowUp | null;
  inspectors: string[];
}

export function readInspection(r: RowReader): InspectionRow | null {
  const taskCode = r.code('任务编号', { required: true });
  // Credit codes are stored upper-case; an 18-char code typed in lower case still matches.
  const subjectCode = r.code('统一社会信用代码', { required: true });
  const departmentCode = r.code('检查部门代码', { required: true });
  const row = {
    inspectedOn: r.date('检查日期', { required: true }),
    methods: r.choices('检查方式', INSPECTION_METHODS, { required: true }),
    categories: r.choices('检查结果', RESULT_CATEGORIES, { required: true }),
    publishedOn: r.date('公示日期'),
    followUp: r.choice('后续处置', FOLLOW_UPS),
    inspectors: r.codes('检查人员执法证号'),
  };
  if (row.inspectedOn && row.publishedOn && row.publishedOn < row.inspectedOn) {
    r.error('公示日期', `公示日期早于检查日期 ${row.inspectedOn}`);
  }
  if (row.categories.includes('NO_PROBLEM') && row.categories.length > 1) {
    r.warn('检查结果', '「未发现问题」与其他结果类别同时填写');
  }
  if (taskCode === null || subjectCode === null || departmentCode === null) return null;
  return { taskCode, subjectCode: /^[0-9a-z]{18}$/i.test(subjectCode) ? subjectCode.toUpperCase() : subjectCode, departmentCode, ...row };
}
