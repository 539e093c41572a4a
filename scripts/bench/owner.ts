import pg from 'pg';
import type { Database } from '../../server/src/database/database';

/** One statement as the tables' owner (VACUUM, DDL): the hub's own role may not run it. */
export async function ownerQuery(db: Database, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
