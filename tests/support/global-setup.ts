import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/** One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded throw-away cluster). */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('serverUrl', external);
    return;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'hub-test-pg-'));
  await chmod(root, 0o755);
  const database = await startEmbeddedPostgres(path.join(root, 'cluster'), {
    persistent: false,
  });
  project.provide('serverUrl', database.url);
  return async () => {
    await database.stop();
    await rm(root, { recursive: true, force: true });
  };
}
