/**
 * GET /api/evidence.xlsx: the rows behind a figure as an Excel workbook, for evaluators to check
 * by hand: one column per fact, named as in the interchange format, dates as dates, the header
 * frozen with filters. Same parameters as kpiEvidence (key, from, to, asOf, part, department, region). Up to
 * EXPORT_LIMIT rows; a larger set says so in its first row and should be narrowed by a filter.
 * The workbook is streamed row by row; only EXPORT_SLOTS exports run at once (export-slots.ts).
 */
import ExcelJS from 'exceljs';
import express from 'express';
import { requestScopedPool } from '../database/request-scope';
import { guardRow } from '../reports/safe-workbook';
import { ExportSlots, type SlotLimits } from './export-slots';
import { kpiDefinition } from '../metrics/definitions';
import type { KpiPartName } from '../metrics/evidence';
import { KpiQueryError, loadKpiSetting } from '../metrics/operations';
import type { EvidenceCell, EvidenceColumn } from '../metrics/evidence-columns';
import { evidenceTable } from '../metrics/evidence-table';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';
import type { Database } from '../database/database';
import { isIsoDate } from '../domain/dates';
import { allow } from '../auth/http-auth';
import { SIGNED_IN } from '../domain/roles';

export const EXPORT_LIMIT = 50_000;
export const EXPORT_SLOTS: SlotLimits = { running: 2, waiting: 4 };

const PART_NAME: Record<KpiPartName, string> = { NUMERATOR: '分子', DENOMINATOR: '分母', SHORTFALL: '差额' };

/** A date cell: midnight UTC is the day itself to Excel. */
const excelValue = (type: EvidenceColumn['type'], value: EvidenceCell) => (type === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value);

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export function evidenceExportRouter(db: Database, limits: SlotLimits = EXPORT_SLOTS): express.Router {
  const router = express.Router();
  const slots = new ExportSlots(limits);
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
    const waiting = slots.acquire();
    if (!waiting) {
      res.status(503).set('Retry-After', '30').json({
        message: `导出明细的请求过多（正在生成 ${limits.running} 份、排队 ${limits.waiting} 份），请稍后重试`,
      });
      return;
    }
    const release = await waiting;
    try {
      // The client may have left while queued; its slot goes to the next at once.
      if (res.destroyed) return;
      const pool = requestScopedPool(db.pool, res);
      const setting = await loadKpiSetting(pool, await loadWorkCalendar(db.orm.em.fork()));
      const period = { from: q('from')!, to: q('to')!, asOf: q('asOf') };
      const filter = { departmentCode: q('department'), regionCode: q('region') };
      const evidence = await evidenceTable(pool, setting, key, period, filter, part, EXPORT_LIMIT, 0);
      res.attachment(`${kpi.name}-${PART_NAME[part]}明细-${period.from}至${period.to}.xlsx`);
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      // The title above, the header frozen under it, so the header stays in sight while scrolling.
      const sheet = workbook.addWorksheet(`${PART_NAME[part]}明细`, { views: [{ state: 'frozen', ySplit: 2 }] });
      const columns = evidence.columns;
      sheet.columns = [{ width: 8 }, ...columns.map((c) => ({ width: c.width }))];
      const scope = [filter.departmentCode && `部门 ${filter.departmentCode}`, filter.regionCode && `区划 ${filter.regionCode}`].filter(Boolean).join('，');
      guardRow(sheet.addRow([`${kpi.name}·${PART_NAME[part]}明细；统计期间 ${period.from} 至 ${period.to}；数据截至 ${period.asOf ?? period.to}`
        + `${scope ? `；${scope}` : ''}；共 ${evidence.totalCount} 条${evidence.totalCount > EXPORT_LIMIT ? `，本表为前 ${EXPORT_LIMIT} 条，请缩小筛选范围后分别导出` : ''}`])).commit();
      const header = sheet.addRow(['序号', ...columns.map((c) => c.header)]);
      header.font = { bold: true };
      header.commit();
      evidence.rows.forEach((row, i) => {
        const line = sheet.addRow([i + 1, ...row.cells.map((v, j) => excelValue(columns[j].type, v))]);
        columns.forEach((c, j) => { if (c.type === 'date') line.getCell(j + 2).numFmt = 'yyyy-mm-dd'; });
        guardRow(line).commit();
      });
      sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + evidence.rows.length, column: columns.length + 1 } };
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      if (res.headersSent) {
        console.error('导出明细中断', error);
        res.destroy();
      } else if (error instanceof KpiQueryError) {
        res.status(400).json({ message: error.message });
      } else if (!res.destroyed) {
        console.error('导出明细失败', error);
        res.status(500).json({ message: '导出明细时服务出错，请稍后重试' });
      }
    } finally {
      release();
    }
  });
  return router;
}
