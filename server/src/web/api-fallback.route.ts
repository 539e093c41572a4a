/** Any other /api path: 401 to a stranger (nothing is revealed about what exists), 404 to a signed-in user. */
import express from 'express';
import { authOf } from '../auth/http-auth';

export function apiFallbackRouter(): express.Router {
  const router = express.Router();
  router.use('/api', (_req, res) => {
    if (!authOf(res).actor) res.status(401).json({ message: '请先登录' });
    else res.status(404).json({ message: '没有这个接口' });
  });
  return router;
}
