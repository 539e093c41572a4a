/**
 * The last handler of the Express app: whatever a middleware passes on (a database fault while
 * resolving a session, a body that is not JSON) is answered in Chinese as JSON. Express's own
 * handler would answer with an HTML page carrying the error's message and stack.
 */
import type express from 'express';

const CLIENT_ERRORS: Record<string, string> = {
  'entity.parse.failed': '请求体不是有效的 JSON',
  'entity.too.large': '请求体过大',
  'encoding.unsupported': '请求体的字符编码不受支持，请使用 UTF-8',
};

export function jsonErrorHandler(): express.ErrorRequestHandler {
  return (error: Error & { status?: number; type?: string; code?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 400 && status < 500) {
      res.status(status).json({ message: CLIENT_ERRORS[error.type ?? ''] ?? '请求无效' });
      return;
    }
    if (error.code === '57014') {
      res.status(503).json({ message: '数据库繁忙，查询超过时间限制，请稍后重试' });
      return;
    }
    console.error('请求处理出错：', error);
    res.status(500).json({ message: '服务内部错误，请稍后重试；如仍出错请联系管理员' });
  };
}
