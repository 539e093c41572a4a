import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS } from '../../server/src/metrics/definitions';

describe('docs/指标定义.md', () => {
  it('documents every KPI the engine computes, by key and name, in the order of the API', async () => {
    const doc = await readFile('docs/指标定义.md', 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]);
    expect(documented).toEqual(KPI_DEFINITIONS.map((k) => [k.key, k.name]));
  });
});
