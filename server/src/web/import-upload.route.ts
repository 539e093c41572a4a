/**
 * POST /api/import: the dashboard's upload. Files arrive as multipart form data, go to a temporary
 * folder (see upload-storage: refused from their first bytes when they are not what their names
 * say), and through the same import as the command line; `?dryRun=1` validates and counts
 * without writing. The answer is the import report (outcome, counts per kind, the first issues
 * and all of them counted).
 */
import { unlink } from 'node:fs/promises';
import express from 'express';
import multer from 'multer';
import type pg from 'pg';
import { DATABASE_UNAVAILABLE_CODE, isDatabaseUnavailable } from '../database/availability';
import { runImport } from '../ingest/run-import';
import { allow, authOf } from '../auth/http-auth';
import { IMPORTERS } from '../domain/roles';
import { originalName, RefusedUploadError, SniffingStorage, uploadFolder } from './upload-storage';

const MAX_FILE_BYTES = 300 * 1024 * 1024;
const MAX_FILES = 20;

export function importUploadRouter(pool: pg.Pool): express.Router {
  const upload = multer({ storage: new SniffingStorage(uploadFolder()), limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES } });
  const router = express.Router();
  router.post('/api/import', allow(IMPORTERS), (req, res) => {
    upload.array('files', MAX_FILES)(req, res, async (uploadError: unknown) => {
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      try {
        if (uploadError) {
          const code = (uploadError as { code?: string }).code;
          const message = uploadError instanceof RefusedUploadError ? uploadError.message
            : code === 'LIMIT_FILE_SIZE' ? `单个文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`
            : code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_UNEXPECTED_FILE' ? `一次最多上传 ${MAX_FILES} 个文件` : '文件上传失败，请重试';
          res.status(400).json({ message });
          return;
        }
        if (files.length === 0) {
          res.status(400).json({ message: '请选择要导入的 CSV 或 xlsx 文件' });
          return;
        }
        const report = await runImport(pool, files.map((f) => ({ path: f.path, name: originalName(f.originalname) })), {
          source: 'UPLOAD', dryRun: req.query.dryRun === '1', actor: authOf(res).actor!,
        });
        res.json(report);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          console.error('导入时数据库连接中断，已回滚：', (error as Error).message);
          res.status(503).json({ message: '导入时数据库连接中断，本次导入已回滚，未写入任何数据；请稍后重新上传', code: DATABASE_UNAVAILABLE_CODE });
          return;
        }
        console.error('导入失败', error);
        res.status(500).json({ message: '导入时服务出错，未写入任何数据；请稍后重试或联系管理员' });
      } finally {
        await Promise.all(files.map((f) => unlink(f.path).catch(() => undefined)));
      }
    });
  });
  return router;
}
