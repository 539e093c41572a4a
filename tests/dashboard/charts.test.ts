import { describe, expect, it } from 'vitest';
import { MET_COLOUR, MISSED_COLOUR, targetGaugeOption } from '../../common/charts/gauge';
import { sparklineOption } from '../../common/charts/sparkline';
import { trendOption } from '../../common/charts/trend';

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

describe('results at a glance', () => {
  it('splits results by publication from the two publication KPIs', async () => {
    const { timeliness, timelinessOption } = await import('../../common/charts/results');
    // Demo quarter: published 1,685 of 2,074; timely 1,629 of 1,712 judged.
    const t = timeliness({ numerator: 1685, denominator: 2074 }, { numerator: 1629, denominator: 1712 });
    expect(t).toEqual({ timely: 1629, latePublished: 56, lateUnpublished: 27, pending: 362 });
    const option = plain(timelinessOption(t));
    expect(option.series.map((s: { name: string; data: number[] }) => [s.name, s.data[0]])).toEqual([
      ['按时公示', 1629], ['逾期公示', 56], ['超期未公示', 27], ['期限内未公示', 362],
    ]);
    expect(timeliness({ numerator: 0, denominator: 0 }, { numerator: 0, denominator: 0 })).toEqual({ timely: 0, latePublished: 0, lateUnpublished: 0, pending: 0 });
    // Of 2,074, only 按时公示 (78.5%) and 期限内未公示 (17.5%) are wide enough (≥ 15%) for a label; 56 and 27 would overlap on a phone.
    expect(option.series.map((s: { label: { show: boolean } }) => s.label.show)).toEqual([true, false, false, true]);
    const legend = (timelinessOption(t).legend as { formatter: (name: string) => string }).formatter;
    expect(['按时公示', '逾期公示', '超期未公示', '期限内未公示'].map(legend)).toEqual(['按时公示 1,629', '逾期公示 56', '超期未公示 27', '期限内未公示 362']);
    expect(plain(timelinessOption({ timely: 0, latePublished: 0, lateUnpublished: 0, pending: 0 })).series.every((s: { label: { show: boolean } }) => !s.label.show)).toBe(true);
  });

  it('a ring of result categories', async () => {
    const { categoryPieOption } = await import('../../common/charts/results');
    const counts = [{ name: '未发现问题', count: 1828 }, { name: '发现问题已责令改正', count: 120 }, { name: '发现问题待后续处理', count: 2 }];
    const option = categoryPieOption(counts) as { baseOption: { legend: { formatter: (n: string) => string } }; media: unknown[] };
    const base = plain(option).baseOption;
    expect(base.series[0].data).toEqual([{ name: '未发现问题', value: 1828 }, { name: '发现问题已责令改正', value: 120 }, { name: '发现问题待后续处理', value: 2 }]);
    expect(base.series[0].label.show).toBe(false);
    expect(new Set(base.color).size).toBe(10);
    // 1,828 / 1,950 = 93.74% → 93.7%; 120 / 1,950 = 6.15% → 6.2%; 2 / 1,950 = 0.10% → 0.1%.
    expect(counts.map((c) => option.baseOption.legend.formatter(c.name))).toEqual(['未发现问题 93.7%', '发现问题已责令改正 6.2%', '发现问题待后续处理 0.1%']);
    expect(base.legend).toMatchObject({ orient: 'vertical', right: 8 });
    // On a phone the legend goes under the ring.
    expect(plain(option).media).toEqual([{ query: { maxWidth: 520 }, option: { legend: { left: 'center', right: 'auto', top: 'auto', bottom: 0 },
      series: [{ center: ['50%', '24%'], radius: ['22%', '42%'] }] } }]);
  });
});

describe('count trends', () => {
  it('bars per month, the target dashed when there is one', async () => {
    const { countTrendOption } = await import('../../common/charts/trend');
    const option = plain(countTrendOption(['2026年7月', '2026年8月'], '超期任务数', [3, 0], 0));
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [3, 0], markLine: { data: [{ yAxis: 0 }] } });
    expect(plain(countTrendOption(['2026年7月'], '减少检查户次', [12])).series[0].markLine).toBeUndefined();
  });
});
