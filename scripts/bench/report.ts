/** The KPI benchmark's results as Markdown (docs/benchmarks/kpis.md) and its plan file. */
import os from 'node:os';
import type { KpiFigure } from '../../server/src/metrics/scope';
import { STATE_COUNCIL_KPIS } from '../../server/src/domain/kpi-keys';
import { kpiDefinition } from '../../server/src/metrics/definitions';
import { QUERIES, today, type DataSet } from './datasets';
import { markdownTable, ms, type RecordedQuery, type StatementPlan, type Timing } from './measure';

/** The issue's goals on the province set: kpis at most 1.2× the hand-written SQL; departmentKpis and the cockpit's series set in ms; a cache hit in ms. */
export const GOALS = { kpisRatio: 1.2, departmentKpisMs: 400, seriesSetMs: 200, cacheHitMs: 10 };

export interface BenchResults {
  engine: string;
  timeoutSeconds: number;
  server: string;
  loads: string[];
  sets: DataSet[];
  counts: Record<string, number>[];
  /** Per data set: one timing per query, then loadKpiSetting. */
  timings: Timing[][];
  /** Per data set and query: the hand-written SQL's timing, where there is one. */
  handTimings: (Timing | null)[][];
  /** Whether engine and hand-written SQL agree, one line per data set and filter. */
  agreements: string[];
  plans: StatementPlan[];
  figures: KpiFigure[][];
}

const goal = (t: Timing, limit: number) => (t.timeout !== undefined
  ? `未达到（超时，目标 < ${limit} ms）`
  : `${t.median < limit ? '达到' : '未达到'}（中位 ${t.median.toFixed(1)} ms，目标 < ${limit} ms）`);
const ratioGoal = (t: Timing, hand: Timing | null, limit: number) => (hand === null ? '—'
  : `${t.median / hand.median <= limit ? '达到' : '未达到'}（${(t.median / hand.median).toFixed(2)}，目标 ≤ ${limit}）`);
const value = (f: KpiFigure) =>
  f.denominator === null ? String(f.numerator) : `${f.value === null ? '—' : `${(f.value * 100).toFixed(1)}%`}（${f.numerator}/${f.denominator}）`;

export function planFile(r: BenchResults, queries: RecordedQuery[]): string {
  const province = r.sets[1];
  return `-- EXPLAIN (ANALYZE, BUFFERS) of the ${r.plans.length} statement(s) kpisFor sends on the province data set, `
    + `${province.quarter.from}..${province.quarter.to}, no filter.\n`
    + `-- ${today}, engine ${r.engine}; each statement explained on its own (kpisFor may run them side by side).\n`
    + `-- Parameters $1-$4: ${JSON.stringify(queries[0]?.values.slice(0, 4))} (holidays and working weekends omitted)\n`
    + r.plans.map((p, i) => `\n==== statement ${i + 1} of ${r.plans.length}: base ${p.label}, execution ${Number.isNaN(p.ms) ? "cancelled" : `${p.ms.toFixed(1)} ms`} ====\n\n`
      + `${queries[i].text}\n\n${p.text}\n`).join('');
}

export function markdown(r: BenchResults): string {
  const cpus = os.cpus();
  const { sets, timings } = r;
  const lines = [
    `# KPI 查询基准测试`,
    ``,
    `- 日期：${today}；引擎版本：${r.engine}`,
    `- 机器：${cpus.length} 核（${cpus[0]?.model.trim()}），内存 ${(os.totalmem() / 2 ** 30).toFixed(0)} GB；${r.server}；Node ${process.version}`,
    `- 命令：\`npm run bench:kpis\`；每项查询先预热 3 次，再计时 10 次，取中位数与最大值`
      + `（毫秒，从调用到得到结果，含 Node 端组装）；首次运行超过 3 s 的只预热 1 次、计时 5 次，超过 20 s 的只计首次（表中注明次数）；`
      + `单条语句超过 ${r.timeoutSeconds} s 即由数据库取消（statement_timeout），记为超时`,
    `- ${r.loads.join('；')}`,
    ``,
    markdownTable(['数据量（行）', ...sets.map((s) => s.label)], Object.keys(r.counts[0]).map((t) => [t, ...r.counts.map((c) => c[t].toLocaleString('en-US'))])),
    ``,
    markdownTable(['查询期间', ...sets.map((s) => s.label)], [
      ['季度（kpis、departmentKpis）', ...sets.map((s) => `${s.quarter.label}（${s.quarter.from}—${s.quarter.to}）`)],
      ['序列（kpiSeries）', ...sets.map((s) => `${s.series.from}—${s.series.to}`)],
      ['部门筛选 / 区划筛选', ...sets.map((s) => `${s.department} / ${s.region}`)],
      ['成员单位数（departmentKpis 的行数）', ...sets.map((s) => String(s.members))],
    ]),
    ``,
    markdownTable(['查询', ...sets.flatMap((s) => [`${s.label} ms`, '手写 SQL ms', '引擎 ÷ 手写'])], [
      ...QUERIES.map((q, i) => [q.label, ...sets.flatMap((_, k) => {
        const hand = r.handTimings[k][i];
        return [ms(timings[k][i]), hand ? ms(hand) : '—', hand ? (timings[k][i].median / hand.median).toFixed(2) : '—'];
      })]),
      ['loadKpiSetting（目标、比例区间、部门、日历）', ...sets.flatMap((_, k) => [ms(timings[k][QUERIES.length]), '—', '—'])],
    ]),
    ``,
    `手写 SQL：scripts/bench/hand-sql.ts，每张表一条语句、同时发出（与引擎一样用连接池并行），名录库两项读数据库维护的计数表；`
      + `引擎与手写 SQL 轮流计时（各预热 3 次，交替计时 10 次），两者承受同样的机器负载。departmentKpis 的手写对照为逐个成员单位发出部门语句，`
      + `kpiSeries 的为逐月发出检查结果语句（都同时发出）。`,
    ``,
    ...r.agreements.map((a) => `- ${a}`),
    ``,
    `目标（省级数据，按中位数判断）：kpis 不超过手写 SQL 的 ${GOALS.kpisRatio} 倍；departmentKpis < ${GOALS.departmentKpisMs} ms；`
      + `驾驶舱的趋势集合 < ${GOALS.seriesSetMs} ms；数据未变时再问 < ${GOALS.cacheHitMs} ms。测完时机器负载（1/5/15 分钟）：${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}。`,
    ...QUERIES.flatMap((q, i) => (q.isKpis ? [`- ${q.label}：${ratioGoal(timings[1][i], r.handTimings[1][i], GOALS.kpisRatio)}`] : [])),
    ...QUERIES.flatMap((q, i) => (q.label.startsWith('departmentKpis') ? [`- ${q.label}：${goal(timings[1][i], GOALS.departmentKpisMs)}`]
      : q.label.startsWith('kpiSeriesSet') ? [`- ${q.label}：${goal(timings[1][i], GOALS.seriesSetMs)}`]
        : q.label.includes('缓存') ? [`- ${q.label}：${goal(timings[1][i], GOALS.cacheHitMs)}`] : [])),
    ``,
    `省级 kpis（全辖区）发出 ${r.plans.length} 条语句，逐条单独 EXPLAIN ANALYZE 的执行时间与其中最耗时的物化 CTE`
      + `（CTE 的时间含其先读取的其他 CTE 的构建；只被引用一次的 CTE 已并入主查询，不单列）；完整计划见 kpis-plan.txt：`,
    ``,
    markdownTable(['语句', '基础集合', '执行 ms', '最耗时的 CTE（ms，行数）'], r.plans.map((p, i) => [String(i + 1), p.label, Number.isNaN(p.ms) ? '超时' : p.ms.toFixed(1),
      p.ctes.slice(0, 3).map((c) => `${c.name} ${c.ms.toFixed(0)} ms，${c.rows.toLocaleString('en-US')} 行`).join('；') || '—'])),
    ``,
  ];
  lines.push(`各数据集的指标值（全辖区，所测季度），以便核对生成的数据是否像样：`, ``,
    markdownTable(['指标', ...sets.map((s) => s.label)], STATE_COUNCIL_KPIS.map((key, i) => [kpiDefinition(key)!.name, ...r.figures.map((f) => value(f[i]))])), ``);
  return lines.join('\n');
}
