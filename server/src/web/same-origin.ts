/**
 * Writes under /api come only from the dashboard. A browser attaches the session cookie to a form
 * that another site posts here, but it cannot attach a custom header to a cross-site request
 * without a CORS preflight the hub never grants, and it always names the posting page's Origin.
 * So a write needs `x-hub-client: dashboard`, or an Origin equal to the configured public address.
 * A script's bearer token is no such risk: no browser attaches an Authorization header on its own.
 */
import type express from 'express';

export const CLIENT_HEADER = 'x-hub-client';
export const CLIENT_NAME = 'dashboard';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireDashboardClient(publicUrl: () => string): express.RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.get(CLIENT_HEADER) === CLIENT_NAME) return next();
    if (/^Bearer\s/i.test(req.get('authorization') ?? '')) return next();
    const origin = req.get('origin');
    if (origin && origin === new URL(publicUrl()).origin) return next();
    res.status(403).json({
      message: `已拒绝：写入请求须来自本平台的驾驶舱（缺少 ${CLIENT_HEADER} 请求头，且来源 ${origin ?? '未注明'} 不是本平台地址 ${new URL(publicUrl()).origin}）`,
    });
  };
}
