/** The dashboard writes numbers and periods as the reports do: one set of rules, in the domain core. */
export * from '../../common/format';
export { periodLabel } from '../../server/src/domain/period';

const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** An ISO timestamp in China time, whatever the viewer's computer is set to: 2026/12/01 16:42:05; null → —. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  // Never break a page over one odd value: show it as it came.
  return Number.isNaN(at.getTime()) ? iso : CHINA_TIME.format(at);
}

/** A day as the office writes it: 2026-12-01 → 2026年12月1日. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Met or missed in words; without a figure (denominator 0) 无数据, which is not the same as having no target. */
export function metWord(kpi: { met: boolean | null; target: number | null; value: number | null }): string {
  if (kpi.met !== null) return kpi.met ? '达标' : '未达标';
  return kpi.target !== null && kpi.value === null ? '无数据' : '无目标';
}
