/** Timing, the query recorder and the plan summary of the KPI benchmark. */
import type pg from 'pg';
import type { Queryable } from '../../server/src/store/repositories/sql-filter';

export interface Timing {
  median: number;
  max: number;
  runs: number;
  /** The first run hit the database's statement_timeout (ms): the query did not finish. */
  timeout?: number;
}

/** Runs `run`; a PostgreSQL statement timeout (57014) becomes `false` instead of an error. */
async function finished(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '57014') return false;
    throw error;
  }
}

/**
 * A few warm-up runs, then the median and the maximum of `runs` timed runs, in milliseconds. A query
 * whose first run takes longer than `slow` ms gets one warm-up and half the runs, one slower than
 * `hopeless` ms only that first run, so that a slow baseline does not hold the benchmark up for hours;
 * one the database cancels (statement_timeout, `timeout` ms) is reported as not finished.
 */
export async function measure(
  run: () => Promise<unknown>, warmups = 3, runs = 10, slow = 3_000, hopeless = 20_000, timeout?: number,
): Promise<Timing> {
  const started = performance.now();
  const done = await finished(run);
  const first = performance.now() - started;
  if (!done) return { median: first, max: first, runs: 1, timeout };
  if (first > hopeless) return { median: first, max: first, runs: 1 };
  if (first > slow) {
    warmups = 1;
    runs = Math.ceil(runs / 2);
  }
  for (let i = 1; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { median, max: times[times.length - 1], runs };
}

export interface RecordedQuery {
  text: string;
  values: unknown[];
}

/**
 * A Queryable that keeps every statement it passes on: the engine's own SQL and parameters, so the
 * plan is taken of exactly what `kpisFor` sends, not of a copy that could drift from it.
 */
export function recorder(pool: pg.Pool): { db: Queryable; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const query = (text: string, values?: unknown[]) => {
    queries.push({ text, values: values ?? [] });
    return pool.query(text, values);
  };
  return { db: { query: query as Queryable['query'] }, queries };
}

interface PlanNode {
  'Node Type': string;
  'Subplan Name'?: string;
  'CTE Name'?: string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface CteCost {
  name: string;
  /** Inclusive: a CTE that reads another one first also pays for building it. */
  ms: number;
  rows: number;
  sharedBlocks: number;
  tempBlocks: number;
}

/** The materialised CTEs of an EXPLAIN (ANALYZE, FORMAT JSON) plan, most expensive first. */
export function cteCosts(plan: PlanNode): CteCost[] {
  const out: CteCost[] = [];
  const walk = (node: PlanNode) => {
    if (node['Subplan Name']?.startsWith('CTE ')) {
      out.push({
        name: node['Subplan Name'].slice(4),
        ms: (node['Actual Total Time'] ?? 0) * (node['Actual Loops'] ?? 1),
        rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1),
        sharedBlocks: (node['Shared Hit Blocks'] ?? 0) + (node['Shared Read Blocks'] ?? 0),
        tempBlocks: node['Temp Read Blocks'] ?? 0,
      });
    }
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return out.sort((a, b) => b.ms - a.ms);
}

export interface StatementPlan {
  /** The base sets the statement aggregates (b_task → task), as a label. */
  label: string;
  text: string;
  ctes: CteCost[];
  ms: number;
}

/** The base sets a statement aggregates per scope (`from b_task group by scope_id` → task). */
export function statementLabel(sql: string): string {
  // Several scopes group by scope id; one scope (kpis) is a plain aggregate ending the statement.
  const bases = [...new Set([...sql.matchAll(/from (?:b_)?(\w+?)(?:_tally)?\s*(?:group by scope_id|$)/g)].map((m) => m[1]))];
  return bases.join('、') || '（未识别）';
}

/** EXPLAIN (ANALYZE, BUFFERS) of a recorded statement: the text plan and its CTE summary. */
export async function explain(pool: pg.Pool, query: RecordedQuery): Promise<StatementPlan> {
  const label = statementLabel(query.text);
  try {
    return await explainOnce(pool, query, label);
  } catch (error) {
    if ((error as { code?: string }).code !== '57014') throw error;
    const plain = await pool.query(`explain ${query.text}`, query.values);
    const text = plain.rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    return { label, text: `-- EXPLAIN ANALYZE cancelled by statement_timeout; the estimated plan:\n${text}`, ctes: [], ms: Number.NaN };
  }
}

async function explainOnce(pool: pg.Pool, query: RecordedQuery, label: string): Promise<StatementPlan> {
  const textPlan = await pool.query(`explain (analyze, buffers) ${query.text}`, query.values);
  const jsonPlan = await pool.query(`explain (analyze, buffers, format json) ${query.text}`, query.values);
  const root = jsonPlan.rows[0]['QUERY PLAN'][0] as { Plan: PlanNode; 'Execution Time': number };
  return {
    label,
    text: textPlan.rows.map((r) => r['QUERY PLAN'] as string).join('\n'),
    ctes: cteCosts(root.Plan),
    ms: root['Execution Time'],
  };
}

/** A right-aligned Markdown table. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export const ms = (t: Timing) => (t.timeout !== undefined
  ? `超时（> ${(t.timeout / 1000).toFixed(0)} s 未完成）`
  : `${t.median.toFixed(1)}（最大 ${t.max.toFixed(1)}${t.runs < 10 ? `，${t.runs} 次` : ''}）`);

/**
 * Two ways to the same figures timed in turns (a, b, a, b, …) after the same warm-ups, so that
 * the other work on a shared machine weighs on both alike: their medians and the ratio a / b.
 */
export async function measurePair(
  a: () => Promise<unknown>, b: () => Promise<unknown>, warmups = 3, runs = 10,
): Promise<{ a: Timing; b: Timing; ratio: number }> {
  for (let i = 0; i < warmups; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, run] of [a, b].entries()) {
      const t = performance.now();
      await run();
      times[k].push(performance.now() - t);
    }
  }
  const timing = (list: number[]): Timing => {
    const sorted = [...list].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    return { median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, max: sorted[sorted.length - 1], runs };
  };
  const [ta, tb] = [timing(times[0]), timing(times[1])];
  return { a: ta, b: tb, ratio: ta.median / tb.median };
}
