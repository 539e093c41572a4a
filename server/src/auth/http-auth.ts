/**
 * Sessions over HTTP: the dashboard carries the token in an HttpOnly, SameSite=Strict cookie,
 * scripts send `Authorization: Bearer <token>`. Resolved once per request for /graphql and /api.
 */
import type express from 'express';
import type pg from 'pg';
import type { Role } from '../domain/roles';
import { CLIENT_HEADER, CLIENT_NAME } from '../web/same-origin';
import type { Actor } from './actor';
import { resolveSession, type SessionPolicy, type SignedIn } from './sessions';

export const SESSION_COOKIE = 'hub_session';

export interface RequestAuth {
  session: SignedIn | null;
  /** The signed-in account as the audit records it; null when signed out. */
  actor: Actor | null;
  /** Where the request came from, also for failed sign-ins. */
  origin: Pick<Actor, 'source' | 'clientAddress'>;
  token: string | null;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}


function requestToken(req: express.Request): { token: string | null; source: 'web' | 'api' } {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (bearer) return { token: bearer, source: 'api' };
  // The dashboard marks its requests; a script sends a bearer token, or nothing yet when it signs in.
  const cookie = cookieValue(req.get('cookie'), SESSION_COOKIE);
  return { token: cookie, source: cookie || req.get(CLIENT_HEADER) === CLIENT_NAME ? 'web' : 'api' };
}

export function authOf(res: express.Response): RequestAuth {
  return res.locals.auth as RequestAuth;
}

/** Resolves the request's session into `res.locals.auth`; a database failure goes to the error handler. */
export function sessionMiddleware(pool: pg.Pool, policy: SessionPolicy): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const { token, source } = requestToken(req);
      const origin = { source, clientAddress: req.ip ?? req.socket.remoteAddress ?? null };
      const plausible = token !== null && /^[A-Za-z0-9_-]{20,100}$/.test(token);
      const session = plausible ? await resolveSession(pool, token, policy) : null;
      const actor: Actor | null = session && {
        username: session.user.username, name: session.user.name, role: session.user.role,
        departmentCode: session.user.departmentCode, ...origin,
      };
      res.locals.auth = { session, actor, origin, token: session ? token : null } satisfies RequestAuth;
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function setSessionCookie(req: express.Request, res: express.Response, token: string): void {
  // A browser-session cookie: the server ends the session after the idle time whatever the browser keeps.
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}

export function clearSessionCookie(req: express.Request, res: express.Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}

/** The door of one /api route: who may pass, in the same terms as the GraphQL fields. */
export function allow(roles: readonly Role[]): express.RequestHandler {
  return (_req, res, next) => {
    const { actor } = authOf(res);
    if (!actor || !actor.role) {
      res.status(401).json({ message: '请先登录' });
      return;
    }
    if (!roles.includes(actor.role)) {
      res.status(403).json({ message: '当前账号（角色）无权进行此操作' });
      return;
    }
    next();
  };
}
