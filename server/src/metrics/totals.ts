import { BASE_SETS } from './base-sets';
import type { KpiDefinition } from './definitions';

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
  const why = repeated ? BASE_SETS[kpi.numerator.base].repeated ?? (kpi.denominator ? BASE_SETS[kpi.denominator.base].repeated : undefined) : undefined;
  return `${kpi.name}：${lines.join('；')}${why ? `（${why}）` : ''}`;
}
