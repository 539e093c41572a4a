import type { WorkCalendar } from '../domain/work-calendar';
import { buckets, type Granularity } from '../domain/period';
import { loadBandRows, loadDeadlineRows, loadTargetRows, memberRegionCodes } from '../store/repositories/kpi-config.repository';
import type { Queryable } from '../store/repositories/sql-filter';
import { commonJurisdiction, resolveBands, resolveDeadlines, resolveTargets } from './configuration';
import { KPI_DEFINITIONS, kpiDefinition, type DepartmentRule, type KpiDefinition } from './definitions';
import { computeFigures } from './engine';
import type { EngineContext } from './engine-parameters';
import { evidencePage, type EvidenceFacts, type KpiPartName } from './evidence';
import { loadEvidenceRecords } from './evidence-records';
import { KpiQueryError } from './query-error';
import { loadBurdenSettingRows } from '../store/repositories/inspection-burden.repository';
import { resolveBurden } from './visits/burden-settings';
import { rankDepartments, type RankedDepartment } from './ranking';
import { reconciliationNote } from './totals';
import { regionPrefix, type KpiFigure, type Scope } from './scope';
import { STATE_COUNCIL_KPIS } from '../domain/kpi-keys';

export { KpiQueryError };

export interface KpiPeriod {
  from: string;
  to: string;
  asOf?: string | null;
}

export interface KpiFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
}


interface DepartmentInfo {
  code: string;
  name: string;
  regionCode: string;
  isMember: boolean;
}

/** Everything besides the data a KPI query needs: calendar, targets, bands, departments. */
export interface KpiSetting {
  engine: EngineContext;
  departments: DepartmentInfo[];
  hubJurisdiction: string;
}

export async function loadKpiSetting(db: Queryable, calendar: WorkCalendar): Promise<KpiSetting> {
  const [targetRows, bandRows, deadlineRows, regions, departments, burdenRows] = await Promise.all([
    loadTargetRows(db),
    loadBandRows(db),
    loadDeadlineRows(db),
    memberRegionCodes(db),
    db.query(`select code, name, region_code as "regionCode", is_member as "isMember" from department order by code`),
    loadBurdenSettingRows(db),
  ]);
  const year = (scope: Scope) => Number(scope.to.slice(0, 4));
  return {
    engine: {
      calendar,
      targets: (scope) => resolveTargets(targetRows, year(scope), scope.jurisdiction, KPI_DEFINITIONS),
      bands: (scope) => resolveBands(bandRows, year(scope), scope.jurisdiction),
      deadlines: (y, jurisdiction) => resolveDeadlines(deadlineRows, y, jurisdiction),
      departments: departments.rows as DepartmentInfo[],
      burden: (scope) => resolveBurden(burdenRows, year(scope), scope.jurisdiction),
    },
    departments: departments.rows as DepartmentInfo[],
    hubJurisdiction: commonJurisdiction(regions),
  };
}

function checkedPeriod(period: KpiPeriod): { from: string; to: string; asOf: string } {
  if (period.to < period.from) throw new KpiQueryError(`期间的结束日期 ${period.to} 早于开始日期 ${period.from}`);
  return { from: period.from, to: period.to, asOf: period.asOf ?? period.to };
}

export function scopeFor(setting: KpiSetting, id: string, period: KpiPeriod, filter: KpiFilter): Scope {
  const { from, to, asOf } = checkedPeriod(period);
  let jurisdiction = setting.hubJurisdiction;
  if (filter.departmentCode) {
    const department = setting.departments.find((d) => d.code === filter.departmentCode);
    if (!department) throw new KpiQueryError(`部门代码 ${filter.departmentCode} 不存在`);
    jurisdiction = department.regionCode;
  }
  if (filter.regionCode) jurisdiction = filter.regionCode;
  const prefix = filter.regionCode ? regionPrefix(filter.regionCode) : null;
  // Reference data of a few hundred rows at most, already loaded: the engine gets the list, and
  // the planner an exact count of the departments it joins.
  const departmentCodes = setting.departments
    .filter((d) => (!filter.departmentCode || d.code === filter.departmentCode) && (prefix === null || d.regionCode.startsWith(prefix)))
    .map((d) => d.code);
  return {
    id, from, to, asOf, jurisdiction, departmentCodes,
    departmentCode: filter.departmentCode ?? null,
    regionPrefix: prefix,
  };
}

export function checkedKpi(key: string): KpiDefinition {
  const kpi = kpiDefinition(key);
  if (!kpi) throw new KpiQueryError(`指标 ${key} 不存在，可用的指标：${KPI_DEFINITIONS.map((k) => k.key).join('、')}`);
  return kpi;
}

/** Every KPI for one period and filter, or only those of `keys`, in the catalogue's order. */
export async function kpisFor(
  db: Queryable, setting: KpiSetting, period: KpiPeriod, filter: KpiFilter, keys?: readonly string[] | null,
): Promise<KpiFigure[]> {
  const scope = scopeFor(setting, 'all', period, filter);
  return (await computeFigures(db, setting.engine, [scope], selectedKpis(keys))).get('all')!;
}

/** The catalogue's entries of `keys` in the catalogue's order (all of them without keys). */
function selectedKpis(keys?: readonly string[] | null): readonly KpiDefinition[] {
  if (!keys) return KPI_DEFINITIONS;
  const wanted = new Set(keys.map((key) => checkedKpi(key).key));
  return KPI_DEFINITIONS.filter((k) => wanted.has(k.key));
}

/**
 * Every KPI of every member department, ranked: the league table of circulars. With `keys`, the
 * rows carry only those KPIs; the score and rank are still the State Council's figures', which
 * are computed whatever is asked.
 */
export async function departmentKpis(
  db: Queryable, setting: KpiSetting, period: KpiPeriod, keys?: readonly string[] | null,
): Promise<RankedDepartment[]> {
  const members = setting.departments.filter((d) => d.isMember);
  const scopes = members.map((d) => scopeFor(setting, d.code, period, { departmentCode: d.code }));
  const computed = keys ? selectedKpis([...keys, ...STATE_COUNCIL_KPIS]) : KPI_DEFINITIONS;
  const figures = await computeFigures(db, setting.engine, scopes, computed);
  const ranked = rankDepartments(members.map((d) => ({ code: d.code, name: d.name, kpis: figures.get(d.code)! })));
  if (!keys) return ranked;
  const shown = new Set(selectedKpis(keys).map((k) => k.key));
  return ranked.map((d) => ({ ...d, kpis: d.kpis.filter((k) => shown.has(k.key)) }));
}

export const NON_MEMBER_ROW = '非成员单位';
// Department codes hold no spaces, so this id is no department's.
const NON_MEMBER_SCOPE = 'non member';

/** The departments outside the joint conference (联席会议成员 = 否): their tasks and results are in the total. */
export function nonMemberDepartments(setting: KpiSetting): { code: string; name: string }[] {
  return setting.departments.filter((d) => !d.isMember).map((d) => ({ code: d.code, name: d.name }));
}

/** How one KPI's member rows, the 非成员单位 row and the total (合计) relate. */
export interface KpiReconciliation {
  key: string;
  rule: DepartmentRule;
  /** Sums over the member departments' rows. */
  membersNumerator: number;
  membersDenominator: number | null;
  /** Members' sum + 非成员单位 − 合计: what is counted in more than one row (0 under SUM). */
  repeatedNumerator: number;
  repeatedDenominator: number | null;
  /** The footnote, with the numbers. */
  note: string;
}

export interface DepartmentTotals {
  /** 合计: the whole, as `kpis` without a filter gives it. */
  total: KpiFigure[];
  /** The non-member departments as one row, counted like a department (their tasks, results, registries). */
  nonMember: KpiFigure[];
  nonMemberDepartments: { code: string; name: string }[];
  reconciliation: KpiReconciliation[];
}

/**
 * What the league table's rows leave out and count more than once: member rows + 非成员单位 −
 * repeated = 合计, per KPI's numerator and denominator. `members` are departmentKpis' rows for
 * the same period, passed in when the caller has them already.
 */
export async function departmentKpiTotals(
  db: Queryable, setting: KpiSetting, period: KpiPeriod, members?: readonly { kpis: KpiFigure[] }[],
): Promise<DepartmentTotals> {
  const others = nonMemberDepartments(setting);
  const group: Scope = {
    ...scopeFor(setting, NON_MEMBER_SCOPE, period, {}),
    departmentGroup: NON_MEMBER_ROW,
    departmentCodes: others.map((d) => d.code),
  };
  // The members' rows, unless given, in the same statements as the group's: no ranking is needed here.
  const memberScopes = members ? [] : setting.departments.filter((d) => d.isMember)
    .map((d) => scopeFor(setting, d.code, period, { departmentCode: d.code }));
  const [figures, total] = await Promise.all([
    computeFigures(db, setting.engine, [...memberScopes, group], KPI_DEFINITIONS),
    kpisFor(db, setting, period, {}),
  ]);
  const rows = members ?? memberScopes.map((s) => ({ kpis: figures.get(s.id)! }));
  const nonMember = figures.get(NON_MEMBER_SCOPE)!;
  const reconciliation = KPI_DEFINITIONS.map((kpi, i): KpiReconciliation => {
    const membersNumerator = rows.reduce((n, r) => n + r.kpis[i].numerator, 0);
    const membersDenominator = kpi.denominator ? rows.reduce((n, r) => n + (r.kpis[i].denominator ?? 0), 0) : null;
    const repeatedNumerator = membersNumerator + nonMember[i].numerator - total[i].numerator;
    const repeatedDenominator = membersDenominator === null ? null
      : membersDenominator + (nonMember[i].denominator ?? 0) - (total[i].denominator ?? 0);
    const parts = [{ label: '分子', members: membersNumerator, nonMember: nonMember[i].numerator, repeated: repeatedNumerator, total: total[i].numerator }];
    if (membersDenominator !== null) {
      parts.push({ label: '分母', members: membersDenominator, nonMember: nonMember[i].denominator ?? 0, repeated: repeatedDenominator!, total: total[i].denominator ?? 0 });
    }
    return {
      key: kpi.key, rule: kpi.departmentRule, membersNumerator, membersDenominator, repeatedNumerator, repeatedDenominator,
      note: reconciliationNote(kpi, parts),
    };
  });
  return { total, nonMember, nonMemberDepartments: others, reconciliation };
}

export interface SeriesPoint {
  from: string;
  to: string;
  /** The day the point is seen as of. */
  asOf: string;
  label: string;
  figure: KpiFigure;
}

/**
 * One KPI per month, quarter or year. Without `asOf` each point is seen as of its own end (the
 * documented default); with it every point is seen as of that one day, so that for a figure whose
 * parts add up over periods (`periodAdditive`) the months' parts sum to the quarter's.
 */
export async function kpiSeries(
  db: Queryable, setting: KpiSetting, key: string, range: { from: string; to: string; asOf?: string | null },
  granularity: Granularity, cumulative: boolean, filter: KpiFilter,
): Promise<SeriesPoint[]> {
  const kpi = checkedKpi(key);
  checkedPeriod(range);
  const points = buckets(range, granularity, cumulative);
  const scopes = points.map((b, i) => scopeFor(setting, String(i), { from: b.from, to: b.to, asOf: range.asOf ?? null }, filter));
  const figures = await computeFigures(db, setting.engine, scopes, [kpi]);
  return points.map((b, i) => ({ ...b, asOf: scopes[i].asOf, figure: figures.get(String(i))![0] }));
}

/** One KPI's points in a set of series: the same months for every key. */
export interface KeyedSeries {
  key: string;
  points: SeriesPoint[];
}

/**
 * Several KPIs' series over the same buckets in ONE engine call: the points are the statement's
 * scopes and the KPIs its columns, so fourteen sparklines cost about what one does. Keys come back
 * in the order asked; a key asked twice is computed once.
 */
export async function kpiSeriesSet(
  db: Queryable, setting: KpiSetting, keys: readonly string[], range: { from: string; to: string; asOf?: string | null },
  granularity: Granularity, cumulative: boolean, filter: KpiFilter,
): Promise<KeyedSeries[]> {
  const kpis = [...new Set(keys)].map(checkedKpi);
  checkedPeriod(range);
  if (kpis.length === 0) return [];
  const points = buckets(range, granularity, cumulative);
  const scopes = points.map((b, i) => scopeFor(setting, String(i), { from: b.from, to: b.to, asOf: range.asOf ?? null }, filter));
  const figures = await computeFigures(db, setting.engine, scopes, kpis);
  return kpis.map((kpi, k) => ({
    key: kpi.key,
    points: points.map((b, i) => ({ ...b, asOf: scopes[i].asOf, figure: figures.get(String(i))![k] })),
  }));
}

export interface EvidenceResult {
  kind: string;
  totalCount: number;
  rows: { key: string; note: string | null; facts: EvidenceFacts | null; record: object }[];
  nextOffset: number | null;
}

/** The rows behind a figure's numerator or denominator, a page at a time. */
export async function kpiEvidence(
  db: Queryable, setting: KpiSetting, key: string, period: KpiPeriod, filter: KpiFilter, part: KpiPartName,
  first: number, offset: number, descending = false,
): Promise<EvidenceResult> {
  const kpi = checkedKpi(key);
  if (part !== 'NUMERATOR' && !kpi.denominator) throw new KpiQueryError(`${kpi.name}是计数指标，没有分母`);
  // A summed denominator (staff reported) has no rows of its own to subtract the numerator's from.
  if (part === 'SHORTFALL' && (kpi.denominator!.sum || kpi.denominator!.base !== kpi.numerator.base)) {
    throw new KpiQueryError(`${kpi.name}的分母与分子不是同一组记录，没有差额明细`);
  }
  const scope = scopeFor(setting, 'all', period, filter);
  const page = await evidencePage(db, setting.engine, scope, kpi, part, first, offset, descending);
  const records = await loadEvidenceRecords(db, page.kind, page.rows.map((r) => r.key));
  return {
    kind: page.kind,
    totalCount: page.totalCount,
    rows: page.rows.map((r) => ({ ...r, record: records.get(r.key)! })),
    nextOffset: offset + page.rows.length < page.totalCount ? offset + page.rows.length : null,
  };
}
