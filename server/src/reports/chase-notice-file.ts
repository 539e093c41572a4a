/** One place that makes a chase notice's file, for the /api route and `npm run report -- reminder`. */
import { todayInChina } from '../domain/dates';
import type { KpiSetting } from '../metrics/operations';
import { chaseNotice } from '../oversight/chase-notice';
import type { Queryable } from '../store/repositories/sql-filter';
import { chaseNoticeDocx } from './chase-notice-docx';
import { chaseNoticeWorkbook } from './chase-notice-xlsx';
import { DEFAULT_OFFICE } from './narrative';

export interface NoticeSpec {
  departmentCode: string;
  format: 'docx' | 'xlsx';
  /** The cut-off; today in China when not given. */
  asOf?: string | null;
  office?: string;
  number?: string;
  dated?: string;
}

export async function chaseNoticeFile(db: Queryable, setting: KpiSetting, spec: NoticeSpec) {
  const asOf = spec.asOf || spec.dated || todayInChina();
  const notice = await chaseNotice(db, setting, spec.departmentCode, asOf);
  const bytes = spec.format === 'docx'
    ? await chaseNoticeDocx(notice, { office: spec.office || DEFAULT_OFFICE, number: spec.number ?? '', dated: spec.dated ?? asOf })
    : Buffer.from(await chaseNoticeWorkbook(notice).xlsx.writeBuffer());
  return {
    fileName: `${notice.department.name}督办通知单（截至${asOf}）.${spec.format}`,
    bytes,
    summary: `超期任务 ${notice.overdueTasks.length} 个，逾期未公示 ${notice.unpublished.length} 条，逾期公示 ${notice.late.length} 条，`
      + `预警 ${notice.warnings.length} 项，空的名录库或清单 ${[notice.registries.subjects, notice.registries.inspectors, notice.registries.items].filter((n) => n === 0).length} 个`,
  };
}
