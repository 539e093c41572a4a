/** GET /api/audit.xlsx: the 操作记录 as an Excel workbook, with the filters of the page. */
import ExcelJS from 'exceljs';
import express from 'express';
import type pg from 'pg';
import { departmentScope } from '../auth/actor';
import { allow, authOf } from '../auth/http-auth';
import { AUDIT_READERS } from '../domain/roles';
import { toAuditEntry } from '../graphql/resolvers/audit.resolver';
import { exportAudit } from '../store/repositories/audit.repository';

const MAX_ROWS = 100_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_NAMES: Record<string, string> = { web: '驾驶舱', api: '接口', cli: '命令行' };

const chinaTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export function auditExportRouter(pool: pg.Pool): express.Router {
  const router = express.Router();
  router.get('/api/audit.xlsx', allow(AUDIT_READERS), async (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' && (req.query[name] as string).trim()) || null;
    const [from, to] = [text('from'), text('to')];
    if ((from && !DATE.test(from)) || (to && !DATE.test(to))) {
      res.status(400).json({ message: '日期应写作 YYYY-MM-DD，如 2026-12-01' });
      return;
    }
    const actor = authOf(res).actor!;
    const rows = await exportAudit(pool, { username: text('username'), action: text('action'), from, to, departmentCode: departmentScope(actor) }, MAX_ROWS);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('操作记录');
    const scope = [from || to ? `${from ?? '最早'} 至 ${to ?? '今天'}` : '全部日期', text('username') && `操作人 ${text('username')}`,
      text('action') && `操作 ${text('action')}`].filter(Boolean).join('，');
    sheet.addRow([`操作记录（${scope}${rows.length === MAX_ROWS ? `；仅列出最新 ${MAX_ROWS} 条` : ''}）`]).font = { bold: true };
    sheet.addRow(['时间（北京时间）', '操作人', '角色', '部门代码', '来源', '客户端地址', '操作', '对象', '详情']).font = { bold: true };
    for (const entry of rows.map(toAuditEntry)) {
      sheet.addRow([chinaTime(entry.at), entry.username, entry.roleName ?? '', entry.departmentCode ?? '', SOURCE_NAMES[entry.source] ?? entry.source,
        entry.clientAddress ?? '', entry.actionName, entry.target ?? '', entry.detail ?? '']);
    }
    sheet.columns.forEach((column, i) => (column.width = [20, 14, 10, 12, 8, 16, 16, 28, 60][i]));
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    res.attachment('操作记录.xlsx');
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await workbook.xlsx.write(res);
    res.end();
  });
  return router;
}
