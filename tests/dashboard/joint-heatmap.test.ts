import { describe, expect, it } from 'vitest';
import { heatmapAxes, jointHeatmapOption } from '../../common/charts/joint-heatmap';

const d = (code: string) => ({ code, name: `${code}局` });
const PAIRS = [
  { departmentA: d('A'), departmentB: d('B'), subjects: 5 },
  { departmentA: d('B'), departmentB: d('C'), subjects: 2 },
  { departmentA: d('C'), departmentB: d('D'), subjects: 1 },
];

describe('the joint-opportunity heat map', () => {
  it('puts the most involved departments first and fills both halves of the matrix', () => {
    // Totals: B 7, A 5, C 3, D 1.
    const axes = heatmapAxes(PAIRS, 10);
    expect(axes.departments.map((x) => x.code)).toEqual(['B', 'A', 'C', 'D']);
    expect(axes.cells).toEqual([[1, 0, 5], [0, 1, 5], [0, 2, 2], [2, 0, 2], [2, 3, 1], [3, 2, 1]]);
    expect(axes.max).toBe(5);
  });

  it('draws at most `limit` departments, dropping the pairs of those left out', () => {
    const axes = heatmapAxes(PAIRS, 2);
    expect(axes.departments.map((x) => x.code)).toEqual(['B', 'A']);
    expect(axes.cells).toEqual([[1, 0, 5], [0, 1, 5]]);
  });

  it('names both departments in the tooltip and cuts long names on the axes', () => {
    const long = { code: 'X', name: '国家税务总局中山市税务局' };
    const axes = heatmapAxes([{ departmentA: d('A'), departmentB: long, subjects: 3 }], 10);
    const option = jointHeatmapOption(axes, true) as any;
    expect(option.xAxis.axisLabel.formatter('国家税务总局中山市税务局')).toBe('国家税…');
    // The row's department first, then the column's.
    expect(option.tooltip.formatter({ value: [0, 1, 3] })).toBe('国家税务总局中山市税务局 与 A局<br/>分别上门的同一批检查对象：3 户<br/>点击查看名单');
    expect(option.visualMap).toMatchObject({ min: 0, max: 3 });
    expect(option.series[0].data).toEqual([[0, 1, 3], [1, 0, 3]]);
  });
});
