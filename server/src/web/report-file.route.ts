/** GET /api/reports/:id/file: an issued report's file exactly as issued; a draft's made from today's data. */
import express from 'express';
import type { Database } from '../database/database';
import { loadKpiSetting } from '../metrics/operations';
import { reportFile, ReportError } from '../reports/report-operations';
import { findReport } from '../store/repositories/report.repository';
import { loadWorkCalendar } from '../store/repositories/work-calendar.repository';
import { allow } from '../auth/http-auth';
import { SIGNED_IN } from '../domain/roles';

const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `publicUrl` gives the links in the file: the configured address, never the request's Host header. */
export function reportFileRouter(db: Database, publicUrl: () => string): express.Router {
  const router = express.Router();
  router.get('/api/reports/:id/file', allow(SIGNED_IN), async (req, res) => {
    const id = String(req.params.id);
    if (!/^\d{1,18}$/.test(id)) {
      res.status(400).json({ message: `报告编号应为数字，实为 ${id}` });
      return;
    }
    try {
      const report = await findReport(db.pool, id);
      if (!report) {
        res.status(404).json({ message: `报告 ${id} 不存在` });
        return;
      }
      const setting = async () => loadKpiSetting(db.pool, await loadWorkCalendar(db.orm.em.fork()));
      const file = await reportFile(db.pool, setting, report, publicUrl());
      res.attachment(file.fileName);
      res.type(TYPES[file.fileName.split('.').pop()!] ?? 'application/octet-stream');
      res.send(file.bytes);
    } catch (error) {
      if (error instanceof ReportError) {
        res.status(400).json({ message: error.message });
        return;
      }
      console.error('生成报告文件失败', error);
      res.status(500).json({ message: '生成报告文件时服务出错，请稍后重试' });
    }
  });
  return router;
}
