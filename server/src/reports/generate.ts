/** One place that turns a report's kind, period and words into its file and the figures it states. */
import { todayInChina } from '../domain/dates';
import { periodLabel } from '../domain/period';
import type { KpiFigure } from '../metrics/scope';
import { kpisFor, type KpiSetting } from '../metrics/operations';
import type { Queryable } from '../store/repositories/sql-filter';
import { gatherCircularData } from './circular-data';
import { circularDocx, circularTitle } from './circular-docx';
import { DEFAULT_OFFICE, defaultOverview, DEFAULT_REQUIREMENTS, fillTemplate } from './narrative';
import { selfEvaluationRows } from './self-evaluation';
import { selfEvaluationDocx } from './self-evaluation-docx';
import { selfEvaluationWorkbook } from './self-evaluation-xlsx';
import { buildStatistics } from './statistics';
import { statisticsWorkbook } from './statistics-xlsx';
import { cutOffNote } from './docx-parts';

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
  /** 成文日期 of a summary or circular; today in China when not given. */
  dated?: string;
  /** How many departments the circular's section 三 names in its text (default NAMED_IN_TEXT); the table lists all. */
  named?: number;
}

/** A period with no task begun and no result inspected in it would print pages of zeros. */
export const NO_DATA = '所选期间没有抽查任务或检查结果';

export async function checkPeriodHasData(db: Queryable, period: { from: string; to: string }): Promise<void> {
  const { rows } = await db.query(
    `select exists (select 1 from task where starts_on between $1::date and $2::date)
         or exists (select 1 from inspection where inspected_on between $1::date and $2::date) as found`,
    [period.from, period.to],
  );
  if (!rows[0].found) throw new ReportError(`${NO_DATA}（${period.from} 至 ${period.to}），请选择有数据的期间`);
}

/** The day a document's figures are counted to: the one asked for, else its 成文日期, else today. */
export const defaultCutOff = (asked: string | null | undefined, dated?: string | null) => asked || dated || todayInChina();

/** A report that cannot be made as asked; the message is for the user. */
export class ReportError extends Error {}

export interface GeneratedReport {
  fileName: string;
  bytes: Buffer;
  /** The jurisdiction's figures the report states, kept with an issued report to compare with later. */
  figures: KpiFigure[];
  summary: string;
}

/** The statistics table is one row per member department by definition; a department finds its row there. */
export function checkScope(kind: ReportKindName, departmentCode: string | null): void {
  if (departmentCode !== null && kind === 'statistics') throw new ReportError('统计表按成员单位逐行列出全部部门，不按单个部门生成');
}

export async function generateReport(db: Queryable, setting: KpiSetting, spec: ReportSpec): Promise<GeneratedReport> {
  if (!REPORT_FORMATS[spec.kind].includes(spec.format)) throw new ReportError(`${NAMES[spec.kind]}不能生成 .${spec.format} 文件`);
  const departmentCode = spec.departmentCode ?? null;
  checkScope(spec.kind, departmentCode);
  if (departmentCode !== null && !setting.departments.some((d) => d.code === departmentCode)) throw new ReportError(`部门代码 ${departmentCode} 不存在`);
  const { period } = spec;
  await checkPeriodHasData(db, period);
  const label = `统计期间：${periodLabel(period)}（${period.from} 至 ${period.to}）；${cutOffNote(period.asOf)}`;
  const fileName = `${periodLabel(period)}${NAMES[spec.kind]}.${spec.format}`;
  if (spec.kind === 'summary' || spec.kind === 'circular') {
    const data = await gatherCircularData(db, setting, spec.kind, period, departmentCode);
    const overview = spec.overview?.length ? spec.overview : defaultOverview(spec.kind);
    const requirements = spec.requirements?.length ? spec.requirements : DEFAULT_REQUIREMENTS[spec.kind];
    const bytes = await circularDocx(data, { office: spec.office || DEFAULT_OFFICE, number: spec.number ?? '', dated: spec.dated ?? todayInChina(), named: spec.named },
      fillTemplate(overview, data), [...requirements]);
    const missed = data.departments.filter((d) => d.missedTargets > 0).length;
    return { fileName, bytes, figures: data.figures, summary: `${circularTitle(data)}，全部成员单位中 ${missed} 个有指标未达标` };
  }
  if (spec.kind === 'statistics') {
    const [rows, figures] = await Promise.all([buildStatistics(db, setting, period), kpisFor(db, setting, period, {})]);
    const bytes = Buffer.from(await statisticsWorkbook(rows, '推进“双随机、一公开”监管工作统计表', label).xlsx.writeBuffer());
    return { fileName, bytes, figures, summary: `${rows.filter((r) => r.kind === 'MEMBER').length} 个成员单位、非成员单位及合计行` };
  }
  const figures = await kpisFor(db, setting, period, { departmentCode });
  const rows = selfEvaluationRows(figures, period, { departmentCode }, spec.baseUrl ?? 'http://127.0.0.1:4000');
  const title = '“双随机、一公开”监管工作自评表';
  const departmentName = setting.departments.find((d) => d.code === departmentCode)?.name;
  const subtitle = departmentName ? `${label}；部门：${departmentName}` : label;
  const bytes = spec.format === 'docx'
    ? await selfEvaluationDocx(rows, title, subtitle, cutOffNote(period.asOf))
    : Buffer.from(await selfEvaluationWorkbook(rows, title, subtitle).xlsx.writeBuffer());
  return { fileName, bytes, figures, summary: `${rows.length} 项指标，其中 ${rows.filter((r) => r.met === false).length} 项未达标` };
}
