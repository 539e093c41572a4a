import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { gqlData, hubFetch, useHubServer } from '../graphql/hub-client';
import { ALL } from '../ingest/fixtures';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';

/** Uploads queue on their own connections: readers keep the hub's pool while imports wait their turn. */
describe('ten uploads at once', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);

  async function upload(files: string[]) {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([await readFile(file)]), path.basename(file));
    const response = await hubFetch(url(), '/api/import', { method: 'POST', body: form });
    return { status: response.status, body: await response.json() };
  }

  it('leave kpis answering while they wait on the import lock', async () => {
    const dir = await tempDir();
    const files = await Promise.all(Object.entries(ALL).map(([name, table]) => writeCsv(path.join(dir, `${name}.csv`), table)));
    const holder = new pg.Client({ connectionString: db().ownerUrl });
    await holder.connect();
    try {
      await holder.query(`select pg_advisory_lock(hashtext('hub:import'))`);
      const uploads = Array.from({ length: 10 }, () => upload(files));
      // This database's own: files running beside this one import into theirs.
      const waiting = `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%hub:import%'`;
      while ((await holder.query<{ n: number }>(waiting)).rows[0].n < 2) await new Promise((resolve) => setTimeout(resolve, 20));

      const started = performance.now();
      const { kpis } = await gqlData(url(), '{ kpis(period: { from: "2024-07-01", to: "2024-09-30" }) { key value } }');
      const seconds = (performance.now() - started) / 1000;
      expect(kpis.length).toBeGreaterThan(10);
      // Before imports had their own connections, this waited for the uploads (29.8 s on the demo data).
      expect(seconds).toBeLessThan(5);

      await holder.query(`select pg_advisory_unlock(hashtext('hub:import'))`);
      const answers = await Promise.all(uploads);
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
      expect(answers.map((a) => a.body.outcome).sort()).toEqual(['committed', ...Array(9).fill('unchanged')]);
    } finally {
      await holder.end();
    }
  });
});
