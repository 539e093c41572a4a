/** Results at a glance: their categories, and where their publication stands. */
import type { EChartsOption } from 'echarts';
import { formatCount } from '../format';

export interface Part {
  numerator: number;
  denominator: number | null;
}

export interface Timeliness {
  timely: number;
  latePublished: number;
  lateUnpublished: number;
  pending: number;
}

/**
 * Splits the period's results from the two publication KPIs: every published result is on time or
 * late; the timely rate's denominator leaves out only the unpublished still inside their deadline.
 */
export function timeliness(publication: Part, timelyRate: Part): Timeliness {
  const total = publication.denominator ?? 0;
  const judged = timelyRate.denominator ?? 0;
  return {
    timely: timelyRate.numerator,
    latePublished: publication.numerator - timelyRate.numerator,
    lateUnpublished: judged - publication.numerator,
    pending: total - judged,
  };
}

const TIMELINESS_PARTS: [keyof Timeliness, string, string][] = [
  ['timely', '按时公示', '#2e7d32'],
  ['latePublished', '逾期公示', '#f59e0b'],
  ['lateUnpublished', '超期未公示', '#c62828'],
  ['pending', '期限内未公示', '#9ca3af'],
];

export function timelinessOption(t: Timeliness): EChartsOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v) => `${formatCount(Number(v))} 条` },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: false },
    xAxis: { type: 'value', show: false, max: 'dataMax' },
    yAxis: { type: 'category', show: false, data: ['检查结果'] },
    series: TIMELINESS_PARTS.map(([key, name, color]) => ({
      type: 'bar' as const, name, stack: 'all', data: [t[key]], itemStyle: { color }, barWidth: 36,
      label: { show: t[key] > 0, formatter: formatCount(t[key]) },
    })),
  };
}

export function categoryPieOption(counts: { name: string; count: number }[]): EChartsOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v) => `${formatCount(Number(v))} 条` },
    series: [{
      type: 'pie', radius: ['35%', '65%'], center: ['50%', '50%'],
      // Labels only for slices big enough to carry one; the tooltip names the small ones.
      minShowLabelAngle: 10,
      label: { formatter: '{b}\n{d}%', fontSize: 11 },
      data: counts.map((c) => ({ name: c.name, value: c.count })),
    }],
  };
}
