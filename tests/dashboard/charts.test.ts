import { describe, expect, it } from 'vitest';
import { MET_COLOUR, MISSED_COLOUR, targetGaugeOption } from '../../dashboard/src/charts/gauge';
import { sparklineOption } from '../../dashboard/src/charts/sparkline';
import { trendOption } from '../../dashboard/src/charts/trend';

/** The options as plain data: functions (formatters) left out, as ECharts would read the rest. */
const plain = (o: unknown) => JSON.parse(JSON.stringify(o));

describe('chart options', () => {
  it('a gauge coloured red below the target and green from it, the value in percent', () => {
    const option = targetGaugeOption({ name: '信用风险分类抽查任务占比', value: 95 / 111, target: 0.8 });
    const [series] = plain(option).series;
    expect(series.type).toBe('gauge');
    expect(series.axisLine.lineStyle.color).toEqual([[0.8, MISSED_COLOUR], [1, MET_COLOUR]]);
    expect(series.data).toEqual([{ value: 85.6, name: '信用风险分类抽查任务占比（目标 80.0%）' }]);
    const formatter = (option.series as { detail: { formatter: () => string } }[])[0].detail.formatter;
    expect(formatter()).toBe('85.6%');
  });

  it('a gauge with no value shows no pointer and a dash', () => {
    const option = targetGaugeOption({ name: '信用风险分类抽查任务占比', value: null, target: 0.8 });
    expect(plain(option).series[0].pointer.show).toBe(false);
    expect((option.series as { detail: { formatter: () => string } }[])[0].detail.formatter()).toBe('—');
  });

  it('trend lines in percent, months without a denominator left as gaps, the target dashed', () => {
    const option = plain(trendOption(['2026年7月', '2026年8月', '2026年9月'], [
      { name: '部门联合抽查占比', values: [0.324, null, 0.5] },
      { name: '信用风险分类抽查任务占比', values: [0.8567, 0.9, 1], target: 0.8 },
    ]));
    expect(option.xAxis.data).toEqual(['2026年7月', '2026年8月', '2026年9月']);
    expect(option.series.map((s: { data: unknown }) => s.data)).toEqual([[32.4, null, 50], [85.7, 90, 100]]);
    expect(option.series[0].markLine).toBeUndefined();
    expect(option.series[1].markLine.data).toEqual([{ yAxis: 80 }]);
    expect(option.series[1].markLine.label.formatter).toBe('目标 80.0%');
    expect(option.legend.data).toEqual(['部门联合抽查占比', '信用风险分类抽查任务占比']);
  });

  it('a sparkline without axes over the given values', () => {
    const option = plain(sparklineOption([1, null, 3], '#123456'));
    expect(option.xAxis.show).toBe(false);
    expect(option.yAxis.show).toBe(false);
    expect(option.series[0].data).toEqual([1, null, 3]);
    expect(option.series[0].lineStyle.color).toBe('#123456');
  });
});
