/**
 * 推进“双随机、一公开”统计表: one row per member department, a row for the departments outside
 * the joint conference (非成员单位) and a row for the whole jurisdiction, every figure taken from
 * the KPI engine (or, for the tasks by role, one set-based query), so that the table and the API
 * cannot disagree. Each column either adds up (members + 非成员单位 = 合计) or counts a joint
 * task once per department taking part; `statisticsNotes` says which, with the numbers.
 */
import { KPI } from '../domain/kpi-keys';
import type { KpiFigure } from '../metrics/scope';
import { departmentKpis, departmentKpiTotals, NON_MEMBER_ROW, type KpiPeriod, type KpiSetting } from '../metrics/operations';
import { sumLine } from '../metrics/totals';
import { countTaskRoles, type TaskRoles } from '../store/repositories/task-roles.repository';
import type { Queryable } from '../store/repositories/sql-filter';

export type StatisticsRowKind = 'MEMBER' | 'NON_MEMBER' | 'TOTAL';

export interface StatisticsRow {
  kind: StatisticsRowKind;
  /** Null for the 非成员单位 and the whole jurisdiction's rows. */
  code: string | null;
  name: string;
  /** On the 非成员单位 row: the names of the departments it holds. */
  holds?: string[];
  /** Member departments' lists only: null on the 非成员单位 row. */
  items: number | null;
  subjects: number;
  inspectorsValid: number | null;
  qualifiedStaff: number | null;
  plans: number;
  tasksOwn: number;
  tasksJointInitiated: number;
  /** A joint task once per cooperating department; the total is the sum of all cooperations. */
  tasksJointJoined: number;
  tasksCreditTiered: number;
  resultsInspected: number;
  resultsWithProblems: number;
  resultsPublished: number;
  resultsPublishedLate: number;
  overdueTasks: number;
}

type Counts = Omit<StatisticsRow, 'kind' | 'code' | 'name' | 'holds'>;
export type StatisticsColumn = keyof Counts;

/**
 * The columns whose rows count a record for every department taking part (a joint task or plan,
 * a subject in several registries), and once in the total. Every other column adds up.
 */
export const ONCE_PER_PARTICIPANT: Partial<Record<StatisticsColumn, string>> = {
  subjects: '检查对象（户）',
  plans: '抽查计划',
  tasksCreditTiered: '信用风险分类',
  overdueTasks: '超期任务',
};

const pick = (figures: KpiFigure[], key: string) => figures.find((f) => f.key === key)!;

function fromFigures(figures: KpiFigure[]): Omit<Counts, 'tasksOwn' | 'tasksJointInitiated' | 'tasksJointJoined' | 'tasksCreditTiered'> {
  const publication = pick(figures, KPI.publicationRate);
  const timely = pick(figures, KPI.timelyPublicationRate);
  const inspectors = pick(figures, KPI.inspectorRegistryRate);
  return {
    items: pick(figures, KPI.itemCoverage).denominator ?? 0,
    subjects: pick(figures, KPI.subjectRegistrySize).numerator,
    inspectorsValid: inspectors.numerator,
    qualifiedStaff: inspectors.denominator ?? 0,
    plans: pick(figures, KPI.plansEnteredOnTime).denominator ?? 0,
    resultsInspected: publication.denominator ?? 0,
    resultsWithProblems: pick(figures, KPI.problemRate).numerator,
    resultsPublished: publication.numerator,
    // Every result published by the day seen is either on time or late.
    resultsPublishedLate: publication.numerator - timely.numerator,
    overdueTasks: pick(figures, KPI.overdueTasks).numerator,
  };
}

const roleCounts = (r: TaskRoles | undefined) => ({
  tasksOwn: r?.own ?? 0, tasksJointInitiated: r?.jointInitiated ?? 0, tasksJointJoined: r?.jointJoined ?? 0, tasksCreditTiered: r?.creditTiered ?? 0,
});

export async function buildStatistics(db: Queryable, setting: KpiSetting, period: KpiPeriod): Promise<StatisticsRow[]> {
  const [departments, roles] = await Promise.all([departmentKpis(db, setting, period), countTaskRoles(db, period)]);
  const totals = await departmentKpiTotals(db, setting, period, departments);
  const roleOf = new Map(roles.map((r) => [r.departmentCode, r]));
  const rows: StatisticsRow[] = [...departments].sort((a, b) => a.code.localeCompare(b.code)).map((d) => ({
    kind: 'MEMBER', code: d.code, name: d.name, ...fromFigures(d.kpis), ...roleCounts(roleOf.get(d.code)),
  }));
  const others = roles.filter((r) => !r.isMember);
  const sumOf = (list: TaskRoles[], key: 'own' | 'jointInitiated' | 'jointJoined') => list.reduce((n, r) => n + r[key], 0);
  rows.push({
    kind: 'NON_MEMBER', code: null, name: NON_MEMBER_ROW, holds: totals.nonMemberDepartments.map((d) => d.name),
    ...fromFigures(totals.nonMember),
    items: null, inspectorsValid: null, qualifiedStaff: null,
    tasksOwn: sumOf(others, 'own'), tasksJointInitiated: sumOf(others, 'jointInitiated'), tasksJointJoined: sumOf(others, 'jointJoined'),
    // The group as one participant, as the engine counts its overdue tasks: a task two non-members share counts once.
    tasksCreditTiered: pick(totals.nonMember, KPI.creditTieredTaskShare).numerator,
  });
  const joint = pick(totals.total, KPI.jointTaskShare);
  rows.push({
    kind: 'TOTAL', code: null, name: '合计（全辖区）', ...fromFigures(totals.total),
    tasksOwn: (joint.denominator ?? 0) - joint.numerator,
    tasksJointInitiated: joint.numerator,
    tasksJointJoined: sumOf(roles, 'jointJoined'),
    tasksCreditTiered: pick(totals.total, KPI.creditTieredTaskShare).numerator,
  });
  return rows;
}

/**
 * The table's footnotes: which departments the 非成员单位 row holds, that the other columns add
 * up, and for each column counted once per participant the sum against the total, with numbers.
 */
export function statisticsNotes(rows: readonly StatisticsRow[]): string[] {
  const members = rows.filter((r) => r.kind === 'MEMBER');
  const nonMember = rows.find((r) => r.kind === 'NON_MEMBER');
  const total = rows.find((r) => r.kind === 'TOTAL');
  if (!nonMember || !total) return [];
  const names = nonMember.holds ?? [];
  const who = names.length ? `（${names.join('、')}）` : '（没有这样的部门）';
  const notes = [
    `注：1. 非成员单位${who}指联席会议成员以外的部门，一行列出其发起或配合的任务、其检查的结果；抽查事项数和执法人员只计成员单位。`,
    '2. 除下条所列各列外，各成员单位之和 + 非成员单位 = 合计；参与联合按配合部门计，合计为配合次数之和。',
  ];
  const lines = (Object.entries(ONCE_PER_PARTICIPANT) as [StatisticsColumn, string][]).map(([column, header]) => {
    const sum = members.reduce((n, r) => n + (r[column] ?? 0), 0);
    const other = nonMember[column] ?? 0;
    const whole = total[column] ?? 0;
    return `${header}：${sumLine(sum, other, sum + other - whole, whole)}`;
  });
  notes.push(`3. 联合抽查任务（计划）在发起部门和每个配合部门各计一次，一户检查对象在登记它的每个部门各计一次，合计中只计一次`
    + `（未登记于任何部门名录库的对象只计入合计）。${lines.join('；')}。`);
  return notes;
}
