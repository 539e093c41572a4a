/** The view's period, cut-off date and filter, read from and written to the address's query string. */
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { DateRange } from '../../server/src/domain/period';

export interface ViewState {
  period: DateRange;
  /** 数据截至: the day the figures are seen as of; null until the page has settled its default. */
  asOf: string | null;
  departmentCode: string | null;
  regionCode: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? null;

/** The state the address names, or null when it names no (valid) period. */
export function stateFromQuery(query: LocationQuery): ViewState | null {
  const from = one(query.from);
  const to = one(query.to);
  if (!from || !to || !DAY.test(from) || !DAY.test(to) || to < from) return null;
  const asOf = one(query.asOf);
  return { period: { from, to }, asOf: asOf && DAY.test(asOf) ? asOf : null, departmentCode: one(query.department) || null, regionCode: one(query.region) || null };
}

export function queryFromState(state: ViewState): LocationQueryRaw {
  return {
    from: state.period.from,
    to: state.period.to,
    ...(state.asOf ? { asOf: state.asOf } : {}),
    ...(state.departmentCode ? { department: state.departmentCode } : {}),
    ...(state.regionCode ? { region: state.regionCode } : {}),
  };
}
