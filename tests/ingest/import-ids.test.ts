import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';
import { ALL } from './fixtures';

/**
 * Results get their ids when the import classifies them (in key order: task, subject, department),
 * and their inspectors are written from those ids; a changed result keeps the id it has.
 */
describe('result ids and their inspectors', () => {
  const db = useTestDatabase();
  const ids = async () => (await db().pool.query(
    `select id::int, subject_code || '/' || department_code as result from inspection order by id`)).rows;
  const inspectors = async () => (await db().pool.query(
    `select i.id::int, string_agg(x.certificate_no, ',' order by x.certificate_no) as inspectors
     from inspection i join inspection_inspector x on x.inspection_id = i.id group by i.id order by i.id`)).rows;

  beforeAll(async () => {
    const dir = await tempDir();
    for (const [kind, rows] of Object.entries(ALL)) await writeCsv(path.join(dir, `${kind}.csv`), rows);
    expect((await runImport(db().pool, [{ path: dir }], { source: 'CLI' })).outcome).toBe('committed');
  });

  it('a first import numbers the results in key order', async () => {
    expect(await ids()).toEqual([
      { id: 1, result: '91350100M000100Y43/SCJGJ' },
      { id: 2, result: '9144030071526726XG/SCJGJ' },
      { id: 3, result: '9144030071526726XG/SWJ' },
    ]);
    expect(await inspectors()).toEqual([
      { id: 1, inspectors: '41142201001' }, { id: 2, inspectors: '41142201001' }, { id: 3, inspectors: '41142202001' },
    ]);
  });

  it('a changed result keeps its id and gets its new inspectors; a new one gets the next id', async () => {
    const results = structuredClone(ALL['检查结果']);
    results[2][8] = '41142202001;41142201001';
    results.push(['RW-2024-001', '91350100M000100Y43', 'SWJ', '2024-04-12', '书面检查', '未发现问题', '2024-04-20', '无须处置', '41142202001']);
    const dir = await tempDir();
    await writeCsv(path.join(dir, '检查结果.csv'), results);
    const report = await runImport(db().pool, [{ path: dir }], { source: 'CLI' });
    expect(report.outcome).toBe('committed');
    expect(report.counts.find((c) => c.kind === '检查结果')).toEqual({ kind: '检查结果', inserted: 1, updated: 1, unchanged: 2 });
    expect(await ids()).toEqual([
      { id: 1, result: '91350100M000100Y43/SCJGJ' },
      { id: 2, result: '9144030071526726XG/SCJGJ' },
      { id: 3, result: '9144030071526726XG/SWJ' },
      { id: 4, result: '91350100M000100Y43/SWJ' },
    ]);
    expect(await inspectors()).toEqual([
      { id: 1, inspectors: '41142201001' }, { id: 2, inspectors: '41142201001' },
      { id: 3, inspectors: '41142201001,41142202001' }, { id: 4, inspectors: '41142202001' },
    ]);
  });
});
