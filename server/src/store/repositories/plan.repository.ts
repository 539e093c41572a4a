import { fetchAll, fetchPage, isCode, type ListShape, type Page, type PageRequest } from './page';
import { isJoint, type CodeAndName } from './refs';
import { containsPattern, loadGrouped, regionPrefix, SqlFilter, type Period, type Queryable } from './sql-filter';

export interface PlanRecord {
  code: string;
  name: string;
  year: number;
  initiator: CodeAndName;
  cooperators: CodeAndName[];
  isJoint: boolean;
  enteredOn: string;
  publishedOn: string | null;
  batchId: number;
}

export interface PlanFilter {
  departmentCode?: string | null;
  regionCode?: string | null;
  period?: Period | null;
  search?: string | null;
}

type PlanRow = Omit<PlanRecord, 'cooperators' | 'isJoint'>;

const SHAPE: ListShape<PlanRow> = {
  select: `p.code, p.name, p.year, json_build_object('code', d.code, 'name', d.name) as initiator,
    p.entered_on as "enteredOn", p.published_on as "publishedOn", p.batch_id as "batchId"`,
  from: 'plan p join department d on d.code = p.initiator_code',
  keyColumns: ['p.code'],
  keyChecks: [isCode],
  keyOf: (row) => [row.code],
};

function where(filter: PlanFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) {
    const code = w.param(filter.departmentCode);
    w.where(`(p.initiator_code = ${code} or exists (select 1 from plan_cooperator c
      where c.plan_code = p.code and c.department_code = ${code}))`);
  }
  if (filter.regionCode) w.where(`d.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.period) {
    // A plan covers its whole year, so it touches the period when its year lies within the period's years.
    w.where(`p.year between ${w.param(Number(filter.period.from.slice(0, 4)))} and ${w.param(Number(filter.period.to.slice(0, 4)))}`);
  }
  if (filter.search) w.where(`p.name ilike ${w.param(containsPattern(filter.search))}`);
  return w;
}

async function withCooperators(db: Queryable, rows: PlanRow[]): Promise<PlanRecord[]> {
  const cooperators = await loadGrouped<CodeAndName>(
    db,
    `select c.plan_code as owner, d.code, d.name from plan_cooperator c join department d on d.code = c.department_code
     where c.plan_code = any($1) order by d.code`,
    rows.map((row) => row.code),
  );
  return rows.map((row) => {
    const list = cooperators.get(row.code) ?? [];
    return { ...row, cooperators: list, isJoint: isJoint(row.initiator.code, list) };
  });
}

export async function listPlans(db: Queryable, filter: PlanFilter, page: PageRequest): Promise<Page<PlanRecord>> {
  const result = await fetchPage(db, SHAPE, where(filter), page);
  return { ...result, nodes: await withCooperators(db, result.nodes) };
}

export async function findPlan(db: Queryable, code: string): Promise<PlanRecord | null> {
  const [row] = await findPlans(db, [code]);
  return row ?? null;
}

/** The records with these keys, in key order; unknown keys are skipped. */
export async function findPlans(db: Queryable, keys: readonly string[]): Promise<PlanRecord[]> {
  const w = new SqlFilter();
  return await withCooperators(db, await fetchAll(db, SHAPE, w.where(`p.code = any(${w.param(keys)})`)));
}
