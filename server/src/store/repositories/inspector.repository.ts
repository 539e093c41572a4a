import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import type { CodeAndName } from './refs';
import { containsPattern, regionPrefix, SqlFilter, type Queryable } from './sql-filter';

export interface InspectorRecord {
  certificateNo: string;
  name: string;
  department: CodeAndName;
  certificateExpiresOn: string;
  expertise: string | null;
  batchId: number;
}

export interface InspectorFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
  search?: string | null;
}

const SHAPE: ListShape<InspectorRecord> = {
  select: `p.certificate_no as "certificateNo", p.name, json_build_object('code', d.code, 'name', d.name) as department,
    p.certificate_expires_on as "certificateExpiresOn", p.expertise, p.batch_id as "batchId"`,
  from: 'inspector p join department d on d.code = p.department_code',
  keyColumns: ['p.certificate_no'],
  keyChecks: [isCode],
  keyOf: (row) => [row.certificateNo],
};

function where(filter: InspectorFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) w.where(`p.department_code = ${w.param(filter.departmentCode)}`);
  if (filter.regionCode) w.where(`d.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.search) w.where(`p.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

export function listInspectors(db: Queryable, filter: InspectorFilter, page: PageRequest): Promise<Page<InspectorRecord>> {
  return fetchPage(db, SHAPE, where(filter), page);
}

export async function findInspector(db: Queryable, certificateNo: string): Promise<InspectorRecord | null> {
  const [row] = await findInspectors(db, [certificateNo]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findInspectors(db: Queryable, keys: readonly string[]): Promise<InspectorRecord[]> {
  const w = new SqlFilter();
  return await fetchAll(db, SHAPE, w.where(`p.certificate_no = any(${w.param(keys)})`));
}
