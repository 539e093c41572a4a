/** Drafting, issuing and checking reports: the operations behind the API and the dashboard. */
import { kpiDefinition } from '../metrics/definitions';
import type { KpiFigure } from '../metrics/scope';
import { kpisFor, type KpiSetting } from '../metrics/operations';
import { findReport, insertReport, issuedFile, markIssued, type ReportRecord } from '../store/repositories/report.repository';
import { findReportTemplate, saveReportTemplate, type ReportTemplateRecord } from '../store/repositories/report-template.repository';
import { gatherCircularData } from './circular-data';
import { placeholdersByKey } from './placeholders';
import { checkTemplate, DEFAULT_OFFICE, defaultOverview, DEFAULT_REQUIREMENTS, fillTemplate } from './narrative';
import type { Queryable } from '../store/repositories/sql-filter';
import { checkPeriodHasData, checkScope, defaultCutOff, generateReport, REPORT_FORMATS, ReportError, type GeneratedReport } from './generate';

export { ReportError };

/**
 * A report's file: an issued one exactly as issued, a draft made from today's data. The setting
 * (targets, bands, calendar) is loaded only for a draft: an issued file needs none of it.
 */
export async function reportFile(
  db: Queryable, loadSetting: () => Promise<KpiSetting>, report: ReportRecord, baseUrl?: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (report.status === 'ISSUED') {
    const stored = (await issuedFile(db, report.id))!;
    return { fileName: stored.fileName, bytes: stored.file };
  }
  const generated = await generateDraft(db, await loadSetting(), report, baseUrl);
  return { fileName: generated.fileName, bytes: generated.bytes };
}

type NarrativeKind = ReportTemplateRecord['kind'];
const isNarrative = (kind: ReportRecord['kind']): kind is NarrativeKind => kind === 'summary' || kind === 'circular';

/** The office's saved words for a kind of report, or the hub's defaults while it has saved none. */
export async function reportTemplate(db: Queryable, kind: NarrativeKind): Promise<ReportTemplateRecord> {
  return await findReportTemplate(db, kind)
    ?? { kind, office: DEFAULT_OFFICE, overview: [...defaultOverview(kind)], requirements: [...DEFAULT_REQUIREMENTS[kind]], updatedAt: null };
}

/** Keeps the office's words for later drafts; placeholders are checked first, so a typo is never saved. */
export async function saveTemplate(db: Queryable, template: Omit<ReportTemplateRecord, 'updatedAt'>): Promise<ReportTemplateRecord> {
  const overview = template.overview.filter((p) => p.trim());
  const requirements = template.requirements.filter((p) => p.trim());
  if (!template.office.trim()) throw new ReportError('请填写发文机关');
  if (!overview.length || !requirements.length) throw new ReportError('模板的总体情况和工作要求都至少要有一段');
  checkTemplate(overview);
  return saveReportTemplate(db, { kind: template.kind, office: template.office.trim(), overview: placeholdersByKey(overview), requirements });
}

export interface DraftRequest {
  kind: ReportRecord['kind'];
  from: string;
  to: string;
  /** Null: the day the draft is made, which a circular's draft is dated. */
  asOf: string | null;
  departmentCode: string | null;
}

/** A new draft: a narrative report starts from the office's template. */
export async function draftReport(db: Queryable, request: DraftRequest): Promise<ReportRecord> {
  if (request.to < request.from) throw new ReportError(`截止日期 ${request.to} 早于起始日期 ${request.from}`);
  checkScope(request.kind, request.departmentCode);
  await checkPeriodHasData(db, request);
  const words = isNarrative(request.kind) ? await reportTemplate(db, request.kind) : { office: DEFAULT_OFFICE, overview: [], requirements: [] };
  try {
    return await insertReport(db, { ...request, asOf: defaultCutOff(request.asOf), number: '', office: words.office, overview: placeholdersByKey(words.overview), requirements: words.requirements });
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'report_department_code_fkey') throw new ReportError(`部门代码 ${request.departmentCode} 不存在`);
    throw error;
  }
}

/** Paragraphs with today's figures filled in, as the draft's file would state them; none given: the draft's own. */
export async function previewOverview(db: Queryable, setting: KpiSetting, id: string, overview: readonly string[]): Promise<string[]> {
  const report = await findReport(db, id);
  if (!report) throw new ReportError(`报告 ${id} 不存在`);
  const kind = report.kind === 'summary' ? 'summary' : 'circular';
  const data = await gatherCircularData(db, setting, kind, { from: report.from, to: report.to, asOf: report.asOf }, report.departmentCode);
  return fillTemplate(overview.length ? overview : report.overview.length ? report.overview : defaultOverview(kind), data);
}

function generateDraft(db: Queryable, setting: KpiSetting, report: ReportRecord, baseUrl?: string): Promise<GeneratedReport> {
  return generateReport(db, setting, {
    kind: report.kind, format: REPORT_FORMATS[report.kind][0],
    period: { from: report.from, to: report.to, asOf: report.asOf },
    office: report.office, number: report.number, overview: report.overview, requirements: report.requirements,
    departmentCode: report.departmentCode, baseUrl,
  });
}

/** Who issues: the signed-in account, and the name shown beside it (the account's name unless another is given). */
export interface Issuer {
  username: string;
  displayName: string;
}

/** Freezes a draft: its file and figures as of now, who issued it, when. */
export async function issueReport(db: Queryable, setting: KpiSetting, id: string, issuer: Issuer, baseUrl?: string): Promise<ReportRecord> {
  const report = await findReport(db, id);
  if (!report) throw new ReportError(`报告 ${id} 不存在`);
  if (report.status === 'ISSUED') throw new ReportError(`报告 ${id} 已签发`);
  if (!issuer.displayName.trim()) throw new ReportError('请填写签发人');
  const generated = await generateDraft(db, setting, report, baseUrl);
  const issued = await markIssued(db, id, { fileName: generated.fileName, file: generated.bytes, figures: generated.figures, issuedBy: issuer.displayName.trim(), issuedByUsername: issuer.username });
  if (!issued) throw new ReportError(`报告 ${id} 已签发`);
  return issued;
}

export interface FigureChange {
  key: string;
  name: string;
  issued: { numerator: number; denominator: number | null; value: number | null };
  now: { numerator: number; denominator: number | null; value: number | null };
}

/** The figures of an issued report that the live data now gives differently, for the same period. */
export async function reportChanges(db: Queryable, setting: KpiSetting, id: string): Promise<FigureChange[]> {
  const report = await findReport(db, id);
  if (!report) throw new ReportError(`报告 ${id} 不存在`);
  if (report.status !== 'ISSUED') return [];
  const stored = (await issuedFile(db, id))!.figures as KpiFigure[];
  const live = await kpisFor(db, setting, { from: report.from, to: report.to, asOf: report.asOf }, { departmentCode: report.departmentCode });
  const pick = (f: KpiFigure) => ({ numerator: f.numerator, denominator: f.denominator, value: f.value });
  return stored.flatMap((before) => {
    const now = live.find((f) => f.key === before.key);
    if (!now || (now.numerator === before.numerator && now.denominator === before.denominator)) return [];
    return [{ key: before.key, name: kpiDefinition(before.key)!.name, issued: pick(before), now: pick(now) }];
  });
}
