import { isIsoDate } from '../../domain/dates';
import type { PublicationTimeliness } from '../../domain/publication';
import type { CreditClass, FollowUp, InspectionMethod, ResultCategory, SubjectType } from '../../domain/vocabulary';
import { fetchAll, fetchPage, isDigits, type ListShape, type Page, type PageRequest } from './page';
import type { CodeAndName, InspectorRef } from './refs';
import { containsPattern, loadGrouped, regionPrefix, SqlFilter, type Period, type Queryable } from './sql-filter';

export type PublicationStatus = 'PUBLISHED' | 'UNPUBLISHED';


export interface InspectionRecord {
  id: string;
  task: CodeAndName;
  subject: CodeAndName;
  department: CodeAndName;
  inspectedOn: string;
  methods: InspectionMethod[];
  categories: ResultCategory[];
  foundProblem: boolean;
  publishedOn: string | null;
  status: PublicationStatus;
  followUp: FollowUp | null;
  inspectors: InspectorRef[];
  batchId: number;
}

export interface InspectionFilter {
  departmentCode?: string | null;
  /** Matched against the inspected subject's division. */
  regionCode?: string | null;
  period?: Period | null;
  status?: PublicationStatus | null;
  taskCode?: string | null;
  subjectCode?: string | null;
  creditClass?: CreditClass | null;
  subjectType?: SubjectType | null;
  foundProblem?: boolean | null;
  /** Matched against the subject's name. */
  search?: string | null;
  /** 按时、逾期… as of `asOf`, judged against each day's deadline in `deadlines` (which covers every day listed). */
  timeliness?: { value: PublicationTimeliness; asOf: string; deadlines: { departments: (string | null)[]; days: string[]; deadlines: string[] } } | null;
}

type InspectionRow = Omit<InspectionRecord, 'inspectors'>;

const SHAPE: ListShape<InspectionRow> = {
  select: `x.id, json_build_object('code', t.code, 'name', t.name) as task,
    json_build_object('code', s.code, 'name', s.name) as subject, json_build_object('code', d.code, 'name', d.name) as department,
    x.inspected_on as "inspectedOn", x.methods, x.categories, x.found_problem as "foundProblem",
    x.published_on as "publishedOn",
    case when x.published_on is null then 'UNPUBLISHED' else 'PUBLISHED' end as status, x.follow_up as "followUp", x.batch_id as "batchId"`,
  from: `inspection x join task t on t.code = x.task_code join subject s on s.code = x.subject_code
    join department d on d.code = x.department_code`,
  keyColumns: ['x.inspected_on', 'x.id'],
  keyChecks: [isIsoDate, isDigits],
  keyOf: (row) => [row.inspectedOn, row.id],
};

function where(filter: InspectionFilter): SqlFilter {
  const w = new SqlFilter();
  if (filter.departmentCode) w.where(`x.department_code = ${w.param(filter.departmentCode)}`);
  if (filter.regionCode) w.where(`s.region_code like ${w.param(`${regionPrefix(filter.regionCode)}%`)}`);
  if (filter.period) w.where(`x.inspected_on between ${w.param(filter.period.from)} and ${w.param(filter.period.to)}`);
  if (filter.status) w.where(`x.published_on is ${filter.status === 'PUBLISHED' ? 'not null' : 'null'}`);
  if (filter.taskCode) w.where(`x.task_code = ${w.param(filter.taskCode)}`);
  if (filter.subjectCode) w.where(`x.subject_code = ${w.param(filter.subjectCode)}`);
  if (filter.creditClass) w.where(`s.credit_class = ${w.param(filter.creditClass)}`);
  if (filter.subjectType) w.where(`s.subject_type = ${w.param(filter.subjectType)}`);
  if (filter.foundProblem != null) w.where(`x.found_problem = ${w.param(filter.foundProblem)}`);
  if (filter.search) w.where(`s.name ilike ${w.param(containsPattern(filter.search))}`);
  if (filter.timeliness) {
    const { value, asOf: day, deadlines } = filter.timeliness;
    const asOf = `${w.param(day)}::date`;
    const published = `(x.published_on is not null and x.published_on <= ${asOf})`;
    const condition = {
      ON_TIME: `${published} and x.published_on <= dl.deadline`,
      LATE: `${published} and x.published_on > dl.deadline`,
      PENDING: `not ${published} and ${asOf} <= dl.deadline`,
      UNPUBLISHED_LATE: `not ${published} and ${asOf} > dl.deadline`,
    }[value];
    // An exists on the day: planned as a hashed semi-join, not a look-up per row.
    // A null department: the day's deadline holds for every department (one window for all).
    w.where(`exists (select 1 from unnest(${w.param(deadlines.departments)}::text[], ${w.param(deadlines.days)}::date[],
                                          ${w.param(deadlines.deadlines)}::date[]) as dl(department_code, day, deadline)
      where dl.day = x.inspected_on and (dl.department_code is null or dl.department_code = x.department_code) and ${condition})`);
  }
  return w;
}

async function withInspectors(db: Queryable, rows: InspectionRow[]): Promise<InspectionRecord[]> {
  const inspectors = await loadGrouped<InspectorRef>(
    db,
    `select ii.inspection_id::text as owner, p.certificate_no as "certificateNo", p.name from inspection_inspector ii
     join inspector p on p.certificate_no = ii.certificate_no where ii.inspection_id = any($1::bigint[]) order by p.certificate_no`,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, inspectors: inspectors.get(row.id) ?? [] }));
}

export async function listInspections(db: Queryable, filter: InspectionFilter, page: PageRequest): Promise<Page<InspectionRecord>> {
  const result = await fetchPage(db, SHAPE, where(filter), page);
  return { ...result, nodes: await withInspectors(db, result.nodes) };
}

export async function findInspection(db: Queryable, id: string): Promise<InspectionRecord | null> {
  const [row] = await findInspections(db, [id]);
  return row ?? null;
}

/** The results with these ids, in date order; ids that are not numbers or not stored are skipped. */
export async function findInspections(db: Queryable, ids: readonly string[]): Promise<InspectionRecord[]> {
  const valid = ids.filter(isDigits);
  if (valid.length === 0) return [];
  const w = new SqlFilter();
  return withInspectors(db, await fetchAll(db, SHAPE, w.where(`x.id = any(${w.param(valid)}::bigint[])`)));
}
