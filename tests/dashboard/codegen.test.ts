/**
 * The dashboard's generated response types (dashboard/src/api/generated) are what codegen.ts makes
 * of schema.graphql and the operations in dashboard/src/api today: a changed schema or operation
 * without `npm run codegen` fails here, as schema.graphql's own drift fails tests/graphql/schema.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = 'dashboard/src/api/generated';

describe('generated dashboard types', () => {
  it('match schema.graphql and the dashboard operations (npm run codegen writes them)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    const written = (await readdir(path.join(ROOT, OUT))).sort();
    expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).sort()).toEqual(written.map((f) => `${OUT}/${f}`));
    for (const output of outputs) {
      const onDisk = await readFile(path.resolve(ROOT, output.filename), 'utf8');
      expect(onDisk, `${output.filename} differs: run npm run codegen`).toBe(output.content);
    }
    // Every operation the dashboard sends is among them, typed.
    const types = outputs.find((o) => o.filename.endsWith('graphql.ts'))!.content;
    for (const name of ['KpisQuery', 'KpiCatalogQuery', 'SeriesSetQuery', 'LoginMutation', 'TasksQuery']) expect(types).toContain(`export type ${name} =`);
  });
});
