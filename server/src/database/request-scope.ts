/**
 * The pool as one HTTP request sees it: when the client goes away before its answer is complete,
 * the statements the request still has running are cancelled (pg_cancel_backend) and any new one
 * is refused, so a closed browser tab does not keep the database busy for the statement budget.
 */
import type { ServerResponse } from 'node:http';
import pg from 'pg';

export class RequestGoneError extends Error {
  constructor() {
    super('客户端已断开，查询已停止');
  }
}

/** Cancels these backends' current statements from a connection of its own (the pool may be full). */
async function cancelBackends(options: pg.PoolConfig, pids: number[]): Promise<void> {
  const client = new pg.Client({ ...options, statement_timeout: 5_000 });
  try {
    await client.connect();
    await client.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [pids]);
  } catch (error) {
    console.error('取消已断开请求的查询失败：', (error as Error).message);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The pool with `query` and `connect` watched: a connection counts as running from checkout to
 * release, so a transaction (connect, statements, release) is cancelled like a single query.
 */
export function requestScopedPool(pool: pg.Pool, res: ServerResponse): pg.Pool {
  const running = new Set<number>();
  let gone = false;
  let cancelling: Promise<void> = Promise.resolve();
  // 'close' on the response also follows a normal finish; only an unfinished answer means the client left.
  res.once('close', () => {
    if (res.writableFinished) return;
    gone = true;
    if (running.size > 0) cancelling = cancelBackends(pool.options, [...running]);
  });
  const connect = async (): Promise<pg.PoolClient> => {
    if (gone) throw new RequestGoneError();
    const client = await pool.connect();
    const pid = (client as pg.PoolClient & { processID: number }).processID;
    running.add(pid);
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) => {
      running.delete(pid);
      if (!gone) return release(error);
      // A cancel still on its way must land before the connection serves another request's statement;
      // arriving while the backend is idle, PostgreSQL ignores it.
      void cancelling.then(() => release(error)).catch((e: Error) => console.error('归还数据库连接失败：', e.message));
    };
    return client;
  };
  const query = async (...args: unknown[]) => {
    const client = await connect();
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      client.release();
    }
  };
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      if (property === 'connect') return connect;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
