import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../../server/src/database/database';

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates a fresh database on the run's server, migrated, for one test file. */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = inject('serverUrl');
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
  await admin.end();
  const database = await connectDatabase(withDatabaseName(serverUrl, name), async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  });
  return database;
}

/** Gives the test file its own clean database; `db()` is valid inside tests and hooks. */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('test database not ready');
    return database;
  };
}

const DATA_TABLES = [
  'inspection_inspector', 'inspection', 'task_class_draw', 'task_item', 'task_cooperator', 'task',
  'plan_cooperator', 'plan', 'inspector', 'subject_registry', 'subject', 'inspection_item', 'department',
  'import_batch', 'work_calendar_day', 'report',
];

/** Empties every data table, for tests that need a clean slate between cases. */
export async function truncateAll(database: Database): Promise<void> {
  await database.pool.query(`truncate ${DATA_TABLES.join(', ')} restart identity cascade`);
}
