/** Numbers and periods as the office writes them: percent with one decimal, thousands separated. */

export type KpiUnit = 'RATIO' | 'COUNT';

const thousands = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** 0.8567 → 85.7%; null (no denominator) → —. Rounded half away from zero, as by hand. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const tenths = Math.round(Math.abs(value) * 1000 + 1e-9) * Math.sign(value);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** 1234567 → 1,234,567. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return thousands.format(value);
}

export function formatValue(unit: KpiUnit, value: number | null | undefined): string {
  return unit === 'RATIO' ? formatPercent(value) : formatCount(value);
}

/** The target as the office states it: 目标 ≥ 100.0%, 目标 > 80.0%, 目标 ≤ 0, or 无目标. */
export function formatTarget(unit: KpiUnit, comparator: string | null, target: number | null): string {
  return comparator === null || target === null ? '无目标' : `目标 ${formatBound(unit, comparator, target)}`;
}

/** A target as a table cell under the heading 目标 says it: ≥ 100.0%, ≤ 0. */
export function formatBound(unit: KpiUnit, comparator: string, target: number): string {
  const sign = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' }[comparator] ?? comparator;
  return `${sign} ${formatValue(unit, target)}`;
}

/** A change between two ratios in percentage points, or two counts: +2.3 个百分点, −5. */
export function formatChange(unit: KpiUnit, now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const minus = '−';
  if (unit === 'RATIO') {
    const points = Math.round((now - before) * 1000) / 10;
    if (points === 0) return '持平';
    return `${points > 0 ? '+' : minus}${Math.abs(points).toFixed(1)} 个百分点`;
  }
  const diff = now - before;
  if (diff === 0) return '持平';
  return `${diff > 0 ? '+' : minus}${thousands.format(Math.abs(diff))}`;
}

/** A target as a sentence says it: 目标为高于80.0%, 目标为不超过0. */
export function targetInWords(unit: KpiUnit, comparator: string | null, target: number | null): string {
  if (comparator === null || target === null) return '无目标';
  const words = { '>': '高于', '>=': '不低于', '<': '低于', '<=': '不超过' }[comparator] ?? comparator;
  return `目标为${words}${formatValue(unit, target)}`;
}

/** A change as a sentence says it: 提高5.9个百分点, 下降0.4个百分点, 增加12, 持平. */
export function changeInWords(unit: KpiUnit, now: number | null, before: number | null): string {
  if (now === null || before === null) return '无可比数据';
  if (unit === 'RATIO') {
    const points = Math.round((now - before) * 1000) / 10;
    return points === 0 ? '持平' : `${points > 0 ? '提高' : '下降'}${Math.abs(points).toFixed(1)}个百分点`;
  }
  const diff = now - before;
  return diff === 0 ? '持平' : `${diff > 0 ? '增加' : '减少'}${thousands.format(Math.abs(diff))}`;
}
