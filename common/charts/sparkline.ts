/** The small line on a KPI card: the last months of one figure, no axes, no labels. */
import type { EChartsOption } from 'echarts';

export function sparklineOption(values: (number | null)[], colour: string): EChartsOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: values.map((_, i) => String(i)), boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [{ type: 'line', data: values, showSymbol: false, lineStyle: { width: 2, color: colour }, areaStyle: { opacity: 0.12, color: colour } }],
  };
}
