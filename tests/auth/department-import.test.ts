/** A member department's account imports only its own rows (谁检查、谁录入), through the real upload route. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/ingest/run-import';
import { ensureAccount, hubFetch, signIn, useHubServer } from '../graphql/hub-client';
import { ALL, SUBJECTS } from '../ingest/fixtures';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv, writeXlsx, type Table } from '../support/files';

const db = useTestDatabase();
const url = useHubServer(db);
let token: string;

beforeAll(async () => {
  const dir = await tempDir();
  const base = await writeXlsx(path.join(dir, '全部.xlsx'), ALL);
  expect((await runImport(db().pool, [{ path: base }], { source: 'CLI' })).outcome).toBe('committed');
  await ensureAccount(db(), { username: 'swj', password: 'swj-password-01', role: 'DEPARTMENT', departmentCode: 'SWJ', name: '税务局报送员' });
  token = await signIn(url(), 'swj', 'swj-password-01');
});

async function upload(name: string, rows: Table) {
  const file = await writeCsv(path.join(await tempDir(), name), rows, 'gb18030');
  const form = new FormData();
  form.append('files', new Blob([await readFile(file)]), name);
  const response = await hubFetch(url(), '/api/import', { method: 'POST', body: form }, { token });
  expect(response.status).toBe(200);
  return response.json();
}
const count = async (table: string) => (await db().pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;
const registry = async (code: string) =>
  (await db().pool.query('select department_code from subject_registry where subject_code = $1 order by 1', [code])).rows.map((r) => r.department_code);

const RESULT_HEADER = ALL.检查结果[0];
const REFUSED = '无权导入其他部门的数据：本账号属于 SWJ';

describe('a member department imports its own rows only', () => {
  it('rejects a file with one row of another department, naming that row, and writes nothing', async () => {
    const before = { inspections: await count('inspection'), batches: await count('import_batch') };
    const report = await upload('税务局检查结果.csv', [
      RESULT_HEADER,
      ['RW-2024-001', '411422600012345', 'SWJ', '2024-04-15', '实地检查', '未发现问题', '2024-04-25', '无须处置', '41142202001'],
      ['RW-2024-001', '411422600012345', 'SCJGJ', '2024-04-15', '实地检查', '未发现问题', '2024-04-25', '无须处置', '41142201001'],
    ]);
    expect(report.outcome).toBe('rejected');
    expect(report.errors).toEqual([
      { severity: 'error', file: '税务局检查结果.csv', sheet: null, row: 3, column: '检查部门代码', value: 'SCJGJ', message: REFUSED },
    ]);
    expect({ inspections: await count('inspection'), batches: await count('import_batch') }).toEqual(before);
  });

  it('refuses to take over another department\'s task, or to change a subject another department also holds', async () => {
    const task = ALL.抽查任务;
    const report = await upload('税务局任务.csv', [task[0], [...task[1].slice(0, 3), 'SWJ', 'SCJGJ', ...task[1].slice(5)]]);
    expect(report.errors.map((e: { row: number; column: string; value: string; message: string }) => [e.row, e.column, e.value, e.message])).toEqual([
      [2, '任务编号', 'RW-2024-001', `${REFUSED}（该记录已由 SCJGJ 报送）`],
    ]);
    const subjects = await upload('税务局名录.csv', [
      SUBJECTS[0],
      ['9144030071526726XG', '睢县甲食品有限公司（改名）', '企业', 'C1391', '411422', 'A', 'SWJ'],
      ['91350100M000100Y43', '睢县乙商贸有限公司', '企业', 'F5211', '411422', 'B', 'SCJGJ;SWJ'],
    ]);
    expect(subjects.errors.map((e: { row: number; column: string; value: string; message: string }) => [e.row, e.column, e.value, e.message])).toEqual([
      [2, '统一社会信用代码', '9144030071526726XG',
        '该检查对象还由其他部门（SCJGJ）入库：本账号只能登记本部门的入库，不能修改其名称、类型、行业、区划或信用等级'],
      [3, '入库部门', 'SCJGJ', REFUSED],
    ]);
    expect(await registry('9144030071526726XG')).toEqual(['SCJGJ', 'SWJ']);
  });

  it('registers itself on another department\'s subject and keeps that department\'s membership; the batch names the account', async () => {
    expect(await registry('91350100M000100Y43')).toEqual(['SCJGJ']);
    const report = await upload('税务局名录.csv', [SUBJECTS[0], ['91350100M000100Y43', '睢县乙商贸有限公司', '企业', 'F5211', '411422', 'B', 'SWJ']]);
    expect(report.outcome).toBe('committed');
    expect(await registry('91350100M000100Y43')).toEqual(['SCJGJ', 'SWJ']);
    const batch = await db().pool.query('select username, user_name from import_batch where id = $1', [report.batchId]);
    expect(batch.rows).toEqual([{ username: 'swj', user_name: '税务局报送员' }]);
    const audit = await db().pool.query(
      `select username, role, department_code, source, action, target, detail->>'outcome' as outcome from audit_log
       where username = 'swj' and action like 'IMPORT%' order by id`);
    expect(audit.rows).toEqual([
      { username: 'swj', role: 'DEPARTMENT', department_code: 'SWJ', source: 'api', action: 'IMPORT_REJECTED', target: '税务局检查结果.csv', outcome: 'rejected' },
      { username: 'swj', role: 'DEPARTMENT', department_code: 'SWJ', source: 'api', action: 'IMPORT_REJECTED', target: '税务局任务.csv', outcome: 'rejected' },
      { username: 'swj', role: 'DEPARTMENT', department_code: 'SWJ', source: 'api', action: 'IMPORT_REJECTED', target: '税务局名录.csv', outcome: 'rejected' },
      { username: 'swj', role: 'DEPARTMENT', department_code: 'SWJ', source: 'api', action: 'IMPORT', target: `批次 ${report.batchId}`, outcome: 'committed' },
    ]);
  });
});
