import { sourceSetting, type KpiSource } from '../metrics/cached-operations';
import { loadKpiSetting, KpiQueryError, type KpiSetting } from '../metrics/operations';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';
import type { HubContext } from './context';
import { badUserInput } from './errors';

const sources = new WeakMap<HubContext, KpiSource>();

/** The request's way to the KPI operations: its pool, the server's cache, the data version read once. */
export function kpiSource(ctx: HubContext): KpiSource {
  let source = sources.get(ctx);
  if (!source) {
    source = { db: ctx.pool, cache: ctx.figures, loadSetting: async () => loadKpiSetting(ctx.pool, await loadWorkCalendar(ctx.em)) };
    sources.set(ctx, source);
  }
  return source;
}

/** Calendar, targets, bands and departments, read once per data version however many KPI fields ask. */
export function kpiSetting(ctx: HubContext): Promise<KpiSetting> {
  return sourceSetting(kpiSource(ctx));
}

/** Runs a KPI operation, turning the caller's mistakes into BAD_USER_INPUT with the Chinese reason. */
export async function asUserInput<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof KpiQueryError) throw badUserInput(error.message);
    throw error;
  }
}
