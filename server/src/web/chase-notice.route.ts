/** GET /api/departments/:code/chase-notice?format=docx|xlsx&asOf=YYYY-MM-DD: a department's 督办通知单 for the office to send. */
import express from 'express';
import { allow } from '../auth/http-auth';
import type { Database } from '../database/database';
import { isIsoDate } from '../domain/dates';
import { OFFICE_ONLY } from '../domain/roles';
import { loadKpiSetting } from '../metrics/operations';
import { WarningQueryError } from '../oversight/warnings';
import { chaseNoticeFile } from '../reports/chase-notice-file';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function chaseNoticeRouter(db: Database): express.Router {
  const router = express.Router();
  router.get('/api/departments/:code/chase-notice', allow(OFFICE_ONLY), async (req, res) => {
    const format = req.query.format ?? 'docx';
    const asOf = req.query.asOf;
    if (format !== 'docx' && format !== 'xlsx') {
      res.status(400).json({ message: `format 应为 docx 或 xlsx，实为 ${String(format)}` });
      return;
    }
    if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) {
      res.status(400).json({ message: '数据截至日期应写作 YYYY-MM-DD，如 2026-12-01' });
      return;
    }
    try {
      const setting = await loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
      const file = await chaseNoticeFile(db.pool, setting, { departmentCode: String(req.params.code), format, asOf: asOf ?? null });
      res.attachment(file.fileName);
      res.type(TYPES[format]);
      res.send(file.bytes);
    } catch (error) {
      if (error instanceof WarningQueryError) {
        res.status(404).json({ message: error.message });
        return;
      }
      throw error;
    }
  });
  return router;
}
