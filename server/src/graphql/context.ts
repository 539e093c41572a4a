import type { EntityManager } from '@mikro-orm/postgresql';
import type express from 'express';
import type pg from 'pg';
import type { Actor } from '../auth/actor';
import { authOf, clearSessionCookie, setSessionCookie } from '../auth/http-auth';
import type { SessionPolicy, SignedIn } from '../auth/sessions';
import type { Database } from '../database/database';

/** What every resolver of one request sees: its own identity map, the pool for set-based reads, and who is asking. */
export interface HubContext {
  em: EntityManager;
  pool: pg.Pool;
  /** The signed-in account; null when signed out (then only `login` and `me` answer). */
  actor: Actor | null;
  session: SignedIn | null;
  /** Where the request came from, for the audit of failed sign-ins. */
  origin: Pick<Actor, 'source' | 'clientAddress'>;
  sessionPolicy: SessionPolicy;
  /** The session cookie of the dashboard, set and cleared by login and logout. */
  cookie: { set(token: string): void; clear(): void };
}

export function createContext(db: Database, sessionPolicy: SessionPolicy, req: express.Request, res: express.Response): HubContext {
  const auth = authOf(res);
  return {
    em: db.orm.em.fork(),
    pool: db.pool,
    actor: auth.actor,
    session: auth.session,
    origin: auth.origin,
    sessionPolicy,
    cookie: { set: (token) => setSessionCookie(req, res, token), clear: () => clearSessionCookie(req, res) },
  };
}

/** The actor of a resolver behind `@Authorized`: present by then. */
export function actorOf(ctx: HubContext): Actor {
  if (!ctx.actor) throw new Error('resolver reached without a signed-in actor');
  return ctx.actor;
}
