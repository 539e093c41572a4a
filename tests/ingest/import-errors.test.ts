import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { truncateAll, useTestDatabase } from '../support/database';
import { tempDir, writeCsv, writeXlsx, type Table } from '../support/files';
import { ALL, FIRST_IMPORT_COUNTS } from './fixtures';

async function folderWith(overrides: Record<string, Table>, encoding: 'utf8' | 'gb18030' = 'utf8'): Promise<string> {
  const dir = await tempDir();
  for (const [kind, rows] of Object.entries({ ...ALL, ...overrides })) await writeCsv(path.join(dir, `${kind}.csv`), rows, encoding);
  return dir;
}

const located = (issues: { file: string; sheet: string | null; row: number | null; column: string | null; value: string | null; message: string }[]) =>
  issues.map((i) => [i.file, i.sheet, i.row, i.column, i.value, i.message]);

async function storedCount(pool: import('pg').Pool): Promise<number> {
  const { rows } = await pool.query(`select (select count(*) from department) + (select count(*) from subject)
    + (select count(*) from task) + (select count(*) from inspection) + (select count(*) from import_batch) as n`);
  return Number(rows[0].n);
}

describe('bad input', () => {
  const db = useTestDatabase();
  beforeEach(async () => truncateAll(db()));

  it('reports every bad row with file, row, column, value and reason, and writes nothing, not even the good rows', async () => {
    const subjects = structuredClone(ALL['检查对象']);
    subjects.push(['9144030071526726XA', '睢县丁公司', '企业', null, '411422', 'E', 'SCJGJ']);
    subjects.push(['91441O0071526726XG', '睢县戊公司', '企业', null, '4114', null, '']);
    const results = structuredClone(ALL['检查结果']);
    results.push(['RW-2024-001', '91350100M000100Y43', 'XZ', '2024-04-31', '上门检查', '未发现问题、已整改', '2024-04-01', null, 'NOBODY']);
    results.push(['RW-2024-009', 'CP-411422-0001', 'SCJGJ', '2024-04-20', '检验检测', '未发现问题', '2024-04-19', null, null]);
    const dir = await folderWith({ 检查对象: subjects, 检查结果: results }, 'gb18030');
    const report = await runImport(db().pool, [{ path: dir }], { source: 'CLI' });
    expect(report.outcome).toBe('rejected');
    expect(located(report.errors)).toEqual([
      ['检查对象.csv', null, 6, '统一社会信用代码', '9144030071526726XA', '统一社会信用代码校验位错误：末位应为 G'],
      ['检查对象.csv', null, 6, '信用风险等级', 'E', '应为 A、B、C、D 之一，未分类留空'],
      ['检查对象.csv', null, 7, '统一社会信用代码', '91441O0071526726XG', expect.stringContaining('非法字符 O')],
      ['检查对象.csv', null, 7, '行政区划代码', '4114', '应为 6 位数字的行政区划代码'],
      ['检查对象.csv', null, 7, '入库部门', null, '必填项为空'],
      ['检查结果.csv', null, 5, '检查日期', '2024-04-31', '不是有效日期，应写作 2024-03-05 或 2024/3/5'],
      ['检查结果.csv', null, 5, '检查方式', '上门检查', expect.stringContaining('「上门检查」不是规定的取值')],
      ['检查结果.csv', null, 5, '检查结果', '未发现问题、已整改', expect.stringContaining('「未发现问题、已整改」不是规定的取值')],
      ['检查结果.csv', null, 5, '检查人员执法证号', 'NOBODY', '执法人员（须先在执法检查人员名录库中）不存在：本次导入和已有数据中都没有'],
      ['检查结果.csv', null, 5, '检查部门代码', 'XZ', '检查部门不是任务 RW-2024-001 的发起部门或配合部门'],
      ['检查结果.csv', null, 6, '公示日期', '2024-04-19', '公示日期早于检查日期 2024-04-20'],
      ['检查结果.csv', null, 6, '任务编号', 'RW-2024-009', '抽查任务不存在：本次导入和已有数据中都没有'],
    ]);
    expect(await storedCount(db().pool)).toBe(0);
  });

  it('reports a missing required column and a repeated record', async () => {
    const departments = ALL['部门'].map((row) => row.filter((_, i) => i !== 3));
    const items = [...ALL['抽查事项'], ALL['抽查事项'][1]];
    const report = await runImport(db().pool, [{ path: await folderWith({ 部门: departments, 抽查事项: items }) }], { source: 'CLI' });
    expect(located(report.errors)).toEqual([
      ['抽查事项.csv', null, 4, '事项编码', 'SJ-1', '与 抽查事项.csv 第 2 行重复（同一记录出现两次）'],
      ['部门.csv', null, 1, null, '持证执法人员数', '部门表缺少必填列：持证执法人员数'],
    ]);
    expect(await storedCount(db().pool)).toBe(0);
  });

  it('names the sheet in a workbook and refuses files of other types', async () => {
    const tasks = structuredClone(ALL['抽查任务']);
    tasks[1][15] = 5; // C类抽取户数 without C类库内户数
    tasks[1][7] = '2024-06-01'; // starts after its deadline… and after its completion
    const dir = await tempDir();
    const book = await writeXlsx(path.join(dir, '任务.xlsx'), { ...ALL, 抽查任务: tasks });
    const other = path.join(dir, '结果.xls');
    await writeCsv(other, ALL['检查结果']);
    const report = await runImport(db().pool, [{ path: book }, { path: other }], { source: 'CLI' });
    expect(located(report.errors)).toEqual([
      ['任务.xlsx', '抽查任务', 2, '截止日期', '2024-05-31', '截止日期早于开始日期 2024-06-01'],
      ['任务.xlsx', '抽查任务', 2, '完成日期', '2024-05-20', '完成日期早于开始日期 2024-06-01'],
      ['任务.xlsx', '抽查任务', 2, 'C类库内户数', null, 'C类库内户数与抽取户数须同时填写'],
      ['结果.xls', null, null, null, null, '只能导入 .csv 或 .xlsx 文件（.xls 请在 Excel 中另存为 .xlsx）'],
    ]);
  });

  it('counts errors found across rows by column and reason, listing the first 1,000 in row order', async () => {
    // 1,500 items of a department nobody has, each twice: 3,000 missing references and 1,500 repeats.
    const items = Array.from({ length: 3000 }, (_, i) => [`SJ-${i % 1500}`, '检查', 'NOBODY', '一般', null, null]);
    const report = await runImport(db().pool, [{ path: await folderWith({ 抽查事项: [ALL['抽查事项'][0], ...items] }) }], { source: 'CLI' });
    expect([report.outcome, report.errorCount, report.errors.length, report.truncated]).toEqual(['rejected', 4500, 1000, true]);
    expect(report.errorGroups).toEqual([
      { column: '部门代码', message: '部门不存在：本次导入和已有数据中都没有', count: 3000 },
      { column: '事项编码', message: '与前面的行重复（同一记录出现两次）', count: 1500 },
    ]);
    // Rows 2–1001 are first occurrences, so only the missing department shows on each of them.
    expect(located(report.errors.slice(0, 2))).toEqual([
      ['抽查事项.csv', null, 2, '部门代码', 'NOBODY', '部门不存在：本次导入和已有数据中都没有'],
      ['抽查事项.csv', null, 3, '部门代码', 'NOBODY', '部门不存在：本次导入和已有数据中都没有'],
    ]);
    expect(report.errors.at(-1)?.row).toBe(1001);
    expect(await storedCount(db().pool)).toBe(0);
  });

  it('lets warnings through: an inspection outside its task window, an expired certificate', async () => {
    const results = structuredClone(ALL['检查结果']);
    results[2][3] = '2024-07-01';
    results[2][6] = '2024-07-05';
    const report = await runImport(db().pool, [{ path: await folderWith({ 检查结果: results }) }], { source: 'CLI' });
    expect(report.outcome).toBe('committed');
    expect(located(report.warnings)).toEqual([
      ['检查结果.csv', null, 3, '检查日期', '2024-07-01', '检查日期不在任务 RW-2024-001 的期限 2024-03-01 至 2024-05-31 内'],
      ['检查结果.csv', null, 3, '检查人员执法证号', '41142202001', '检查日期时该执法证已过有效期（2024-06-30）'],
    ]);
    const { rows } = await db().pool.query(`select warning_count from import_batch`);
    expect(rows).toEqual([{ warning_count: 2 }]);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const report = await runImport(db().pool, [{ path: await folderWith({}) }], { source: 'CLI', dryRun: true });
    expect(report.outcome).toBe('validated');
    expect(report.counts).toEqual(FIRST_IMPORT_COUNTS);
    expect(await storedCount(db().pool)).toBe(0);
  });

  it('references resolve against stored data across imports', async () => {
    const { 检查结果: results, ...rest } = ALL;
    const first = await tempDir();
    for (const [kind, rows] of Object.entries(rest)) await writeCsv(path.join(first, `${kind}.csv`), rows);
    expect((await runImport(db().pool, [{ path: first }], { source: 'CLI' })).outcome).toBe('committed');
    const second = await tempDir();
    await writeCsv(path.join(second, '检查结果.csv'), results);
    const report = await runImport(db().pool, [{ path: second }], { source: 'CLI' });
    expect(report.errors).toEqual([]);
    expect(report.counts.find((c) => c.kind === '检查结果')).toEqual({ kind: '检查结果', inserted: 3, updated: 0, unchanged: 0 });
  });
});
