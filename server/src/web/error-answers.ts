/**
 * The last handler of the application: whatever fails outside a route's own answer (a body too
 * large or not JSON, an unexpected exception) answers `{ message }` in Chinese with its status.
 * Express's own error page would show a stack trace and node_modules paths to the user.
 */
import type express from 'express';

interface HttpError {
  status?: number;
  statusCode?: number;
  /** body-parser's kind of failure, such as `entity.too.large`. */
  type?: string;
  /** body-parser's size limit in bytes, on `entity.too.large`. */
  limit?: number;
  expose?: boolean;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Status and Chinese message for an error; 500 for anything not known to be the client's fault. */
function answerFor(error: unknown): { status: number; message: string } {
  const e = (error ?? {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  if (e.type === 'entity.too.large' || status === 413) {
    return { status: 413, message: e.limit ? `请求内容过大，不能超过 ${sizeText(e.limit)}` : '请求内容过大' };
  }
  if (e.type === 'entity.parse.failed') return { status: 400, message: '请求内容不是有效的 JSON' };
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return { status: 415, message: '请求内容的编码不受支持，请使用 UTF-8' };
  }
  if (e.type === 'request.aborted') return { status: 400, message: '请求在传输中被中断，请重试' };
  // 57014: a statement ran past the request's time budget (STATEMENT_TIMEOUT_MS).
  if ((error as { code?: string })?.code === '57014') return { status: 503, message: '数据库繁忙，查询超过时间限制，请稍后重试' };
  if (status >= 400 && status < 500 && e.expose !== false) return { status, message: '请求无效' };
  return { status: 500, message: '服务内部出错，请稍后重试或联系管理员' };
}

export function errorAnswers(): express.ErrorRequestHandler {
  return (error, req, res, next) => {
    // Part of an answer is already out: only Express can end it (it closes the connection).
    if (res.headersSent) return next(error);
    const { status, message } = answerFor(error);
    if (status >= 500) console.error(`处理请求 ${req.method} ${req.originalUrl} 时出错`, error);
    res.status(status).json({ message });
  };
}
