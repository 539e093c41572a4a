/** Results at a glance: their categories, and where their publication stands. */
import type { EChartsOption } from 'echarts';
import { formatCount, formatPercent } from '../format';

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

/** A part narrower than this share of the bar carries no label (on a phone it would run into its neighbours); the legend gives every count. */
const LABEL_MIN_SHARE = 0.15;

export function timelinessOption(t: Timeliness): EChartsOption {
  const total = t.timely + t.latePublished + t.lateUnpublished + t.pending;
  const legendNames = Object.fromEntries(TIMELINESS_PARTS.map(([key, name]) => [name, `${name} ${formatCount(t[key])}`]));
  return {
    tooltip: { trigger: 'item', valueFormatter: (v) => `${formatCount(Number(v))} 条` },
    legend: { bottom: 0, itemGap: 12, formatter: (name: string) => legendNames[name] ?? name },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: false },
    xAxis: { type: 'value', show: false, max: 'dataMax' },
    yAxis: { type: 'category', show: false, data: ['检查结果'] },
    series: TIMELINESS_PARTS.map(([key, name, color]) => ({
      type: 'bar' as const, name, stack: 'all', data: [t[key]], itemStyle: { color }, barWidth: 36,
      label: { show: total > 0 && t[key] / total >= LABEL_MIN_SHARE, formatter: formatCount(t[key]) },
    })),
  };
}

/** The share of each category, one decimal as the office writes percentages (of results, not of categories named). */
export function categoryShares(counts: { name: string; count: number }[]): Record<string, string> {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return Object.fromEntries(counts.map((c) => [c.name, total ? formatPercent(c.count / total) : '—']));
}

/**
 * A ring of result categories. Every category is named with its share in the legend, so no slice
 * needs a label to be read, however small: beside the ring on a wide panel, under it on a phone
 * (the page gives the chart more height there).
 */
/** Ten categories: ECharts' default nine colours would give two of them the same one. */
export const CATEGORY_COLOURS = ['#2e7d32', '#1d4ed8', '#f59e0b', '#c62828', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#6b7280'];

export function categoryPieOption(counts: { name: string; count: number }[]): EChartsOption {
  const shares = categoryShares(counts);
  return {
    baseOption: {
      color: CATEGORY_COLOURS,
      tooltip: { trigger: 'item', valueFormatter: (v) => `${formatCount(Number(v))} 条` },
      legend: { orient: 'vertical', right: 8, top: 'middle', formatter: (name: string) => `${name} ${shares[name] ?? ''}` },
      series: [{
        type: 'pie', radius: ['35%', '65%'], center: ['25%', '50%'], label: { show: false },
        data: counts.map((c) => ({ name: c.name, value: c.count })),
      }],
    },
    media: [{
      query: { maxWidth: 520 },
      option: { legend: { left: 'center', right: 'auto', top: 'auto', bottom: 0 }, series: [{ center: ['50%', '24%'], radius: ['22%', '42%'] }] },
    }],
  };
}
