import { describe, expect, it } from 'vitest';
import { rankingOption, renderChart } from '../../server/src/reports/chart-images';

describe('charts for documents', () => {
  const rows = [
    { code: 'A', name: 'A局', score: 93 },
    { code: 'B', name: 'B局', score: 91.44 },
    { code: 'C', name: 'C局', score: null },
  ];

  it('ranks departments best on top, one decimal on every bar, the report\'s own department in red', () => {
    const option = rankingOption(rows, 'B') as { yAxis: { data: string[] }; series: { data: { value: number; itemStyle?: { color: string } }[]; label: { formatter: (p: { value: number }) => string } }[] };
    // ECharts draws a category axis bottom-up: the last name is the top bar. A department without a score has no bar.
    expect(option.yAxis.data).toEqual(['B局', 'A局']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([91.4, 93]);
    expect(option.series[0].data.map((d) => d.itemStyle?.color ?? null)).toEqual(['#c00000', null]);
    expect(option.series[0].label.formatter({ value: 93 })).toBe('93.0');
  });

  it('rasterises to a PNG of twice the drawn size, for print', async () => {
    const image = await renderChart(rankingOption(rows), 320, 160);
    expect(image.png.subarray(1, 4).toString()).toBe('PNG');
    // PNG header: width and height as big-endian integers at bytes 16 and 20.
    expect([image.png.readUInt32BE(16), image.png.readUInt32BE(20)]).toEqual([640, 320]);
  });
});
