import type { KpiDefinition } from './definitions';

/** What the rows of a league table count more than once, in the words of a footnote. */
const REPEATED_BY_BASE: Record<string, string> = {
  task: '联合抽查任务在发起部门和每个配合部门各计一次，合计中只计一次',
  saved_visit: '联合抽查任务在发起部门和每个配合部门各计一次，合计中只计一次',
  plan: '联合抽查计划在发起部门和每个配合部门各计一次，合计中只计一次',
  subject: '一户检查对象登记于几个部门的名录库，就在这几个部门各计一次，合计中只计一次；未登记于任何部门名录库的对象只计入合计',
  item: '事项被其所属部门未参与的任务使用时，计入合计而不计入所属部门',
};

/** `a + b − r = c` with the numbers, the `− r` left out when nothing is counted twice. */
export function sumLine(members: number, nonMember: number, repeated: number, total: number): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const minus = repeated === 0 ? '' : repeated > 0 ? ` − 重复计数 ${fmt(repeated)}` : ` + 只计入合计的 ${fmt(-repeated)}`;
  return `各成员单位之和 ${fmt(members)} + 非成员单位 ${fmt(nonMember)}${minus} = 合计 ${fmt(total)}`;
}

/** The footnote of one KPI's column: how its member rows, the 非成员单位 row and the total relate. */
export function reconciliationNote(
  kpi: KpiDefinition,
  parts: { label: string; members: number; nonMember: number; repeated: number; total: number }[],
): string {
  const lines = parts.map((p) => `${parts.length > 1 ? `${p.label}：` : ''}${sumLine(p.members, p.nonMember, p.repeated, p.total)}`);
  const repeated = parts.some((p) => p.repeated !== 0);
  const why = repeated ? REPEATED_BY_BASE[kpi.numerator.base] ?? REPEATED_BY_BASE[kpi.denominator?.base ?? ''] : undefined;
  return `${kpi.name}：${lines.join('；')}${why ? `（${why}）` : ''}`;
}
