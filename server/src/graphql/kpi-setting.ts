import { loadKpiSetting, KpiQueryError, type KpiSetting } from '../metrics/operations';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';
import type { HubContext } from './context';
import { badUserInput } from './errors';

const settings = new WeakMap<HubContext, Promise<KpiSetting>>();

/** Calendar, targets, bands and departments, read once per request however many KPI fields ask. */
export function kpiSetting(ctx: HubContext): Promise<KpiSetting> {
  let setting = settings.get(ctx);
  if (!setting) {
    setting = loadWorkCalendar(ctx.em).then((calendar) => loadKpiSetting(ctx.pool, calendar));
    settings.set(ctx, setting);
  }
  return setting;
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
