import type { EntityManager } from '@mikro-orm/postgresql';
import type express from 'express';
import type pg from 'pg';
import type { Actor } from '../auth/actor';
import { authOf, clearSessionCookie, setSessionCookie } from '../auth/http-auth';
import type { SessionPolicy, SignedIn } from '../auth/sessions';
import type { Database } from '../database/database';
import { requestScopedPool } from '../database/request-scope';
import type { FigureCache } from '../metrics/figure-cache';

/** What every resolver of one request sees: its own identity map, the pool for set-based reads, and who is asking. */
export interface HubContext {
  em: EntityManager;
  /** Scoped to the request: its statements stop when the client goes away. */
  pool: pg.Pool;
  /** The configured public address, for links written into documents. */
  publicUrl: string;
  /** The signed-in account; null when signed out (then only `login` and `me` answer). */
  actor: Actor | null;
  session: SignedIn | null;
  /** Where the request came from, for the audit of failed sign-ins. */
  origin: Pick<Actor, 'source' | 'clientAddress'>;
  sessionPolicy: SessionPolicy;
  /** The session cookie of the dashboard, set and cleared by login and logout. */
  cookie: { set(token: string): void; clear(): void };
  /** The server's KPI answers, keyed by data version (graphql/kpi-setting.ts reads through it). */
  figures: FigureCache;
}

export function createContext(
  db: Database, sessionPolicy: SessionPolicy, req: express.Request, res: express.Response, publicUrl: string, figures: FigureCache,
): HubContext {
  const auth = authOf(res);
  return {
    em: db.orm.em.fork(),
    pool: requestScopedPool(db.pool, res),
    publicUrl,
    actor: auth.actor,
    session: auth.session,
    origin: auth.origin,
    sessionPolicy,
    cookie: { set: (token) => setSessionCookie(req, res, token), clear: () => clearSessionCookie(req, res) },
    figures,
  };
}

/** The actor of a resolver behind `@Authorized`: present by then. */
export function actorOf(ctx: HubContext): Actor {
  if (!ctx.actor) throw new Error('resolver reached without a signed-in actor');
  return ctx.actor;
}
