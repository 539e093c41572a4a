/** The GraphQL the dashboard sends, with the shapes it gets back. */
import type { KpiUnit } from '../format';
import { gql } from './client';

export interface Period {
  from: string;
  to: string;
  asOf?: string | null;
}

export interface Filter {
  departmentCode?: string | null;
  regionCode?: string | null;
}

export interface Kpi {
  key: string;
  name: string;
  unit: KpiUnit;
  value: number | null;
  numerator: number;
  denominator: number | null;
  target: number | null;
  comparator: string | null;
  met: boolean | null;
  definition: string;
  source: string;
}

export interface SeriesPoint {
  label: string;
  from: string;
  to: string;
  value: number | null;
  numerator: number;
  denominator: number | null;
  met: boolean | null;
}

export interface DepartmentRow {
  code: string;
  name: string;
  rank: number;
  score: number | null;
  missedTargets: number;
  kpis: Kpi[];
}

const KPI_FIELDS = 'key name unit value numerator denominator target comparator met definition source';

export async function fetchKpis(period: Period, filter: Filter): Promise<Kpi[]> {
  const data = await gql<{ kpis: Kpi[] }>(
    `query($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String) {
      kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { ${KPI_FIELDS} } }`,
    { period, ...filter },
  );
  return data.kpis;
}

/** With `asOf`, every point is seen as of that one day (the figure's cut-off); without, each as of its own end. */
export async function fetchSeries(
  key: string, range: { from: string; to: string }, granularity: 'MONTH' | 'QUARTER' | 'YEAR', cumulative: boolean, filter: Filter,
  asOf: string | null = null,
): Promise<SeriesPoint[]> {
  const data = await gql<{ kpiSeries: SeriesPoint[] }>(
    `query($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!, $departmentCode: String, $regionCode: String
           ${asOf ? ', $asOf: String' : ''}) {
      kpiSeries(key: $key, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode, regionCode: $regionCode
                ${asOf ? ', asOf: $asOf' : ''}) {
        label from to value numerator denominator met } }`,
    { key, ...range, granularity, cumulative, ...filter, ...(asOf ? { asOf } : {}) },
  );
  return data.kpiSeries;
}

export async function fetchLeague(period: Period): Promise<DepartmentRow[]> {
  const data = await gql<{ departmentKpis: DepartmentRow[] }>(
    `query($period: KpiPeriodInput!) { departmentKpis(period: $period) { code name rank score missedTargets kpis { ${KPI_FIELDS} } } }`,
    { period },
  );
  return data.departmentKpis;
}

/** The n-th working day after a day (that day is day 0), on the server's calendar with its 调休. */
/** The day every department's results inspected on `day` are due (the server's settings and calendar). */
export async function fetchPublicationDeadline(day: string): Promise<string> {
  return (await gql<{ publicationDeadline: string }>('query($day: String!) { publicationDeadline(inspectedOn: $day) }', { day })).publicationDeadline;
}

export interface DepartmentTotals {
  /** Departments outside the joint meeting, as one row. */
  nonMember: Kpi[];
  nonMemberDepartments: { code: string; name: string }[];
  /** The whole jurisdiction, as `kpis` without a filter. */
  total: Kpi[];
  /** Per KPI, the footnote saying how the member rows, the 非成员单位 row and the total meet. */
  reconciliation: { key: string; note: string }[];
}

/** What a per-department table needs below its member rows: the 非成员单位 row, the 合计 row and the footnotes. */
export async function fetchDepartmentTotals(period: Period): Promise<DepartmentTotals> {
  const data = await gql<{ departmentKpiTotals: DepartmentTotals }>(
    `query($period: KpiPeriodInput!) { departmentKpiTotals(period: $period) {
      nonMember { ${KPI_FIELDS} } nonMemberDepartments { code name } total { ${KPI_FIELDS} } reconciliation { key note } } }`,
    { period },
  );
  return data.departmentKpiTotals;
}

export interface DataExtent {
  firstDay: string | null;
  lastDay: string | null;
}

export async function fetchDataExtent(): Promise<DataExtent> {
  return (await gql<{ dataExtent: DataExtent }>(`{ dataExtent { firstDay lastDay } }`)).dataExtent;
}

export async function fetchMemberDepartments(): Promise<{ code: string; name: string }[]> {
  const data = await gql<{ departments: { nodes: { code: string; name: string }[] } }>(
    `{ departments(first: 500, isMember: true) { nodes { code name } } }`,
  );
  return data.departments.nodes;
}

export interface EvidencePage {
  kind: string;
  totalCount: number;
  columns: { name: string; type: 'TEXT' | 'DATE' | 'NUMBER' }[];
  nodes: { key: string; cells: (string | null)[]; link: string | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of a figure's rows, one cell per fact; sortBy names a column (null: by key). */
export async function fetchEvidence(
  key: string, period: Period, filter: Filter, part: 'NUMERATOR' | 'DENOMINATOR' | 'SHORTFALL', first: number, after: string | null,
  descending = false, sortBy: string | null = null,
): Promise<EvidencePage> {
  const data = await gql<{ kpiEvidence: EvidencePage }>(
    `query($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String, $departmentCode: String, $regionCode: String,
           $descending: Boolean!, $sortBy: String) {
      kpiEvidence(key: $key, period: $period, part: $part, first: $first, after: $after, departmentCode: $departmentCode, regionCode: $regionCode,
                  descending: $descending, sortBy: $sortBy) {
        kind totalCount columns { name type } nodes { key cells link }
        pageInfo { hasNextPage endCursor } } }`,
    { key, period, part, first, after, ...filter, descending, sortBy },
  );
  return data.kpiEvidence;
}

export async function fetchResultCategories(period: Period, filter: Filter): Promise<{ name: string; count: number }[]> {
  const data = await gql<{ resultCategories: { name: string; count: number }[] }>(
    `query($period: PeriodInput!, $departmentCode: String, $regionCode: String) {
      resultCategories(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { name count } }`,
    { period: { from: period.from, to: period.to }, ...filter },
  );
  return data.resultCategories;
}

/** Several KPIs' series in one request (aliases), so a page of sparklines costs one round trip. */
export async function fetchSeriesBatch(
  keys: string[], range: { from: string; to: string }, granularity: 'MONTH' | 'QUARTER' | 'YEAR', cumulative: boolean, filter: Filter,
  asOf: string | null = null,
): Promise<Record<string, SeriesPoint[]>> {
  if (keys.length === 0) return {};
  const fields = keys.map((key, i) => `s${i}: kpiSeries(key: ${JSON.stringify(key)}, from: $from, to: $to, granularity: $granularity,
    cumulative: $cumulative, departmentCode: $departmentCode, regionCode: $regionCode${asOf ? ', asOf: $asOf' : ''}) {
      label from to value numerator denominator met }`);
  const data = await gql<Record<string, SeriesPoint[]>>(
    `query($from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!, $departmentCode: String, $regionCode: String
           ${asOf ? ', $asOf: String' : ''}) {
      ${fields.join('\n')} }`,
    { ...range, granularity, cumulative, ...filter, ...(asOf ? { asOf } : {}) },
  );
  return Object.fromEntries(keys.map((key, i) => [key, data[`s${i}`]]));
}
