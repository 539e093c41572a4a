/** The GraphQL the dashboard sends; the shapes it gets back are generated from schema.graphql (./generated). */
import { send } from './client';
import { graphql } from './generated';
import type {
  DataExtentQuery, DepartmentTotalsQuery, EvidenceQuery, Granularity, KpiCatalogEntryFieldsFragment, KpiFieldsFragment, KpiPart,
  KpiPeriodInput, LeagueQuery, SeriesPointFieldsFragment,
} from './generated/graphql';

export type Period = KpiPeriodInput;

export interface Filter {
  departmentCode?: string | null;
  regionCode?: string | null;
}

export type Kpi = KpiFieldsFragment;
export type KpiCatalogEntry = KpiCatalogEntryFieldsFragment;
export type SeriesPoint = SeriesPointFieldsFragment;
export type DepartmentRow = LeagueQuery['departmentKpis'][number];
export type DepartmentTotals = DepartmentTotalsQuery['departmentKpiTotals'];
export type DataExtent = DataExtentQuery['dataExtent'];
export type EvidencePage = EvidenceQuery['kpiEvidence'];

graphql(`fragment KpiFields on Kpi { key name unit value numerator denominator target comparator met definition source }`);
graphql(`fragment SeriesPointFields on KpiSeriesPoint { label from to value numerator denominator met }`);
graphql(`fragment KpiCatalogEntryFields on KpiCatalogEntry { key name unit definition source periodAdditive departmentRule }`);

const KPIS = graphql(`query Kpis($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String, $keys: [String!]) {
  kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode, keys: $keys) { ...KpiFields } }`);

/** The figures of a period: every KPI, or only those of `keys` (a page computes no more than it shows). */
export async function fetchKpis(period: Period, filter: Filter, keys?: readonly string[]): Promise<Kpi[]> {
  return (await send(KPIS, { period, ...filter, keys: keys ? [...keys] : null })).kpis;
}

const KPI_CATALOG = graphql(`query KpiCatalog { kpiCatalog { ...KpiCatalogEntryFields } }`);
let catalog: Promise<KpiCatalogEntry[]> | null = null;

/** Every KPI's name, unit and definition, in the order kpis lists them: asked once per page load, as it changes only with a release. */
export function fetchKpiCatalog(): Promise<KpiCatalogEntry[]> {
  catalog ??= send(KPI_CATALOG).then((d) => d.kpiCatalog, (e: unknown) => {
    // A refusal (signed out, server down) is not the catalogue: the next page asks again.
    catalog = null;
    throw e;
  });
  return catalog;
}

const SERIES = graphql(`query Series($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,
  $departmentCode: String, $regionCode: String, $asOf: String) {
  kpiSeries(key: $key, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,
    regionCode: $regionCode, asOf: $asOf) { ...SeriesPointFields } }`);

/** With `asOf`, every point is seen as of that one day (the figure's cut-off); without, each as of its own end. */
export async function fetchSeries(
  key: string, range: { from: string; to: string }, granularity: Granularity, cumulative: boolean, filter: Filter,
  asOf: string | null = null,
): Promise<SeriesPoint[]> {
  return (await send(SERIES, { key, from: range.from, to: range.to, granularity, cumulative, ...filter, asOf })).kpiSeries;
}

const SERIES_SET = graphql(`query SeriesSet($keys: [String!]!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,
  $departmentCode: String, $regionCode: String, $asOf: String) {
  kpiSeriesSet(keys: $keys, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,
    regionCode: $regionCode, asOf: $asOf) { key points { ...SeriesPointFields } } }`);

/** Several KPIs' series over the same months, computed together: a page of sparklines costs one request and one computation. */
export async function fetchSeriesBatch(
  keys: string[], range: { from: string; to: string }, granularity: Granularity, cumulative: boolean, filter: Filter,
  asOf: string | null = null,
): Promise<Record<string, SeriesPoint[]>> {
  if (keys.length === 0) return {};
  const data = await send(SERIES_SET, { keys, from: range.from, to: range.to, granularity, cumulative, ...filter, asOf });
  return Object.fromEntries(data.kpiSeriesSet.map((s) => [s.key, s.points]));
}

const LEAGUE = graphql(`query League($period: KpiPeriodInput!, $keys: [String!]) {
  departmentKpis(period: $period, keys: $keys) { code name rank score missedTargets kpis { ...KpiFields } } }`);

/** The league table; with `keys`, each row carries only those KPIs (the server computes no others but the scored ones). */
export async function fetchLeague(period: Period, keys?: readonly string[]): Promise<DepartmentRow[]> {
  return (await send(LEAGUE, { period, keys: keys ? [...keys] : null })).departmentKpis;
}

const PUBLICATION_DEADLINE = graphql(`query PublicationDeadline($day: String!) { publicationDeadline(inspectedOn: $day) }`);

/** The day every department's results inspected on `day` are due (the server's settings and calendar). */
export async function fetchPublicationDeadline(day: string): Promise<string> {
  return (await send(PUBLICATION_DEADLINE, { day })).publicationDeadline;
}

const DEPARTMENT_TOTALS = graphql(`query DepartmentTotals($period: KpiPeriodInput!) { departmentKpiTotals(period: $period) {
  nonMember { ...KpiFields } nonMemberDepartments { code name } total { ...KpiFields } reconciliation { key note } } }`);

/** What a per-department table needs below its member rows: the 非成员单位 row, the 合计 row and the footnotes. */
export async function fetchDepartmentTotals(period: Period): Promise<DepartmentTotals> {
  return (await send(DEPARTMENT_TOTALS, { period })).departmentKpiTotals;
}

const DATA_EXTENT = graphql(`query DataExtent { dataExtent { firstDay lastDay } }`);

export async function fetchDataExtent(): Promise<DataExtent> {
  return (await send(DATA_EXTENT)).dataExtent;
}

const MEMBER_DEPARTMENTS = graphql(`query MemberDepartments { departments(first: 500, isMember: true) { nodes { code name } } }`);

export async function fetchMemberDepartments(): Promise<{ code: string; name: string }[]> {
  return (await send(MEMBER_DEPARTMENTS)).departments.nodes;
}

const EVIDENCE = graphql(`query Evidence($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String,
  $departmentCode: String, $regionCode: String, $descending: Boolean!, $sortBy: String) {
  kpiEvidence(key: $key, period: $period, part: $part, first: $first, after: $after, departmentCode: $departmentCode, regionCode: $regionCode,
    descending: $descending, sortBy: $sortBy) {
    kind totalCount columns { name type } nodes { key cells link } pageInfo { hasNextPage endCursor } } }`);

/** One page of a figure's rows, one cell per fact; sortBy names a column (null: by key). */
export async function fetchEvidence(
  key: string, period: Period, filter: Filter, part: KpiPart, first: number, after: string | null,
  descending = false, sortBy: string | null = null,
): Promise<EvidencePage> {
  return (await send(EVIDENCE, { key, period, part, first, after, ...filter, descending, sortBy })).kpiEvidence;
}

const RESULT_CATEGORIES = graphql(`query ResultCategories($period: PeriodInput!, $departmentCode: String, $regionCode: String) {
  resultCategories(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { name count } }`);

export async function fetchResultCategories(period: Period, filter: Filter): Promise<{ name: string; count: number }[]> {
  return (await send(RESULT_CATEGORIES, { period: { from: period.from, to: period.to }, ...filter })).resultCategories;
}
