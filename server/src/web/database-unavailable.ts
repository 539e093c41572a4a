/**
 * While the database cannot be reached, /graphql and /api/* answer 503 with a Chinese message at
 * once (GraphQL-shaped for /graphql), and a request that meets the loss midway gets the same
 * answer from the error handler; nothing waits on connection attempts, nothing crashes.
 */
import type express from 'express';
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, type DatabaseAvailability } from '../database/availability';

export function unavailableBody(path: string): object {
  return path.startsWith('/graphql')
    ? { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE_CODE } }] }
    : { message: DATABASE_UNAVAILABLE_MESSAGE, code: DATABASE_UNAVAILABLE_CODE };
}

function answer(req: express.Request, res: express.Response): void {
  // A client may retry after a few seconds, the watchdog's usual time to bring the server back.
  res.status(503).set('Retry-After', '5').json(unavailableBody(req.path));
}

const guarded = (path: string) => path.startsWith('/graphql') || path.startsWith('/api/');

/** Mounted before the routes that read the database. */
export function databaseGate(availability: DatabaseAvailability): express.RequestHandler {
  return (req, res, next) => {
    if (!availability.up && guarded(req.path)) return answer(req, res);
    next();
  };
}

/** Mounted after the routes: a lost connection is a 503, any other error goes on to the next handler. */
export function databaseErrorHandler(availability: DatabaseAvailability): express.ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!availability.report(error)) return next(error);
    if (res.headersSent) return res.destroy();
    answer(req, res);
  };
}
