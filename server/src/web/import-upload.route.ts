/**
 * POST /api/import: the dashboard's upload. Files arrive as multipart form data, go to a temporary
 * folder, and through the same import as the command line; `?dryRun=1` validates and counts
 * without writing. The answer is the import report (outcome, counts per kind, every issue).
 */
import { mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import multer from 'multer';
import type pg from 'pg';
import { runImport } from '../ingest/run-import';
import { allow, authOf } from '../auth/http-auth';
import { IMPORTERS } from '../domain/roles';

const UPLOAD_DIR = path.join(os.tmpdir(), 'hub-uploads');
const MAX_FILE_BYTES = 300 * 1024 * 1024;
const MAX_FILES = 20;

/** multer reads the name as Latin-1; browsers send UTF-8, so a Chinese name needs re-reading. */
function originalName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}

export function importUploadRouter(pool: pg.Pool): express.Router {
  mkdirSync(UPLOAD_DIR, { recursive: true });
  const upload = multer({ dest: UPLOAD_DIR, limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES } });
  const router = express.Router();
  router.post('/api/import', allow(IMPORTERS), (req, res) => {
    upload.array('files', MAX_FILES)(req, res, async (uploadError: unknown) => {
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      try {
        if (uploadError) {
          const code = (uploadError as { code?: string }).code;
          const message = code === 'LIMIT_FILE_SIZE' ? `单个文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`
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
        console.error('导入失败', error);
        res.status(500).json({ message: '导入时服务出错，未写入任何数据；请稍后重试或联系管理员' });
      } finally {
        await Promise.all(files.map((f) => unlink(f.path).catch(() => undefined)));
      }
    });
  });
  return router;
}
