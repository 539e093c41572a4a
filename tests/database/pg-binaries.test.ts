import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresBinaries } from '../../server/src/database/pg-binaries';
import { tempDir } from '../support/files';

describe('the placed copy of the PostgreSQL binaries', () => {
  it('is made once per version, open to every user, and made again when it no longer matches', async () => {
    const root = path.join(await tempDir(), 'placed');
    const shipped = await postgresBinaries(false);
    const placed = await postgresBinaries(true, [root]);
    expect(path.dirname(placed.dir)).toBe(root);
    expect(path.basename(placed.dir)).toMatch(new RegExp(`^pg-${placed.version.replace(/\./g, '\\.')}-[0-9a-f]{16}$`));
    for (const dir of [root, placed.dir, path.join(placed.dir, 'bin'), path.join(placed.dir, 'lib'), path.join(placed.dir, 'share')]) {
      expect((await stat(dir)).mode & 0o777).toBe(0o755);
    }
    expect((await readFile(placed.postgres)).equals(await readFile(shipped.postgres))).toBe(true);

    const again = await postgresBinaries(true, [root]);
    expect(again.dir).toBe(placed.dir);
    // A damaged (or half-upgraded) copy is replaced by a fresh one.
    await appendFile(placed.initdb, 'x');
    const repaired = await postgresBinaries(true, [root]);
    expect(repaired.dir).toBe(placed.dir);
    expect((await readFile(repaired.initdb)).equals(await readFile(shipped.initdb))).toBe(true);
  });
});
