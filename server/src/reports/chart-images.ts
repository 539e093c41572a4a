/**
 * Charts for documents: the same ECharts options as the dashboard, rendered on the server to SVG
 * (ECharts' server-side rendering) and rasterised to PNG by resvg, since Word and WPS read PNG
 * everywhere. Chinese labels need a CJK font on the server (Debian: fonts-noto-cjk).
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * One CJK font file, if the machine has one where Debian puts it: resvg reads one file in tens of
 * milliseconds, where scanning every system font (the fallback) takes more than a second. TrueType
 * fonts come first: resvg lays out text in the CFF-outlined Noto CJK about eight times slower
 * (27 labels: 450 ms against 55 ms), which alone would double a circular's time.
 */
const CJK_FONTS = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
  { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', family: 'Droid Sans Fallback' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
];
const cjkFont = CJK_FONTS.find((f) => existsSync(f.file));
const FONT_FAMILY = cjkFont?.family ?? 'Noto Sans CJK SC';
/** Which font the charts use here, for benchmarks to state. */
export const CHART_FONT = cjkFont?.file ?? '系统字体（未找到中文字体文件）';
const FONT_OPTIONS = cjkFont
  ? { fontFiles: [cjkFont.file], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
  : { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY };

function toSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: `${FONT_FAMILY}, sans-serif` }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Rasterises on libuv's thread pool (resvg's renderAsync), so a document's charts render side by
 * side on a multi-core machine instead of one after the other on the event loop.
 */
export async function renderChart(option: EChartsOption, width: number, height: number): Promise<ChartImage> {
  const svg = toSvg(option, width, height);
  // Twice the pixels, so the picture stays sharp when printed.
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: 2 }, font: FONT_OPTIONS });
  return { png: Buffer.from(image.asPng()), width, height };
}

/** Departments by score, best on top, for the league's picture; a department's own report marks its bar. */
export function rankingOption(rows: { code: string; name: string; score: number | null }[], marked: string | null = null): EChartsOption {
  const ordered = [...rows].filter((r) => r.score !== null).reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, splitNumber: 5 },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', barMaxWidth: 14, itemStyle: { color: '#0f3d6e' },
      data: ordered.map((r) => ({ value: Math.round(r.score! * 10) / 10, itemStyle: r.code === marked ? { color: '#c00000' } : undefined })),
      // One decimal on every bar, as in the league table: 93.0 beside 91.4, not 93.
      label: { show: true, position: 'right', fontSize: 10, formatter: (p) => Number(p.value).toFixed(1) },
    }],
  };
}
