import pg from 'pg';
import { inject } from 'vitest';

/**
 * Makes something once for the whole test run, whichever worker asks first: under an advisory lock
 * on the run's PostgreSQL (the one service every worker shares), the first caller finds nothing and
 * makes it; the others wait for the lock, then find it made. The key carries the run's template
 * database name, so two runs against one external server never share anything.
 */
export async function oncePerRun<T>(what: string, find: () => Promise<T | null>, make: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: inject('serverUrl') });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`${inject('templateDatabase')}:${what}`]);
    return (await find()) ?? (await make());
  } finally {
    // Ending the session releases its lock.
    await lock.end();
  }
}
