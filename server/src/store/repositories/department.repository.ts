import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import { containsPattern, regionPrefix, SqlFilter, type Queryable } from './sql-filter';

export interface DepartmentRecord {
  code: string;
  name: string;
  regionCode: string;
  qualifiedStaff: number;
  isMember: boolean;
  batchId: number;
}

export interface DepartmentFilter {
  regionCode?: string | null;
  isMember?: boolean | null;
  search?: string | null;
}

const SHAPE: ListShape<DepartmentRecord> = {
  select: `d.code, d.name, d.region_code as "regionCode", d.qualified_staff as "qualifiedStaff",
    d.is_member as "isMember", d.batch_id as "batchId"`,
  from: 'department d',
  keyColumns: ['d.code'],
  keyChecks: [isCode],
  keyOf: (row) => [row.code],
};

function where(filter: DepartmentFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.regionCode) w.where(`d.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.isMember != null) w.where(`d.is_member = ${w.param(filter.isMember)}`);
  if (filter.search) w.where(`d.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

export function listDepartments(db: Queryable, filter: DepartmentFilter, page: PageRequest): Promise<Page<DepartmentRecord>> {
  return fetchPage(db, SHAPE, where(filter), page);
}

export async function findDepartment(db: Queryable, code: string): Promise<DepartmentRecord | null> {
  const [row] = await findDepartments(db, [code]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findDepartments(db: Queryable, keys: readonly string[]): Promise<DepartmentRecord[]> {
  const w = new SqlFilter();
  return await fetchAll(db, SHAPE, w.where(`d.code = any(${w.param(keys)})`));
}
