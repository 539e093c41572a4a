import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from '../../server/src/database/database';

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** How the template is created: UTF-8, C collation, as the hub's own clusters have it; copies inherit it. */
const DATABASE_OPTIONS = `encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`;

/** One statement on its own connection to the server's `postgres` database (creating, altering, dropping databases). */
export async function asServer<R extends pg.QueryResultRow = any>(serverUrl: string, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await admin.query<R>(text, values);
  } finally {
    await admin.end();
  }
}

/** The template and the databases made from it for the run (the demo data's, named after it). */
async function dropTemplates(serverUrl: string, name: string): Promise<void> {
  const { rows } = await asServer<{ datname: string }>(serverUrl, `select datname from pg_database where datname = $1 or left(datname, length($1) + 1) = $1 || '_'`, [name]);
  for (const { datname } of rows) await asServer(serverUrl, `drop database if exists ${datname} with (force)`);
}

/**
 * Migrates one database for the whole run, through the hub's own migrateDatabase (owner migrates,
 * the hub's role gets its grants), for every test file to clone. A clone is a file copy, where
 * migrating each file's database ran all migrations again. Returns the template's name and its removal.
 */
export async function createTemplateDatabase(serverUrl: string, appServerUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `hub_template_${randomBytes(6).toString('hex')}`;
  await asServer(serverUrl, `create database ${name} template template0 ${DATABASE_OPTIONS}`);
  const drop = () => dropTemplates(serverUrl, name);
  try {
    await migrateDatabase({ url: withDatabaseName(appServerUrl, name), ownerUrl: withDatabaseName(serverUrl, name) });
    // Nobody may connect to it by accident while files clone it (a clone fails while the template has sessions).
    await asServer(serverUrl, `alter database ${name} with allow_connections false`);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, drop };
}
