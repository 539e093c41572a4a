import type { ItemCategory } from '../../domain/vocabulary';
import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import type { CodeAndName } from './refs';
import { containsPattern, regionPrefix, SqlFilter, type Queryable } from './sql-filter';

export interface InspectionItemRecord {
  code: string;
  name: string;
  department: CodeAndName;
  category: ItemCategory;
  ratioCeiling: number | null;
  legalBasis: string | null;
  batchId: number;
}

export interface InspectionItemFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
  category?: ItemCategory | null;
  search?: string | null;
}

const SHAPE: ListShape<InspectionItemRecord> = {
  select: `i.code, i.name, json_build_object('code', d.code, 'name', d.name) as department, i.category,
    i.ratio_ceiling::float8 as "ratioCeiling", i.legal_basis as "legalBasis", i.batch_id as "batchId"`,
  from: 'inspection_item i join department d on d.code = i.department_code',
  keyColumns: ['i.code'],
  keyChecks: [isCode],
  keyOf: (row) => [row.code],
};

function where(filter: InspectionItemFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) w.where(`i.department_code = ${w.param(filter.departmentCode)}`);
  if (filter.regionCode) w.where(`d.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.category) w.where(`i.category = ${w.param(filter.category)}`);
  if (filter.search) w.where(`i.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

export function listInspectionItems(
  db: Queryable,
  filter: InspectionItemFilter,
  page: PageRequest,
): Promise<Page<InspectionItemRecord>> {
  return fetchPage(db, SHAPE, where(filter), page);
}

export async function findInspectionItem(db: Queryable, code: string): Promise<InspectionItemRecord | null> {
  const [row] = await findInspectionItems(db, [code]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findInspectionItems(db: Queryable, keys: readonly string[]): Promise<InspectionItemRecord[]> {
  const w = new SqlFilter();
  return await fetchAll(db, SHAPE, w.where(`i.code = any(${w.param(keys)})`));
}
