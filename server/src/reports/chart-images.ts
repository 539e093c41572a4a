/**
 * Charts for documents: the same ECharts options as the dashboard, rendered on the server to SVG
 * (ECharts' server-side rendering) and rasterised to PNG by resvg, since Word and WPS read PNG
 * everywhere. Chinese labels need a CJK font on the server (Debian: fonts-noto-cjk).
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * One CJK font file, if the machine has one where Debian puts it: resvg reads it in tens of
 * milliseconds, where scanning every system font (the fallback) takes more than a second.
 */
const CJK_FONTS = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'];
const fontFile = CJK_FONTS.find((f) => existsSync(f));
const FONT_OPTIONS = fontFile
  ? { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' }
  : { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' };

export function renderChart(option: EChartsOption, width: number, height: number): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' }, ...option });
    const svg = chart.renderToSVGString();
    // Twice the pixels, so the picture stays sharp when printed.
    const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: FONT_OPTIONS }).render().asPng();
    return { png: Buffer.from(png), width, height };
  } finally {
    chart.dispose();
  }
}

/** Departments by score, best on top, for the league's picture. */
export function rankingOption(rows: { name: string; score: number | null }[]): EChartsOption {
  const ordered = [...rows].filter((r) => r.score !== null).reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, splitNumber: 5 },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', data: ordered.map((r) => Math.round(r.score! * 10) / 10), barMaxWidth: 14, itemStyle: { color: '#0f3d6e' },
      label: { show: true, position: 'right', fontSize: 10 },
    }],
  };
}
