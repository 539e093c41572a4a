/**
 * GET /api/evidence.xlsx: the rows behind a figure as an Excel workbook, for evaluators to check
 * by hand. Same parameters as kpiEvidence (key, from, to, asOf, part, department, region). Up to
 * EXPORT_LIMIT rows; a larger set says so in its first row and should be narrowed by a filter.
 */
import ExcelJS from 'exceljs';
import express from 'express';
import { kpiDefinition } from '../metrics/definitions';
import type { KpiPartName } from '../metrics/evidence';
import { kpiEvidence, KpiQueryError, loadKpiSetting } from '../metrics/operations';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';
import type { Database } from '../database/database';
import { isIsoDate } from '../domain/dates';
import { allow } from '../auth/http-auth';
import { SIGNED_IN } from '../domain/roles';

export const EXPORT_LIMIT = 50_000;

const KEY_HEADER: Record<string, string> = {
  TASK: '任务编号', INSPECTION: '检查结果序号', DEPARTMENT: '部门代码', INSPECTION_ITEM: '事项编码',
  INSPECTOR: '执法证号', SUBJECT: '统一社会信用代码', PLAN: '计划编号', SAVED_VISIT: '任务 对象 配合部门',
};
const PART_NAME: Record<KpiPartName, string> = { NUMERATOR: '分子', DENOMINATOR: '分母', SHORTFALL: '差额' };

/** What a row is, in words: its name, or for a result its subject, task and department. */
function describe(record: object): string {
  const r = record as { name?: string; subject?: { name: string }; task?: { name: string }; department?: { name: string } };
  if (r.subject) return [r.subject.name, r.task?.name, r.department?.name].filter(Boolean).join('；');
  return r.name ?? '';
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export function evidenceExportRouter(db: Database): express.Router {
  const router = express.Router();
  router.get('/api/evidence.xlsx', allow(SIGNED_IN), async (req, res) => {
    const q = (name: string) => text(req.query[name]);
    const key = q('key') ?? '';
    const part = (q('part') ?? 'NUMERATOR') as KpiPartName;
    const kpi = kpiDefinition(key);
    if (!kpi || !PART_NAME[part] || !q('from') || !q('to')) {
      res.status(400).json({ message: '参数不全：需要 key（指标键）、from、to（YYYY-MM-DD），part 为 NUMERATOR、DENOMINATOR 或 SHORTFALL' });
      return;
    }
    if (![q('from'), q('to'), q('asOf')].every((d) => d === null || isIsoDate(d))) {
      res.status(400).json({ message: '日期应写作 YYYY-MM-DD，如 2026-07-01' });
      return;
    }
    try {
      const setting = await loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
      const period = { from: q('from')!, to: q('to')!, asOf: q('asOf') };
      const filter = { departmentCode: q('department'), regionCode: q('region') };
      const evidence = await kpiEvidence(db.pool, setting, key, period, filter, part, EXPORT_LIMIT, 0);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(`${PART_NAME[part]}明细`);
      sheet.addRow([`${kpi.name}·${PART_NAME[part]}明细（${period.from} 至 ${period.to}${filter.departmentCode ? `，部门 ${filter.departmentCode}` : ''}${filter.regionCode ? `，区划 ${filter.regionCode}` : ''}）`
        + `：共 ${evidence.totalCount} 条${evidence.totalCount > EXPORT_LIMIT ? `，本表为前 ${EXPORT_LIMIT} 条，请缩小筛选范围后分别导出` : ''}`]);
      sheet.addRow(['序号', KEY_HEADER[evidence.kind] ?? '编号', '名称', '说明']).font = { bold: true };
      evidence.rows.forEach((row, i) => sheet.addRow([i + 1, row.key, describe(row.record), row.note ?? '']));
      sheet.columns = [{ width: 8 }, { width: 24 }, { width: 48 }, { width: 60 }];
      res.attachment(`${kpi.name}-${PART_NAME[part]}明细-${period.from}至${period.to}.xlsx`);
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await workbook.xlsx.write(res);
      res.end();
    } catch (error) {
      if (error instanceof KpiQueryError) {
        res.status(400).json({ message: error.message });
        return;
      }
      console.error('导出明细失败', error);
      res.status(500).json({ message: '导出明细时服务出错，请稍后重试' });
    }
  });
  return router;
}
