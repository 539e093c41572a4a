/** Reports: drafts with the office's words, issued ones with their figures and file as issued. */
import type { Queryable } from './sql-filter';

export interface ReportRecord {
  id: string;
  kind: 'summary' | 'circular' | 'self-evaluation' | 'statistics';
  from: string;
  to: string;
  asOf: string;
  office: string;
  number: string;
  overview: string[];
  requirements: string[];
  /** A member department the report is about; null for the whole jurisdiction. */
  departmentCode: string | null;
  departmentName: string | null;
  status: 'DRAFT' | 'ISSUED';
  fileName: string | null;
  issuedBy: string | null;
  /** The account that issued it; the issuer is whoever was signed in, not a typed name. */
  issuedByUsername: string | null;
  issuedAt: string | null;
  createdAt: string;
}

const COLUMNS = `id::text, kind, period_from::text as "from", period_to::text as "to", as_of::text as "asOf", office, number, overview,
  requirements, department_code as "departmentCode", (select d.name from department d where d.code = department_code) as "departmentName",
  status, file_name as "fileName", issued_by as "issuedBy", issued_by_username as "issuedByUsername", issued_at as "issuedAt", created_at as "createdAt"`;

export type ReportDraft = Pick<ReportRecord, 'kind' | 'from' | 'to' | 'asOf' | 'office' | 'number' | 'overview' | 'requirements' | 'departmentCode'>;

export async function insertReport(db: Queryable, r: ReportDraft): Promise<ReportRecord> {
  const { rows } = await db.query<ReportRecord>(
    `insert into report (kind, period_from, period_to, as_of, office, number, overview, requirements, department_code)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
    [r.kind, r.from, r.to, r.asOf, r.office, r.number, r.overview, r.requirements, r.departmentCode],
  );
  return rows[0];
}

export async function findReport(db: Queryable, id: string): Promise<ReportRecord | null> {
  const { rows } = await db.query<ReportRecord>(`select ${COLUMNS} from report where id = $1::bigint`, [id]);
  return rows[0] ?? null;
}

export async function listReports(db: Queryable, limit: number): Promise<ReportRecord[]> {
  const { rows } = await db.query<ReportRecord>(`select ${COLUMNS} from report order by id desc limit $1`, [limit]);
  return rows;
}

/** Changes a draft's words; the database refuses it for an issued report. */
export async function updateReportText(db: Queryable, id: string, text: Pick<ReportRecord, 'office' | 'number' | 'overview' | 'requirements'>): Promise<ReportRecord | null> {
  const { rows } = await db.query<ReportRecord>(
    `update report set office = $2, number = $3, overview = $4, requirements = $5 where id = $1::bigint returning ${COLUMNS}`,
    [id, text.office, text.number, text.overview, text.requirements],
  );
  return rows[0] ?? null;
}

export async function markIssued(db: Queryable, id: string, issue: { fileName: string; file: Buffer; figures: unknown; issuedBy: string; issuedByUsername: string }): Promise<ReportRecord | null> {
  const { rows } = await db.query<ReportRecord>(
    `update report set status = 'ISSUED', file_name = $2, file = $3, figures = $4, issued_by = $5, issued_by_username = $6, issued_at = now()
     where id = $1::bigint and status = 'DRAFT' returning ${COLUMNS}`,
    [id, issue.fileName, issue.file, JSON.stringify(issue.figures), issue.issuedBy, issue.issuedByUsername],
  );
  return rows[0] ?? null;
}

export async function issuedFile(db: Queryable, id: string): Promise<{ fileName: string; file: Buffer; figures: unknown } | null> {
  const { rows } = await db.query(`select file_name as "fileName", file, figures from report where id = $1::bigint and status = 'ISSUED'`, [id]);
  return rows[0] ?? null;
}
