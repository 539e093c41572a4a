import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { truncateAll, useTestDatabase } from '../support/database';
import { tempDir, writeCsv, writeXlsx } from '../support/files';
import { ALL, FIRST_IMPORT_COUNTS } from './fixtures';
import { EXPECTED_STORED, storedData } from './stored';

async function csvFolder(encoding: 'utf8' | 'utf8-bom' | 'gb18030'): Promise<string> {
  const dir = await tempDir();
  for (const [kind, rows] of Object.entries(ALL)) await writeCsv(path.join(dir, `${kind}.csv`), rows, encoding);
  return dir;
}

describe('import of each kind from every supported format', () => {
  const db = useTestDatabase();
  beforeEach(async () => truncateAll(db()));

  for (const encoding of ['utf8', 'utf8-bom', 'gb18030'] as const) {
    it(`stores every kind from CSV in ${encoding}`, async () => {
      const report = await runImport(db().pool, [{ path: await csvFolder(encoding) }], { source: 'CLI' });
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
      expect(report.outcome).toBe('committed');
      expect(report.counts).toEqual(FIRST_IMPORT_COUNTS);
      expect(await storedData(db().pool)).toEqual(EXPECTED_STORED);
    });
  }

  it('stores every kind from an xlsx workbook with date, number and percent cells', async () => {
    const sheets = structuredClone(ALL);
    // Excel date cells, numeric cells and a percent-formatted 5% (stored by Excel as 0.05).
    sheets['抽查任务'][1][7] = new Date(Date.UTC(2024, 2, 1));
    sheets['执法人员'][2][3] = new Date(Date.UTC(2024, 5, 30));
    sheets['抽查事项'][2][4] = 0.05;
    const file = await writeXlsx(path.join(await tempDir(), '睢县数据.xlsx'), { 填写说明: [['本工作簿为导入数据']], ...sheets, Sheet1: [['备注'], ['无关内容']] });
    const report = await runImport(db().pool, [{ path: file }], { source: 'CLI' });
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual(FIRST_IMPORT_COUNTS);
    expect(report.warnings.map((w) => [w.sheet, w.message.slice(0, 12)])).toEqual([['Sheet1', '前 5 行中未找到任何一']]);
    expect(await storedData(db().pool)).toEqual(EXPECTED_STORED);
  });

  it('recognises a CSV by its headers when its name is not a kind, and finds the header under a title row', async () => {
    const dir = await tempDir();
    await writeCsv(path.join(dir, '部门.csv'), ALL['部门']);
    await writeCsv(path.join(dir, '2024年第二季度导出.csv'), [['2024年第二季度检查对象导出'], ...ALL['检查对象']]);
    const report = await runImport(db().pool, [{ path: dir }], { source: 'CLI' });
    expect(report.errors).toEqual([]);
    expect(report.counts.filter((c) => c.inserted > 0)).toEqual([
      { kind: '部门', inserted: 3, updated: 0, unchanged: 0 },
      { kind: '检查对象', inserted: 4, updated: 0, unchanged: 0 },
    ]);
  });
});
