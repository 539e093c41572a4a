/** Monthly trend lines of ratios (联合抽查占比, 信用风险分类抽查任务占比), with the target as a dashed line. */
import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format';

export interface TrendSeries {
  name: string;
  /** One value per label; null where a month has no denominator. */
  values: (number | null)[];
  target?: number | null;
}

const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const targetPercent = (v: number) => Math.round(v * 1000) / 10;

/** With `fit`, the axis starts at the tens below the lowest value, so that 95%–100% is not a flat line. */
export function trendOption(labels: string[], series: TrendSeries[], fit = false): EChartsOption {
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v / 100) : '—'),
    },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 48, right: 84, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: {
      type: 'value', max: 100, axisLabel: { formatter: '{value}%' },
      min: fit ? (extent: { min: number }) => Math.max(0, Math.floor(extent.min / 10) * 10 - 10) : 0,
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'line' as const,
      data: s.values.map(percent),
      connectNulls: false,
      symbolSize: 6,
      ...(s.target === undefined || s.target === null
        ? {}
        : { markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed' as const }, label: { formatter: `目标 ${formatPercent(s.target)}` }, data: [{ yAxis: targetPercent(s.target) }] } }),
    })),
  };
}

/** The monthly trend of a count (超期任务数, 减少检查户次), with its target if it has one. */
export function countTrendOption(labels: string[], name: string, values: number[], target?: number | null): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 84, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name, type: 'bar', data: values, itemStyle: { color: '#0f3d6e' },
      ...(target === undefined || target === null
        ? {}
        : { markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed' as const }, label: { formatter: `目标 ${target}` }, data: [{ yAxis: target }] } }),
    }],
  };
}
