/**
 * 联合上门机会: member departments × member departments, each cell the firms both came to
 * separately within W days. The matrix is shown whole (A–B and B–A alike), so a department's row
 * reads across; only the departments most involved are drawn, the rest are in the list below it.
 */
import type { EChartsOption } from 'echarts';
import { formatCount } from '../format';

export interface PairCount {
  departmentA: { code: string; name: string };
  departmentB: { code: string; name: string };
  subjects: number;
}

export interface HeatmapAxes {
  /** Departments on both axes, most involved first. */
  departments: { code: string; name: string }[];
  /** [x, y, subjects] with x, y indices into `departments`. */
  cells: [number, number, number][];
  max: number;
}

/** The departments with most firms in pairs, at most `limit` of them, and their cells. */
export function heatmapAxes(pairs: readonly PairCount[], limit: number): HeatmapAxes {
  const totals = new Map<string, { code: string; name: string; n: number }>();
  for (const p of pairs) {
    for (const d of [p.departmentA, p.departmentB]) {
      const t = totals.get(d.code) ?? { ...d, n: 0 };
      t.n += p.subjects;
      totals.set(d.code, t);
    }
  }
  const departments = [...totals.values()].sort((a, b) => b.n - a.n || a.code.localeCompare(b.code)).slice(0, limit)
    .map(({ code, name }) => ({ code, name }));
  const index = new Map(departments.map((d, i) => [d.code, i]));
  const cells: [number, number, number][] = [];
  for (const p of pairs) {
    const a = index.get(p.departmentA.code);
    const b = index.get(p.departmentB.code);
    if (a === undefined || b === undefined) continue;
    cells.push([a, b, p.subjects], [b, a, p.subjects]);
  }
  return { departments, cells, max: Math.max(1, ...cells.map((c) => c[2])) };
}

/** Long department names are cut on the axes; the tooltip names both in full. */
const short = (name: string, length: number) => (name.length > length ? `${name.slice(0, length - 1)}…` : name);

export function jointHeatmapOption(axes: HeatmapAxes, narrow = false): EChartsOption {
  const names = axes.departments.map((d) => d.name);
  const labelLength = narrow ? 4 : 8;
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const [x, y, n] = (p as { value: [number, number, number] }).value;
        return `${names[y]} 与 ${names[x]}<br/>分别上门的同一批检查对象：${formatCount(n)} 户<br/>点击查看名单`;
      },
    },
    grid: { left: narrow ? 64 : 128, right: 16, top: 8, bottom: narrow ? 96 : 120 },
    xAxis: {
      type: 'category', data: names, splitArea: { show: true },
      axisLabel: { rotate: 60, interval: 0, fontSize: narrow ? 10 : 12, formatter: (v: string) => short(v, labelLength) },
    },
    yAxis: {
      type: 'category', data: names, inverse: true, splitArea: { show: true },
      axisLabel: { interval: 0, fontSize: narrow ? 10 : 12, formatter: (v: string) => short(v, labelLength) },
    },
    visualMap: {
      min: 0, max: axes.max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: narrow ? 120 : 200, text: ['户数多', '少'], inRange: { color: ['#e0f2fe', '#0284c7', '#0c4a6e'] },
    },
    series: [{
      type: 'heatmap', name: '分别上门的检查对象户数', data: axes.cells,
      label: { show: !narrow || axes.departments.length <= 6, formatter: (p) => formatCount((p.value as number[])[2]) },
      emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1 } },
    }],
  };
}
