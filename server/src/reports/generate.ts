/** One place that turns a report's kind, period and words into its file and the figures it states. */
import { periodLabel } from '../domain/period';
import type { KpiFigure } from '../metrics/scope';
import { kpisFor, type KpiSetting } from '../metrics/operations';
import type { Queryable } from '../store/repositories/sql-filter';
import { gatherCircularData } from './circular-data';
import { circularDocx, circularTitle } from './circular-docx';
import { DEFAULT_OVERVIEW, DEFAULT_REQUIREMENTS, fillTemplate } from './narrative';
import { buildSelfEvaluation } from './self-evaluation';
import { selfEvaluationDocx } from './self-evaluation-docx';
import { selfEvaluationWorkbook } from './self-evaluation-xlsx';
import { buildStatistics } from './statistics';
import { statisticsWorkbook } from './statistics-xlsx';

export type ReportKindName = 'summary' | 'circular' | 'self-evaluation' | 'statistics';
export const REPORT_FORMATS: Record<ReportKindName, ('docx' | 'xlsx')[]> = {
  summary: ['docx'], circular: ['docx'], 'self-evaluation': ['docx', 'xlsx'], statistics: ['xlsx'],
};
const NAMES: Record<ReportKindName, string> = { summary: '月总结', circular: '季通报', 'self-evaluation': '自评表', statistics: '统计表' };

export interface ReportSpec {
  kind: ReportKindName;
  format: 'docx' | 'xlsx';
  period: { from: string; to: string; asOf: string };
  office?: string;
  number?: string;
  /** The office's paragraphs with placeholders; the defaults when empty. */
  overview?: readonly string[];
  requirements?: readonly string[];
  departmentCode?: string | null;
  /** The dashboard's address, for links to each figure's rows. */
  baseUrl?: string;
}

export interface GeneratedReport {
  fileName: string;
  bytes: Buffer;
  /** The jurisdiction's figures the report states, kept with an issued report to compare with later. */
  figures: KpiFigure[];
  summary: string;
}

export async function generateReport(db: Queryable, setting: KpiSetting, spec: ReportSpec): Promise<GeneratedReport> {
  if (!REPORT_FORMATS[spec.kind].includes(spec.format)) throw new Error(`${NAMES[spec.kind]}不能生成 .${spec.format} 文件`);
  const { period } = spec;
  const label = `统计期间：${periodLabel(period)}（${period.from} 至 ${period.to}，数据截至 ${period.asOf}）`;
  const fileName = `${periodLabel(period)}${NAMES[spec.kind]}.${spec.format}`;
  const figures = await kpisFor(db, setting, period, { departmentCode: spec.departmentCode ?? null });
  if (spec.kind === 'summary' || spec.kind === 'circular') {
    const data = await gatherCircularData(db, setting, spec.kind, period);
    const overview = spec.overview?.length ? spec.overview : DEFAULT_OVERVIEW;
    const requirements = spec.requirements?.length ? spec.requirements : DEFAULT_REQUIREMENTS;
    const bytes = await circularDocx(data, {
      office: spec.office || '“双随机、一公开”监管工作联席会议办公室', number: spec.number ?? '', overview: [...overview], requirements: [...requirements],
    }, fillTemplate(overview, data), [...requirements]);
    const missed = data.departments.filter((d) => d.missedTargets > 0).length;
    return { fileName, bytes, figures: data.figures, summary: `${circularTitle(data)}，${missed} 个成员单位有指标未达标` };
  }
  if (spec.kind === 'statistics') {
    const rows = await buildStatistics(db, setting, period);
    const bytes = Buffer.from(await statisticsWorkbook(rows, '推进“双随机、一公开”监管工作统计表', label).xlsx.writeBuffer());
    return { fileName, bytes, figures, summary: `${rows.length - 1} 个成员单位及合计行` };
  }
  const rows = await buildSelfEvaluation(db, setting, period, { departmentCode: spec.departmentCode ?? null }, spec.baseUrl ?? 'http://127.0.0.1:4000');
  const title = '“双随机、一公开”监管工作自评表';
  const subtitle = spec.departmentCode ? `${label}；部门 ${spec.departmentCode}` : label;
  const bytes = spec.format === 'docx'
    ? await selfEvaluationDocx(rows, title, subtitle)
    : Buffer.from(await selfEvaluationWorkbook(rows, title, subtitle).xlsx.writeBuffer());
  return { fileName, bytes, figures, summary: `${rows.length} 项指标，其中 ${rows.filter((r) => r.met === false).length} 项未达标` };
}
