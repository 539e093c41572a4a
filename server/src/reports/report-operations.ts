/** Drafting, issuing and checking reports: the operations behind the API and the dashboard. */
import { KPI_DEFINITIONS } from '../metrics/definitions';
import type { KpiFigure } from '../metrics/scope';
import { kpisFor, type KpiSetting } from '../metrics/operations';
import { findReport, issuedFile, markIssued, type ReportRecord } from '../store/repositories/report.repository';
import type { Queryable } from '../store/repositories/sql-filter';
import { generateReport, REPORT_FORMATS, type GeneratedReport } from './generate';

export class ReportError extends Error {}

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

function generateDraft(db: Queryable, setting: KpiSetting, report: ReportRecord, baseUrl?: string): Promise<GeneratedReport> {
  return generateReport(db, setting, {
    kind: report.kind, format: REPORT_FORMATS[report.kind][0],
    period: { from: report.from, to: report.to, asOf: report.asOf },
    office: report.office, number: report.number, overview: report.overview, requirements: report.requirements, baseUrl,
  });
}

/** Freezes a draft: its file and figures as of now, who issued it, when. */
export async function issueReport(db: Queryable, setting: KpiSetting, id: string, issuedBy: string, baseUrl?: string): Promise<ReportRecord> {
  const report = await findReport(db, id);
  if (!report) throw new ReportError(`报告 ${id} 不存在`);
  if (report.status === 'ISSUED') throw new ReportError(`报告 ${id} 已签发`);
  if (!issuedBy.trim()) throw new ReportError('请填写签发人');
  const generated = await generateDraft(db, setting, report, baseUrl);
  const issued = await markIssued(db, id, { fileName: generated.fileName, file: generated.bytes, figures: generated.figures, issuedBy: issuedBy.trim() });
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
  const live = await kpisFor(db, setting, { from: report.from, to: report.to, asOf: report.asOf }, {});
  const pick = (f: KpiFigure) => ({ numerator: f.numerator, denominator: f.denominator, value: f.value });
  return stored.flatMap((before) => {
    const now = live.find((f) => f.key === before.key);
    if (!now || (now.numerator === before.numerator && now.denominator === before.denominator)) return [];
    return [{ key: before.key, name: KPI_DEFINITIONS.find((d) => d.key === before.key)!.name, issued: pick(before), now: pick(now) }];
  });
}
