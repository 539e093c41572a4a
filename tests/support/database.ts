import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../../server/src/database/database';
import { oncePerRun } from './once-per-run';
import { asServer, withDatabaseName } from './template-database';

/** What a test file's database starts with: the migrated schema alone, or the demo data imported. */
export interface TestDatabaseOptions {
  /** The demo county (`writeDemoFiles` with this many subjects) imported through `runImport`, as the hub's first start does. */
  demo?: { subjects: number };
}

const serverQuery = (text: string, values?: unknown[]) => asServer(inject('serverUrl'), text, values);

/** The database `name` as the hub's role (`url`) and as its owner (`ownerUrl`, the server's superuser). */
const urlsOf = (name: string) => ({ url: withDatabaseName(inject('appServerUrl'), name), ownerUrl: withDatabaseName(inject('serverUrl'), name) });

/**
 * The demo data imported once for the run, as a database to copy: the same deterministic files and
 * the same runImport every file did before, made by whichever file asks first.
 */
async function demoTemplate(subjects: number): Promise<string> {
  const name = `${inject('templateDatabase')}_demo_${subjects}`;
  const exists = async () => ((await serverQuery('select 1 from pg_database where datname = $1', [name])).rowCount === 1 ? name : null);
  return oncePerRun(`demo:${subjects}`, exists, async () => {
    // Loaded here, not at the top: most files never need the generator or the importer.
    const [{ writeDemoFiles }, { runImport }, { tempDir }] = await Promise.all([
      import('../../server/src/demo/generate'), import('../../server/src/ingest/run-import'), import('./files'),
    ]);
    await serverQuery(`create database ${name} template ${inject('templateDatabase')}`);
    const database = await connectDatabase(urlsOf(name));
    try {
      const files = await writeDemoFiles(await tempDir(), { subjects });
      const report = await runImport(database.pool, files.map((path) => ({ path })), { source: 'DEMO' });
      if (report.outcome !== 'committed') throw new Error(`demo import ${report.outcome}: ${JSON.stringify(report).slice(0, 2000)}`);
    } catch (error) {
      await database.close();
      await serverQuery(`drop database if exists ${name} with (force)`);
      throw error;
    }
    await database.close();
    // A copy fails while its source has a session: nobody connects to it from now on.
    await serverQuery(`alter database ${name} with allow_connections false`);
    return name;
  });
}

/**
 * Creates a fresh database on the run's server for one test file: a copy of the run's migrated
 * template (or of the demo data imported into it), connected through the hub's own connectDatabase,
 * which finds no migration pending and grants the hub's role its privileges. The hub (`pool`, `orm`)
 * runs as the restricted role, as in production.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const source = options.demo ? await demoTemplate(options.demo.subjects) : inject('templateDatabase');
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await serverQuery(`create database ${name} template ${source}`);
  return connectDatabase(urlsOf(name), async () => {
    await serverQuery(`drop database if exists ${name} with (force)`);
  });
}

/** Gives the test file its own clean database; `db()` is valid inside tests and hooks. */
export function useTestDatabase(options: TestDatabaseOptions = {}): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
  }, 180_000);
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

/**
 * Empties every data table, for tests that need a clean slate between cases. Accounts that belong
 * to no department (the test servers' signed-in account among them) and their sessions survive;
 * member departments' accounts go with their departments.
 */
export async function truncateAll(database: Database): Promise<void> {
  // As the owner: the hub's own role may not TRUNCATE.
  const client = new pg.Client({ connectionString: database.ownerUrl });
  await client.connect();
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
    await client.end();
  }
}
