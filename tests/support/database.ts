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

/**
 * Empties every data table, for tests that need a clean slate between cases. Accounts that belong
 * to no department (the test servers' signed-in account among them) and their sessions survive;
 * member departments' accounts go with their departments.
 */
export async function truncateAll(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await client.query('create temp table keep_user on commit drop as select * from app_user where department_code is null');
    await client.query('create temp table keep_session on commit drop as select s.* from app_session s join keep_user using (username)');
    await client.query(`truncate ${DATA_TABLES.join(', ')}, app_session, app_user restart identity cascade`);
    await client.query('insert into app_user select * from keep_user');
    await client.query('insert into app_session select * from keep_session');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
