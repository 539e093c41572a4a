import type { Granularity } from '../domain/period';
import type { Queryable } from '../store/repositories/sql-filter';
import { dataVersion, FigureCache } from './figure-cache';
import {
  departmentKpis, departmentKpiTotals, kpiSeries, kpiSeriesSet, kpisFor,
  type DepartmentTotals, type KeyedSeries, type KpiFilter, type KpiPeriod, type KpiSetting, type SeriesPoint,
} from './operations';
import type { RankedDepartment } from './ranking';
import type { KpiFigure } from './scope';

/**
 * What a request brings to the cached operations: its pool, and its setting loaded on demand.
 * The version is read once per source, before anything it keys is computed, so every figure
 * cached under a version was computed from data at least that new.
 */
export interface KpiSource {
  db: Queryable;
  cache: FigureCache;
  loadSetting: () => Promise<KpiSetting>;
}

const versions = new WeakMap<KpiSource, Promise<string>>();
const settings = new WeakMap<KpiSource, Promise<KpiSetting>>();

export function sourceVersion(source: KpiSource): Promise<string> {
  let version = versions.get(source);
  if (!version) {
    version = dataVersion(source.db);
    versions.set(source, version);
  }
  return version;
}

/** Targets, bands, departments and calendar: read once per version, like the figures. */
export function sourceSetting(source: KpiSource): Promise<KpiSetting> {
  let setting = settings.get(source);
  if (!setting) {
    setting = sourceVersion(source).then((version) => source.cache.get(`${version} setting`, source.loadSetting));
    settings.set(source, setting);
  }
  return setting;
}

const period = (p: KpiPeriod) => [p.from, p.to, p.asOf ?? null];
const filter = (f: KpiFilter) => [f.departmentCode ?? null, f.regionCode ?? null];

async function cached<T>(source: KpiSource, key: unknown[], compute: (setting: KpiSetting) => Promise<T>): Promise<T> {
  const version = await sourceVersion(source);
  return source.cache.get(`${version} ${JSON.stringify(key)}`, async () => compute(await sourceSetting(source)));
}

export const cachedKpis = (source: KpiSource, p: KpiPeriod, f: KpiFilter, keys?: readonly string[] | null): Promise<KpiFigure[]> =>
  cached(source, ['kpis', period(p), filter(f), keys ?? null], (setting) => kpisFor(source.db, setting, p, f, keys));

export const cachedDepartmentKpis = (source: KpiSource, p: KpiPeriod, keys?: readonly string[] | null): Promise<RankedDepartment[]> =>
  cached(source, ['departmentKpis', period(p), keys ?? null], (setting) => departmentKpis(source.db, setting, p, keys));

export const cachedDepartmentKpiTotals = (source: KpiSource, p: KpiPeriod): Promise<DepartmentTotals> =>
  cached(source, ['departmentKpiTotals', period(p)], (setting) => departmentKpiTotals(source.db, setting, p));

export const cachedKpiSeries = (
  source: KpiSource, key: string, range: { from: string; to: string; asOf?: string | null },
  granularity: Granularity, cumulative: boolean, f: KpiFilter,
): Promise<SeriesPoint[]> =>
  cached(source, ['kpiSeries', key, period(range), granularity, cumulative, filter(f)],
    (setting) => kpiSeries(source.db, setting, key, range, granularity, cumulative, f));

export const cachedKpiSeriesSet = (
  source: KpiSource, keys: readonly string[], range: { from: string; to: string; asOf?: string | null },
  granularity: Granularity, cumulative: boolean, f: KpiFilter,
): Promise<KeyedSeries[]> =>
  cached(source, ['kpiSeriesSet', keys, period(range), granularity, cumulative, filter(f)],
    (setting) => kpiSeriesSet(source.db, setting, keys, range, granularity, cumulative, f));
