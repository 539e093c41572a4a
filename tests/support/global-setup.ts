import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { APP_ROLE, newPassword } from '../../server/src/database/credentials';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import { createTemplateDatabase } from './template-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server as its superuser: creating databases, migrations, owner-only test steps. */
    serverUrl: string;
    /** The same server as the hub's restricted role, which the tests' hub runs as. */
    appServerUrl: string;
    /** A database migrated once for the run; each test file's database is a copy of it. */
    templateDatabase: string;
    /** A folder for the run's shared products (the dashboard built once), removed at the end. */
    runDirectory: string;
  }
}

/** The hub's role on an external test server, with a fresh password for this run. */
async function hubRoleOn(serverUrl: string): Promise<string> {
  const password = newPassword();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = (await admin.query(`select 1 from pg_roles where rolname = $1`, [APP_ROLE])).rowCount === 1;
    await admin.query(`${exists ? 'alter' : 'create'} role ${APP_ROLE} with login password '${password}' nosuperuser nocreatedb nocreaterole`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

async function durabilityOff(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await admin.query(`alter system set ${setting} = off`);
    await admin.query('select pg_reload_conf()');
  } finally {
    await admin.end();
  }
}

/** One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded throw-away cluster). */
export default async function setup(project: TestProject) {
  const runDirectory = await mkdtemp(path.join(os.tmpdir(), 'hub-test-run-'));
  project.provide('runDirectory', runDirectory);
  const removeRunDirectory = () => rm(runDirectory, { recursive: true, force: true });
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const appServerUrl = await hubRoleOn(external);
    const template = await createTemplateDatabase(external, appServerUrl);
    project.provide('serverUrl', external);
    project.provide('appServerUrl', appServerUrl);
    project.provide('templateDatabase', template.name);
    return async () => {
      await template.drop();
      await removeRunDirectory();
    };
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-test-pg-'));
  await chmod(root, 0o755);
  const database = await startEmbeddedPostgres(path.join(root, 'cluster'), { persistent: false });
  // A throw-away cluster outlives no machine crash, so its durability only costs time: every test
  // database's copy and every commit would otherwise wait for the disk. (Killing PostgreSQL, as the
  // fault tests do to clusters of their own, loses nothing either way: the data is in the page cache.)
  await durabilityOff(database.ownerUrl);
  const template = await createTemplateDatabase(database.ownerUrl, database.appUrl);
  project.provide('serverUrl', database.ownerUrl);
  project.provide('appServerUrl', database.appUrl);
  project.provide('templateDatabase', template.name);
  return async () => {
    await database.stop();
    await rm(root, { recursive: true, force: true });
    await removeRunDirectory();
  };
}
