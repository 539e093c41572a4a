/** 全过程留痕: every kind of write leaves its entry, and the database refuses to change one. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, setPassword } from '../../server/src/auth/accounts';
import { runImport } from '../../server/src/ingest/run-import';
import { ensureAccount, gql, gqlData, hubFetch, signIn, useHubServer } from '../graphql/hub-client';
import { ALL, DEPARTMENTS } from '../ingest/fixtures';
import { useTestDatabase } from '../support/database';
import { tempDir, writeCsv, writeXlsx } from '../support/files';

const db = useTestDatabase();
const url = useHubServer(db);

const entries = async () => (await db().pool.query(
  `select username, role, source, action, target, old_value, new_value from audit_log order by id`)).rows;

beforeAll(async () => {
  const dir = await tempDir();
  expect((await runImport(db().pool, [{ path: await writeXlsx(path.join(dir, '全部.xlsx'), ALL) }], { source: 'CLI' })).outcome).toBe('committed');
});

describe('the audit trail', () => {
  it('records every kind of write with who, where from, what and the old and new values', async () => {
    const start = (await entries()).length;
    const dir = await tempDir();
    const good = await writeCsv(path.join(dir, '部门.csv'), [...DEPARTMENTS.slice(0, 2), ['SWJ', '县税务局（更名）', '411422', 20, '是']], 'gb18030');
    await runImport(db().pool, [{ path: good }], { source: 'CLI', dryRun: true });
    await runImport(db().pool, [{ path: good }], { source: 'CLI' });
    await runImport(db().pool, [{ path: await writeCsv(path.join(dir, '坏.csv'), [...DEPARTMENTS, ['GAJ', '县公安局', '4114', 8, '是']]) }], { source: 'CLI' });
    await gqlData(url(), 'mutation { setKpiTarget(input: { year: 2024, jurisdiction: "411422", kpiKey: "joint_task_share", comparator: ">=", target: 0.4 }) { target } }');
    await gqlData(url(), 'mutation { setKpiTarget(input: { year: 2024, jurisdiction: "411422", kpiKey: "joint_task_share", comparator: ">=", target: 0.5 }) { target } }');
    await gqlData(url(), 'mutation { removeKpiTarget(year: 2024, jurisdiction: "411422", kpiKey: "joint_task_share") }');
    await gqlData(url(), `mutation { setCreditClassBands(year: 2024, jurisdiction: "411422", bands: [{ creditClass: A, lowPercent: 1, highPercent: 3 }]) { creditClass } }`);
    await gqlData(url(), 'mutation { setCalendarDays(days: [{ date: "2024-10-08", isWorkingDay: false, name: "调休" }]) }');
    const { createReport } = await gqlData(url(), 'mutation { createReport(input: { kind: CIRCULAR, from: "2024-01-01", to: "2024-06-30" }) { id } }');
    await gqlData(url(), `mutation { updateReportText(id: "${createReport.id}", text: { office: "睢县联席办", number: "睢随机〔2024〕3号", overview: ["一段"], requirements: [] }) { id } }`);
    await gqlData(url(), 'mutation { saveReportTemplate(kind: CIRCULAR, template: { office: "睢县联席办", overview: ["一段"], requirements: ["要求"] }) { kind } }');
    const { issueReport } = await gqlData(url(), `mutation { issueReport(id: "${createReport.id}") { issuedBy issuedByUsername } }`);
    expect(issueReport).toEqual({ issuedBy: '测试员', issuedByUsername: 'tester' });
    await gqlData(url(), 'mutation { createUser(input: { username: "pingu", password: "pingu-password", role: EVALUATOR, expiresOn: "2027-06-30" }) { username } }');
    await gqlData(url(), 'mutation { resetPassword(username: "pingu", password: "pingu-password-2") { username } }');
    await gqlData(url(), 'mutation { setUserExpiry(username: "pingu", expiresOn: "2027-07-31") { username } }');
    await gqlData(url(), 'mutation { setUserDisabled(username: "pingu", disabled: true) { username } }');
    await gqlData(url(), 'mutation { setUserDisabled(username: "pingu", disabled: false) { username } }');
    await gql(url(), 'mutation { login(username: "pingu", password: "wrong-password") { token } }', undefined, { token: null });
    const token = await signIn(url(), 'pingu', 'pingu-password-2');
    await gqlData(url(), 'mutation { logout }', undefined, { token });

    const written = (await entries()).slice(start);
    expect(written.map((e) => [e.username, e.role, e.source, e.action])).toEqual([
      [expect.any(String), null, 'cli', 'IMPORT_DRY_RUN'],
      [expect.any(String), null, 'cli', 'IMPORT'],
      [expect.any(String), null, 'cli', 'IMPORT_REJECTED'],
      ...['KPI_TARGET_SET', 'KPI_TARGET_SET', 'KPI_TARGET_DELETE', 'CREDIT_BANDS_SET', 'CALENDAR_SET', 'REPORT_DRAFT', 'REPORT_EDIT',
        'REPORT_TEMPLATE_SAVE', 'REPORT_ISSUE', 'USER_CREATE', 'USER_PASSWORD', 'USER_EXPIRY', 'USER_DISABLE', 'USER_ENABLE']
        .map((action) => ['tester', 'OFFICE', 'api', action]),
      ['pingu', 'EVALUATOR', 'api', 'LOGIN_FAILED'],
      ['pingu', 'EVALUATOR', 'api', 'LOGIN'],
      ['pingu', 'EVALUATOR', 'api', 'LOGOUT'],
    ]);
    const byAction = (action: string, n = 0) => written.filter((e) => e.action === action)[n];
    expect([byAction('KPI_TARGET_SET', 1).old_value.target, byAction('KPI_TARGET_SET', 1).new_value.target]).toEqual([0.4, 0.5]);
    expect(byAction('KPI_TARGET_DELETE').old_value).toMatchObject({ kpiKey: 'joint_task_share', target: 0.5 });
    expect(byAction('CALENDAR_SET')).toMatchObject({ target: '2024-10-08', old_value: [], new_value: [{ date: '2024-10-08', isWorkingDay: false, name: '调休' }] });
    expect(byAction('REPORT_EDIT').old_value).toMatchObject({ office: expect.any(String) });
    expect(byAction('REPORT_EDIT').new_value).toMatchObject({ office: '睢县联席办', number: '睢随机〔2024〕3号' });
    expect(byAction('USER_EXPIRY')).toMatchObject({ old_value: { expiresOn: '2027-06-30' }, new_value: { expiresOn: '2027-07-31' } });
    expect(byAction('USER_PASSWORD')).toMatchObject({ old_value: null, new_value: null }); // never a password, not even hashed
  });

  it('cannot be changed, deleted or emptied, whoever asks', async () => {
    for (const sql of ['update audit_log set username = \'someone\'', 'delete from audit_log', 'truncate audit_log']) {
      await expect(db().pool.query(sql), sql).rejects.toThrow('操作记录只能追加，不能修改、删除或清空');
    }
  });

  it('is listed newest first, filtered, paged, and a department sees only its own', async () => {
    await createAccount(db().pool, { username: 'swj', password: 'swj-password-1', role: 'DEPARTMENT', departmentCode: 'SWJ' });
    await setPassword(db().pool, 'swj', 'swj-password-2');
    const swj = await signIn(url(), 'swj', 'swj-password-2');
    const query = 'query($f: AuditFilter, $after: String) { auditLog(first: 2, after: $after, filter: $f) { totalCount nodes { username action actionName roleName } pageInfo { hasNextPage endCursor } } }';
    const own = (await gqlData(url(), query, {}, { token: swj })).auditLog;
    expect(own.totalCount).toBe(1);
    expect(own.nodes).toEqual([{ username: 'swj', action: 'LOGIN', actionName: '登录', roleName: '成员单位' }]);
    const imports = (await gqlData(url(), query, { f: { action: 'IMPORT' } })).auditLog;
    expect(imports.totalCount).toBe(4); // the fixture's, then a dry run, a committed and a rejected import
    expect(imports.nodes.map((n: { action: string }) => n.action)).toEqual(['IMPORT_REJECTED', 'IMPORT']);
    const next = (await gqlData(url(), query, { f: { action: 'IMPORT' }, after: imports.pageInfo.endCursor })).auditLog;
    expect(next.nodes.map((n: { action: string }) => n.action)).toEqual(['IMPORT_DRY_RUN', 'IMPORT']);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const pingu = (await gqlData(url(), query, { f: { username: 'pingu', from: today, to: today } })).auditLog;
    expect(pingu.totalCount).toBe(3);
    expect((await gqlData(url(), query, { f: { username: 'pingu', to: '2020-01-01' } })).auditLog.totalCount).toBe(0);
  });

  it('downloads as Excel with the same filters', async () => {
    const response = await hubFetch(url(), '/api/audit.xlsx?username=pingu');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('操作记录')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '时间（北京时间）', '操作人', '角色', '部门代码', '来源', '客户端地址', '操作', '对象', '详情']);
    expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(7).value)).toEqual(['退出登录', '登录', '登录失败']);
    expect(sheet.rowCount).toBe(5);
  });
});
