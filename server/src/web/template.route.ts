/** GET /api/template.xlsx: the import template, built by the same code as docs/导入模板.xlsx. */
import express from 'express';
import { buildTemplateWorkbook } from '../ingest/template';
import { allow } from '../auth/http-auth';
import { SIGNED_IN } from '../domain/roles';

export function templateRouter(): express.Router {
  const router = express.Router();
  router.get('/api/template.xlsx', allow(SIGNED_IN), async (_req, res) => {
    const workbook = buildTemplateWorkbook();
    res.attachment('导入模板.xlsx');
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await workbook.xlsx.write(res);
    res.end();
  });
  return router;
}
