/**
 * Evidence as data: one column per fact, named as in the interchange format (docs/数据格式.md),
 * for the Excel export, the GraphQL rows and the circular's attachments alike, so that an
 * evaluator can filter and pivot what the figure counted. Dates are ISO strings typed 'date',
 * counts are numbers typed 'number'; each row links to its record on the dashboard where it has one.
 */
import { ITEM_CATEGORIES, SUBJECT_TYPES } from '../domain/vocabulary';
import type { DepartmentRecord } from '../store/repositories/department.repository';
import type { InspectionItemRecord } from '../store/repositories/inspection-item.repository';
import type { InspectionRecord } from '../store/repositories/inspection.repository';
import type { InspectorRecord } from '../store/repositories/inspector.repository';
import type { PlanRecord } from '../store/repositories/plan.repository';
import type { SubjectRecord } from '../store/repositories/subject.repository';
import type { TaskRecord } from '../store/repositories/task.repository';
import type { EvidenceFacts } from './evidence';
import type { SavedVisitRecord, VisitRecord } from './evidence-records';

export type EvidenceCellType = 'text' | 'date' | 'number';
export type EvidenceCell = string | number | null;

export interface EvidenceColumn {
  header: string;
  type: EvidenceCellType;
  /** Characters, for the workbook. */
  width: number;
}

interface ColumnSpec<R> extends EvidenceColumn {
  value: (record: R, facts: EvidenceFacts) => EvidenceCell;
}

const text = <R>(header: string, width: number, value: ColumnSpec<R>['value']): ColumnSpec<R> => ({ header, type: 'text', width, value });
const date = <R>(header: string, value: ColumnSpec<R>['value']): ColumnSpec<R> => ({ header, type: 'date', width: 12, value });
const number = <R>(header: string, width: number, value: ColumnSpec<R>['value']): ColumnSpec<R> => ({ header, type: 'number', width, value });
const yesNo = (v: unknown) => (v ? '是' : '否');
const names = (list: { name: string }[]) => list.map((d) => d.name).join('、');
const fact = (facts: EvidenceFacts, name: string) => (facts[name] ?? null) as string | null;

interface KindSpec<R> {
  columns: ColumnSpec<R>[];
  link: (record: R) => string | null;
}

const spec = <R>(s: KindSpec<R>) => s as unknown as KindSpec<object>;

const KINDS: Record<string, KindSpec<object>> = {
  INSPECTION: spec<InspectionRecord>({
    columns: [
      text('统一社会信用代码', 20, (r) => r.subject.code), text('检查对象名称', 30, (r) => r.subject.name),
      text('任务编号', 18, (r) => r.task.code), text('任务名称', 30, (r) => r.task.name),
      text('检查部门代码', 12, (r) => r.department.code), text('检查部门', 18, (r) => r.department.name),
      date('检查日期', (r) => r.inspectedOn), date('公示期限', (_r, f) => fact(f, 'deadline')),
      date('公示日期', (_r, f) => fact(f, 'publishedOn')), text('状态', 12, (_r, f) => fact(f, 'status')),
      text('发现问题', 8, (r) => yesNo(r.foundProblem)),
    ],
    link: (r) => `/inspections/${r.id}`,
  }),
  TASK: spec<TaskRecord>({
    columns: [
      text('任务编号', 18, (r) => r.code), text('任务名称', 36, (r) => r.name), text('发起部门', 18, (r) => r.initiator.name),
      text('配合部门', 24, (r) => names(r.cooperators)), date('开始日期', (r) => r.startsOn), date('截止日期', (r) => r.dueOn),
      date('完成日期', (_r, f) => fact(f, 'completedOn')), text('状态', 12, (_r, f) => fact(f, 'status')),
      text('信用风险分类抽查', 10, (r) => yesNo(r.creditTiered)), text('分类抽取情况', 30, (_r, f) => fact(f, 'violations')),
    ],
    link: (r) => `/tasks/${encodeURIComponent(r.code)}`,
  }),
  SUBJECT: spec<SubjectRecord>({
    columns: [
      text('统一社会信用代码', 20, (r) => r.code), text('名称', 30, (r) => r.name), text('主体类型', 14, (r) => SUBJECT_TYPES[r.subjectType]),
      text('行业代码', 10, (r) => r.industryCode), text('行政区划代码', 12, (r) => r.regionCode),
      text('信用风险等级', 10, (r) => r.creditClass), text('入库部门', 24, (r) => names(r.registryDepartments)),
    ],
    // The result browser searches by subject name: the subject's inspections.
    link: (r) => `/inspections?search=${encodeURIComponent(r.name)}`,
  }),
  DEPARTMENT: spec<DepartmentRecord>({
    columns: [
      text('部门代码', 12, (r) => r.code), text('部门名称', 24, (r) => r.name), text('行政区划代码', 12, (r) => r.regionCode),
      number('持证执法人员数', 12, (r) => r.qualifiedStaff), text('联席会议成员', 10, (r) => yesNo(r.isMember)),
      text('期间内参与抽查', 12, (_r, f) => yesNo(f.participates)),
    ],
    link: (r) => `/department/${encodeURIComponent(r.code)}`,
  }),
  INSPECTION_ITEM: spec<InspectionItemRecord>({
    columns: [
      text('事项编码', 16, (r) => r.code), text('事项名称', 36, (r) => r.name), text('部门代码', 12, (r) => r.department.code),
      text('部门名称', 18, (r) => r.department.name), text('事项类别', 8, (r) => ITEM_CATEGORIES[r.category]),
      number('抽查比例上限', 10, (r) => r.ratioCeiling), text('期间内被抽查任务使用', 14, (_r, f) => yesNo(f.covered)),
    ],
    link: (r) => `/department/${encodeURIComponent(r.department.code)}`,
  }),
  INSPECTOR: spec<InspectorRecord>({
    columns: [
      text('执法证号', 18, (r) => r.certificateNo), text('姓名', 10, (r) => r.name), text('部门代码', 12, (r) => r.department.code),
      text('部门名称', 18, (r) => r.department.name), date('执法证有效期至', (r) => r.certificateExpiresOn),
      text('状态', 8, (_r, f) => (f.valid ? '有效' : '已过期')), text('专长', 16, (r) => r.expertise),
    ],
    link: (r) => `/department/${encodeURIComponent(r.department.code)}`,
  }),
  PLAN: spec<PlanRecord>({
    columns: [
      text('计划编号', 18, (r) => r.code), text('计划名称', 36, (r) => r.name), number('年度', 8, (r) => r.year),
      text('发起部门', 18, (r) => r.initiator.name), text('配合部门', 24, (r) => names(r.cooperators)),
      date('录入日期', (r) => r.enteredOn), date('公示日期', (r) => r.publishedOn),
      text('状态', 10, (_r, f) => (f.onTime ? '按时录入' : '逾期录入')),
    ],
    // Plans have no page of their own.
    link: () => null,
  }),
  SAVED_VISIT: spec<SavedVisitRecord>({
    columns: [
      text('任务编号', 18, (r) => r.task.code), text('任务名称', 30, (r) => r.task.name), text('统一社会信用代码', 20, (r) => r.subject.code),
      text('检查对象名称', 30, (r) => r.subject.name), text('配合部门代码', 12, (r) => r.department.code), text('配合部门', 18, (r) => r.department.name),
    ],
    link: (r) => `/tasks/${encodeURIComponent(r.task.code)}`,
  }),
  VISIT: spec<VisitRecord>({
    columns: [
      text('统一社会信用代码', 20, (r) => r.subject.code), text('检查对象名称', 30, (r) => r.subject.name), date('检查日期', (r) => r.inspectedOn),
      number('到场部门数', 10, (r) => r.departments.length), text('检查部门', 36, (r) => names(r.departments)),
      text('任务编号', 24, (r) => r.tasks.map((t) => t.code).join('、')), text('任务名称', 36, (r) => names(r.tasks)),
    ],
    link: (r) => `/visits?subject=${encodeURIComponent(r.subject.code)}`,
  }),
};

export function evidenceColumns(kind: string): EvidenceColumn[] {
  return KINDS[kind].columns.map(({ header, type, width }) => ({ header, type, width }));
}

export function evidenceCells(kind: string, record: object, facts: EvidenceFacts | null): EvidenceCell[] {
  return KINDS[kind].columns.map((c) => {
    const v = c.value(record, facts ?? {});
    return v === '' || v === undefined ? null : v;
  });
}

/** The dashboard path of a row's record. */
export function evidenceLink(kind: string, record: object): string | null {
  return KINDS[kind].link(record);
}
