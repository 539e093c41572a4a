/** The gauge of one ratio against its target (信用风险分类抽查任务占比 against 80%). */
import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format';

export const MET_COLOUR = '#2e7d32';
export const MISSED_COLOUR = '#c62828';

export function targetGaugeOption(input: { name: string; value: number | null; target: number }): EChartsOption {
  const percent = input.value === null ? 0 : Math.round(input.value * 1000) / 10;
  return {
    series: [{
      type: 'gauge',
      min: 0,
      max: 100,
      startAngle: 210,
      endAngle: -30,
      // Below the target red, from it on green: the band tells met or missed before the number does.
      axisLine: { lineStyle: { width: 14, color: [[input.target, MISSED_COLOUR], [1, MET_COLOUR]] } },
      pointer: { show: input.value !== null, width: 5, length: '60%', itemStyle: { color: '#374151' } },
      axisTick: { show: false },
      splitLine: { length: 10, lineStyle: { width: 2 } },
      axisLabel: { distance: 18, formatter: (v: number) => (v % 20 === 0 ? `${v}%` : '') },
      title: { offsetCenter: [0, '92%'], fontSize: 14 },
      detail: { valueAnimation: false, offsetCenter: [0, '62%'], fontSize: 26, fontWeight: 'bold', formatter: () => formatPercent(input.value) },
      data: [{ value: percent, name: `${input.name}（目标 ${formatPercent(input.target)}）` }],
    }],
  };
}
