/**
 * 推进“双随机、一公开”统计表: one row per member department and a row for the whole
 * jurisdiction, every figure taken from the KPI engine (or, for the tasks by role, one
 * set-based query), so that the table and the API cannot disagree.
 */
import type { KpiFigure } from '../metrics/scope';
import { departmentKpis, kpisFor, type KpiPeriod, type KpiSetting } from '../metrics/operations';
import { countTaskRoles } from '../store/repositories/task-roles.repository';
import type { Queryable } from '../store/repositories/sql-filter';

export interface StatisticsRow {
  /** Null for the whole jurisdiction's row. */
  code: string | null;
  name: string;
  items: number;
  subjects: number;
  inspectorsValid: number;
  qualifiedStaff: number;
  plans: number;
  tasksOwn: number;
  tasksJointInitiated: number;
  /** For the whole jurisdiction: cooperations of member departments, a joint task once per cooperator. */
  tasksJointJoined: number;
  tasksCreditTiered: number;
  resultsInspected: number;
  resultsWithProblems: number;
  resultsPublished: number;
  resultsPublishedLate: number;
  overdueTasks: number;
}

const pick = (figures: KpiFigure[], key: string) => figures.find((f) => f.key === key)!;

function fromFigures(figures: KpiFigure[]): Omit<StatisticsRow, 'code' | 'name' | 'tasksOwn' | 'tasksJointInitiated' | 'tasksJointJoined' | 'tasksCreditTiered'> {
  const publication = pick(figures, 'publication_rate');
  const timely = pick(figures, 'timely_publication_rate');
  const inspectors = pick(figures, 'inspector_registry_rate');
  return {
    items: pick(figures, 'item_coverage').denominator ?? 0,
    subjects: pick(figures, 'subject_registry_size').numerator,
    inspectorsValid: inspectors.numerator,
    qualifiedStaff: inspectors.denominator ?? 0,
    plans: pick(figures, 'plans_entered_on_time').denominator ?? 0,
    resultsInspected: publication.denominator ?? 0,
    resultsWithProblems: pick(figures, 'problem_rate').numerator,
    resultsPublished: publication.numerator,
    // Every result published by the day seen is either on time or late.
    resultsPublishedLate: publication.numerator - timely.numerator,
    overdueTasks: pick(figures, 'overdue_tasks').numerator,
  };
}

export async function buildStatistics(db: Queryable, setting: KpiSetting, period: KpiPeriod): Promise<StatisticsRow[]> {
  const [departments, whole, roles] = await Promise.all([
    departmentKpis(db, setting, period),
    kpisFor(db, setting, period, {}),
    countTaskRoles(db, period),
  ]);
  const roleOf = new Map(roles.map((r) => [r.departmentCode, r]));
  const rows: StatisticsRow[] = [...departments].sort((a, b) => a.code.localeCompare(b.code)).map((d) => {
    const r = roleOf.get(d.code);
    return {
      code: d.code, name: d.name, ...fromFigures(d.kpis),
      tasksOwn: r?.own ?? 0, tasksJointInitiated: r?.jointInitiated ?? 0, tasksJointJoined: r?.jointJoined ?? 0, tasksCreditTiered: r?.creditTiered ?? 0,
    };
  });
  const joint = pick(whole, 'joint_task_share');
  rows.push({
    code: null, name: '合计（全辖区）', ...fromFigures(whole),
    tasksOwn: (joint.denominator ?? 0) - joint.numerator,
    tasksJointInitiated: joint.numerator,
    tasksJointJoined: roles.reduce((n, r) => n + r.jointJoined, 0),
    tasksCreditTiered: pick(whole, 'credit_tiered_task_share').numerator,
  });
  return rows;
}
