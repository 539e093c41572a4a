import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv } from '../support/files';
import { ALL, FIRST_IMPORT_COUNTS } from './fixtures';

const ALL_UNCHANGED = FIRST_IMPORT_COUNTS.map((c) => ({ kind: c.kind, inserted: 0, updated: 0, unchanged: c.inserted }));

describe('re-importing', () => {
  const db = useTestDatabase();
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir();
    for (const [kind, rows] of Object.entries(ALL)) await writeCsv(path.join(dir, `${kind}.csv`), rows);
    const first = await runImport(db().pool, [{ path: dir }], { source: 'CLI' });
    expect(first.batchId).toBe(1);
  });

  it('the same files again reports everything unchanged and writes nothing, not even a batch', async () => {
    const report = await runImport(db().pool, [{ path: dir }], { source: 'CLI' });
    expect(report.outcome).toBe('unchanged');
    expect(report.counts).toEqual(ALL_UNCHANGED);
    const { rows } = await db().pool.query(`select id, source, file_names, counts->'检查结果' as results from import_batch`);
    expect(rows).toEqual([
      {
        id: 1, source: 'CLI',
        file_names: ['执法人员.csv', '抽查事项.csv', '抽查任务.csv', '抽查计划.csv', '检查对象.csv', '检查结果.csv', '部门.csv'],
        results: { inserted: 3, updated: 0, unchanged: 0 },
      },
    ]);
  });

  it('a changed row updates its record only, which then remembers the new batch', async () => {
    const results = structuredClone(ALL['检查结果']);
    results[2][6] = '2024-04-30'; // the SWJ result now published
    const tasks = structuredClone(ALL['抽查任务']);
    tasks[1][4] = ''; // the task loses its cooperator…
    const changed = await tempDir();
    await writeCsv(path.join(changed, '抽查任务.csv'), tasks);
    // …which would strand SWJ's stored result: refused, and nothing written.
    const stranding = await runImport(db().pool, [{ path: changed }], { source: 'CLI' });
    expect(stranding.outcome).toBe('rejected');
    expect(stranding.errors.map((e) => [e.file, e.row, e.column, e.value, e.message])).toEqual([
      ['抽查任务.csv', 2, '配合部门代码', 'SWJ', '已有该部门对本任务的检查结果，修改后该部门不再参与任务'],
    ]);
    // Re-sent with the result, the result itself no longer fits the task.
    await writeCsv(path.join(changed, '检查结果.csv'), results);
    const refused = await runImport(db().pool, [{ path: changed }], { source: 'CLI' });
    expect(refused.errors.map((e) => [e.file, e.row, e.column, e.value, e.message])).toEqual([
      ['检查结果.csv', 3, '检查部门代码', 'SWJ', '检查部门不是任务 RW-2024-001 的发起部门或配合部门'],
    ]);

    await writeCsv(path.join(changed, '抽查任务.csv'), ALL['抽查任务']);
    const report = await runImport(db().pool, [{ path: changed }], { source: 'CLI' });
    expect(report.outcome).toBe('committed');
    expect(report.counts.filter((c) => c.inserted + c.updated + c.unchanged > 0)).toEqual([
      { kind: '抽查任务', inserted: 0, updated: 0, unchanged: 1 },
      { kind: '检查结果', inserted: 0, updated: 1, unchanged: 2 },
    ]);
    const { rows } = await db().pool.query(
      `select department_code, subject_code, published_on, batch_id from inspection order by subject_code, department_code`,
    );
    expect(rows).toEqual([
      { department_code: 'SCJGJ', subject_code: '91350100M000100Y43', published_on: '2024-05-06', batch_id: 1 },
      { department_code: 'SCJGJ', subject_code: '9144030071526726XG', published_on: '2024-04-20', batch_id: 1 },
      { department_code: 'SWJ', subject_code: '9144030071526726XG', published_on: '2024-04-30', batch_id: 2 },
    ]);
  });

  it('a changed list (registry departments, class draws) counts as an update and replaces the old list', async () => {
    const subjects = structuredClone(ALL['检查对象']);
    subjects[2][6] = 'SCJGJ;SWJ';
    const tasks = structuredClone(ALL['抽查任务']);
    tasks[1][12] = 250;
    const changed = await tempDir();
    await writeCsv(path.join(changed, '检查对象.csv'), subjects);
    await writeCsv(path.join(changed, '抽查任务.csv'), tasks);
    const report = await runImport(db().pool, [{ path: changed }], { source: 'CLI' });
    expect(report.counts.filter((c) => c.inserted + c.updated + c.unchanged > 0)).toEqual([
      { kind: '检查对象', inserted: 0, updated: 1, unchanged: 3 },
      { kind: '抽查任务', inserted: 0, updated: 1, unchanged: 0 },
    ]);
    const registry = await db().pool.query(`select department_code from subject_registry where subject_code = '91350100M000100Y43' order by 1`);
    expect(registry.rows.map((r) => r.department_code)).toEqual(['SCJGJ', 'SWJ']);
    const draws = await db().pool.query(`select credit_class, pool_count, drawn_count from task_class_draw order by 1`);
    expect(draws.rows).toEqual([
      { credit_class: 'A', pool_count: 100, drawn_count: 3 },
      { credit_class: 'B', pool_count: 250, drawn_count: 6 },
    ]);
  });
});
