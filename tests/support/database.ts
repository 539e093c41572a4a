import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../../server/src/database/database';

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Creates a fresh database on the run's server, migrated by its owner, for one test file. The hub
 * (`pool`, `orm`) runs as the restricted role, as it does in production.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = inject('serverUrl');
  const appServerUrl = inject('appServerUrl');
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
  await admin.end();
  const urls = { url: withDatabaseName(appServerUrl, name), ownerUrl: withDatabaseName(serverUrl, name) };
  const database = await connectDatabase(urls, async () => {
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

/** Runs SQL as the tables' owner, for what the hub's own role may not do (TRUNCATE, DDL). */
export async function asOwner<R extends pg.QueryResultRow = any>(database: Database, text: string): Promise<pg.QueryResult<R>> {
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  try {
    return await owner.query<R>(text);
  } finally {
    await owner.end();
  }
}

/** Empties every data table, for tests that need a clean slate between cases (as the owner: the hub may not TRUNCATE). */
export async function truncateAll(database: Database): Promise<void> {
  await asOwner(database, `truncate ${DATA_TABLES.join(', ')} restart identity cascade`);
}
