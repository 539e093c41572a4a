import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printHubSchema } from '../../server/src/graphql/schema';

describe('schema.graphql', () => {
  it('is what the code generates (run npm run schema:write after changing types or resolvers)', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printHubSchema());
  });
});
