/** The office's own words for each narrative report: they start every new draft of that kind. */
import type { Queryable } from './sql-filter';

export interface ReportTemplateRecord {
  kind: 'summary' | 'circular';
  office: string;
  overview: string[];
  requirements: string[];
  updatedAt: string | null;
}

export async function findReportTemplate(db: Queryable, kind: ReportTemplateRecord['kind']): Promise<ReportTemplateRecord | null> {
  const { rows } = await db.query<ReportTemplateRecord>(
    `select kind, office, overview, requirements, updated_at as "updatedAt" from report_template where kind = $1`, [kind],
  );
  return rows[0] ?? null;
}

export async function saveReportTemplate(db: Queryable, t: Omit<ReportTemplateRecord, 'updatedAt'>): Promise<ReportTemplateRecord> {
  const { rows } = await db.query<ReportTemplateRecord>(
    `insert into report_template (kind, office, overview, requirements) values ($1, $2, $3, $4)
     on conflict (kind) do update set office = excluded.office, overview = excluded.overview, requirements = excluded.requirements, updated_at = now()
     returning kind, office, overview, requirements, updated_at as "updatedAt"`,
    [t.kind, t.office, t.overview, t.requirements],
  );
  return rows[0];
}
