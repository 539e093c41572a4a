import type { CreditClass, SubjectType } from '../../domain/vocabulary';
import type { SubjectCodeKind } from '../entities/subject.entity';
import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import type { CodeAndName } from './refs';
import { containsPattern, loadGrouped, regionPrefix, SqlFilter, type Queryable } from './sql-filter';

export interface SubjectRecord {
  code: string;
  codeKind: SubjectCodeKind;
  name: string;
  subjectType: SubjectType;
  industryCode: string | null;
  regionCode: string;
  creditClass: CreditClass | null;
  registryDepartments: CodeAndName[];
  batchId: number;
}

export interface SubjectFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
  creditClass?: CreditClass | null;
  subjectType?: SubjectType | null;
  search?: string | null;
}

const SHAPE: ListShape<Omit<SubjectRecord, 'registryDepartments'>> = {
  select: `s.code, s.code_kind as "codeKind", s.name, s.subject_type as "subjectType", s.industry_code as "industryCode",
    s.region_code as "regionCode", s.credit_class as "creditClass", s.batch_id as "batchId"`,
  from: 'subject s',
  keyColumns: ['s.code'],
  keyChecks: [isCode],
  keyOf: (row) => [row.code],
};

function where(filter: SubjectFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) {
    w.where(`exists (select 1 from subject_registry r where r.subject_code = s.code
      and r.department_code = ${w.param(filter.departmentCode)})`);
  }
  if (filter.regionCode) w.where(`s.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.creditClass) w.where(`s.credit_class = ${w.param(filter.creditClass)}`);
  if (filter.subjectType) w.where(`s.subject_type = ${w.param(filter.subjectType)}`);
  if (filter.search) w.where(`s.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

/** One query for the registries of the whole page. */
async function withRegistries(db: Queryable, rows: Omit<SubjectRecord, 'registryDepartments'>[]): Promise<SubjectRecord[]> {
  const registries = await loadGrouped<CodeAndName>(
    db,
    `select r.subject_code as owner, d.code, d.name from subject_registry r join department d on d.code = r.department_code
     where r.subject_code = any($1) order by d.code`,
    rows.map((row) => row.code),
  );
  return rows.map((row) => ({ ...row, registryDepartments: registries.get(row.code) ?? [] }));
}

export async function listSubjects(db: Queryable, filter: SubjectFilter, page: PageRequest): Promise<Page<SubjectRecord>> {
  const result = await fetchPage(db, SHAPE, where(filter), page);
  return { ...result, nodes: await withRegistries(db, result.nodes) };
}

export async function findSubject(db: Queryable, code: string): Promise<SubjectRecord | null> {
  const [row] = await findSubjects(db, [code]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findSubjects(db: Queryable, keys: readonly string[]): Promise<SubjectRecord[]> {
  const w = new SqlFilter();
  return await withRegistries(db, await fetchAll(db, SHAPE, w.where(`s.code = any(${w.param(keys)})`)));
}
