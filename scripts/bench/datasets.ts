/** The two data sets of the KPI benchmark as the queries see them, and the queries measured on each. */
import { KPI, STATE_COUNCIL_KPIS } from '../../server/src/domain/kpi-keys';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../server/src/database/database';
import { addDays } from '../../server/src/domain/dates';
import { bucketOf, type Bucket, type DateRange } from '../../server/src/domain/period';
import { buckets } from '../../server/src/domain/period';
import { departmentKpis, kpiSeries, kpiSeriesSet, kpisFor, loadKpiSetting, scopeFor, type KpiFilter, type KpiPeriod, type KpiSetting } from '../../server/src/metrics/operations';
import { handFigures, sharedWindow, workingDaysFor, type HandFigure } from './hand-sql';
import { DEFAULT_KPI_CACHE_ENTRIES } from '../../server/src/config';
import { cachedKpis, type KpiSource } from '../../server/src/metrics/cached-operations';
import { FigureCache } from '../../server/src/metrics/figure-cache';
import type { Queryable } from '../../server/src/store/repositories/sql-filter';
import { loadWorkCalendar } from '../../server/src/store/repositories/work-calendar.repository';

export interface DataSet {
  label: string;
  db: Database;
  setting: KpiSetting;
  /** The latest complete quarter with data: kpis and departmentKpis. */
  quarter: Bucket;
  /** The 24 months up to the quarter's end: kpiSeries. */
  series: DateRange;
  department: string;
  region: string;
  members: number;
}

export interface Query {
  label: string;
  /** A `kpis` query: judged against the goal. */
  isKpis: boolean;
  run: (d: DataSet, db: Queryable) => Promise<unknown>;
  /** The same figures from the hand-written SQL (scripts/bench/hand-sql.ts), timed in the same run. */
  hand?: (d: DataSet, db: Queryable) => Promise<unknown>;
}

/** The hand-written SQL's figures for a period and filter (only the statements holding `keys`, if given). */
export function handKpis(d: DataSet, db: Queryable, period: KpiPeriod, filter: KpiFilter, keys?: string[]): Promise<HandFigure[]> {
  const asOf = period.asOf ?? period.to;
  return handFigures(db, {
    from: period.from, to: period.to, asOf,
    filter: filter.departmentCode ? { kind: 'department', code: filter.departmentCode }
      : filter.regionCode ? { kind: 'region', prefix: filter.regionCode.replace(/(00)+$/, '') } : { kind: 'none' },
    jurisdiction: scopeFor(d.setting, 'hand', period, filter).jurisdiction,
    workingDays: workingDaysFor(d.setting.engine.calendar, period.from, asOf > period.to ? asOf : period.to),
    window: sharedWindow(d.setting.departments, d.setting.engine.deadlines, period.from, period.to), registry: 'tally',
  }, keys);
}

const SERIES_KEY = KPI.timelyPublicationRate;

/** The hub's cache as a server holds it; the first (warm-up) run fills it. */
const cache = new FigureCache(DEFAULT_KPI_CACHE_ENTRIES);
const source = (d: DataSet, db: Queryable): KpiSource => ({ db, cache, loadSetting: async () => d.setting });

const members = (d: DataSet) => d.setting.departments.filter((x) => x.isMember);

export const QUERIES: Query[] = [
  { label: 'kpis（全辖区）', isKpis: true, run: (d, db) => kpisFor(db, d.setting, d.quarter, {}, STATE_COUNCIL_KPIS), hand: (d, db) => handKpis(d, db, d.quarter, {}) },
  {
    label: 'kpis（部门筛选）', isKpis: true, run: (d, db) => kpisFor(db, d.setting, d.quarter, { departmentCode: d.department }, STATE_COUNCIL_KPIS),
    hand: (d, db) => handKpis(d, db, d.quarter, { departmentCode: d.department }),
  },
  {
    label: 'kpis（区划筛选）', isKpis: true, run: (d, db) => kpisFor(db, d.setting, d.quarter, { regionCode: d.region }, STATE_COUNCIL_KPIS),
    hand: (d, db) => handKpis(d, db, d.quarter, { regionCode: d.region }),
  },
  {
    label: 'departmentKpis（全部成员单位）', isKpis: false, run: (d, db) => departmentKpis(db, d.setting, d.quarter, STATE_COUNCIL_KPIS),
    // By hand: the department question once per member department, all sent at once.
    hand: (d, db) => Promise.all(members(d).map((m) => handKpis(d, db, d.quarter, { departmentCode: m.code }))),
  },
  {
    label: 'kpiSeries（按时公示率，24 个月，按月）', isKpis: false, run: (d, db) => kpiSeries(db, d.setting, SERIES_KEY, d.series, 'MONTH', false, {}),
    // By hand: the result statement once per month, all sent at once.
    hand: (d, db) => Promise.all(buckets(d.series, 'MONTH', false).map((b) => handKpis(d, db, b, {}, [SERIES_KEY]))),
  },
  {
    label: 'kpiSeriesSet（驾驶舱的 14 项指标，24 个月，按月，一次请求）', isKpis: false,
    run: (d, db) => kpiSeriesSet(db, d.setting, STATE_COUNCIL_KPIS, d.series, 'MONTH', false, {}),
    // By hand: every statement once per month, all sent at once.
    hand: (d, db) => Promise.all(buckets(d.series, 'MONTH', false).map((b) => handKpis(d, db, b, {}))),
  },
  {
    label: 'kpis（全辖区，数据未变时再问：读一次数据版本，从缓存答复）', isKpis: false,
    run: (d, db) => cachedKpis(source(d, db), d.quarter, {}),
  },
  { label: 'kpiSeries（按时公示率，24 个月，按月累计）', isKpis: false, run: (d, db) => kpiSeries(db, d.setting, SERIES_KEY, d.series, 'MONTH', true, {}) },
];

export const today = new Date().toISOString().slice(0, 10);

/** The latest quarter that has ended by the last inspection date (or today), and the 24 months up to its end. */
async function periodsOf(db: Database): Promise<{ quarter: Bucket; series: DateRange }> {
  const { rows } = await db.pool.query<{ last: string }>(`select max(inspected_on) as last from inspection`);
  const limit = rows[0].last < today ? rows[0].last : today;
  let quarter = bucketOf(limit, 'QUARTER');
  if (quarter.to > limit) quarter = bucketOf(addDays(quarter.from, -1), 'QUARTER');
  const end = new Date(`${quarter.to}T00:00:00Z`);
  const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 23, 1)).toISOString().slice(0, 10);
  return { quarter, series: { from, to: quarter.to } };
}

export async function loadSetting(db: Database): Promise<KpiSetting> {
  return loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
}

/** The data set with its periods; `region` defaults to the department's own division. */
export async function prepare(label: string, db: Database, department: string, region?: string): Promise<DataSet> {
  const setting = await loadSetting(db);
  const known = setting.departments.find((d) => d.code === department) ?? setting.departments.find((d) => d.isMember)!;
  const members = setting.departments.filter((d) => d.isMember).length;
  return { label, db, setting, ...(await periodsOf(db)), department: known.code, region: region ?? known.regionCode, members };
}

export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const tables = ['department', 'inspection_item', 'subject', 'subject_registry', 'inspector', 'plan', 'task', 'task_cooperator', 'task_class_draw', 'inspection'];
  const { rows } = await db.pool.query(tables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/**
 * The commit the engine was measured at and, when its files have uncommitted changes, a fingerprint
 * of server/src/metrics as loaded: call it at start-up, before anyone edits the files (read-only git).
 */
export function engineVersion(): string {
  const root = path.join(import.meta.dirname, '..', '..');
  const metrics = path.join(root, 'server', 'src', 'metrics');
  const hash = createHash('sha256');
  for (const file of readdirSync(metrics).filter((f) => f.endsWith('.ts')).sort()) hash.update(readFileSync(path.join(metrics, file)));
  const fingerprint = `server/src/metrics 指纹 ${hash.digest('hex').slice(0, 8)}`;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'server/src/metrics', 'migrations') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? `（有未提交的修改，${fingerprint}）` : ''}`;
  } catch {
    return fingerprint;
  }
}
