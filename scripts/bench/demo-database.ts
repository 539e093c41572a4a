import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase, type Database } from '../../server/src/database/database';
import { startEmbeddedPostgres } from '../../server/src/database/embedded';
import { ensureDemoData } from '../../server/src/demo/load-demo';

/** A throw-away embedded PostgreSQL holding the demo data, for a benchmark or probe; `close` stops and removes it. */
export async function demoDatabase(name: string): Promise<{ db: Database; close: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `hub-${name}-`));
  await chmod(root, 0o755);
  const pg = await startEmbeddedPostgres(path.join(root, 'pg'), { persistent: false });
  const db = await connectDatabase({ url: pg.appUrl, ownerUrl: pg.ownerUrl }, () => pg.stop());
  const close = async () => {
    await db.close();
    await rm(root, { recursive: true, force: true });
  };
  try {
    await ensureDemoData(db, () => undefined);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close };
}
