import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ensureFirstAccount } from '../../server/src/auth/first-account';
import { login } from '../../server/src/auth/sessions';
import { useTestDatabase } from '../support/database';

/** Runs `npm run user -- ARGS` against the test database with `input` on standard input. */
function userCommand(url: string, args: string[], input = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['--import', 'tsx', 'server/src/cli/user.ts', ...args], { env: { ...process.env, DATABASE_URL: url } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}
const web = { source: 'web' as const, clientAddress: '127.0.0.1' };

describe('npm run user', () => {
  const db = useTestDatabase();

  it('creates the first office account once, with a password that signs in', async () => {
    const lines = await ensureFirstAccount(db().pool);
    const password = lines.find((l) => l.includes('密  码：'))!.split('：')[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await login(db().pool, 'admin', password, web)).user).toMatchObject({ username: 'admin', role: 'OFFICE' });
    expect(await ensureFirstAccount(db().pool)).toEqual([]);
  });

  it('adds, lists, changes the password of, disables and enables accounts, reading passwords from standard input', async () => {
    await db().pool.query(`insert into import_batch (id, source, file_names, counts) values (1, 'CLI', '{a.csv}', '{}');
      insert into department values ('SWJ', '县税务局', '411422', 5, true, 1)`);
    expect(await userCommand(db().url, ['add', 'swj_zhang', '--role', 'DEPARTMENT', '--department', 'SWJ', '--name', '张三'], 'first-password-1\n'))
      .toEqual({ code: 0, out: '已新建账号 swj_zhang（成员单位，县税务局）\n' });
    expect(await userCommand(db().url, ['add', 'short', '--role', 'LEADER'], '123456789\n')).toEqual({ code: 1, out: '密码至少 10 个字符\n' });
    expect(await userCommand(db().url, ['add', 'dept', '--role', 'DEPARTMENT'], 'long-enough-1\n'))
      .toEqual({ code: 1, out: '成员单位账号必须指定部门（--department 部门代码）\n' });
    expect(await userCommand(db().url, ['add', 'dcz', '--role', 'EVALUATOR', '--expires', '2026-12-31'], 'long-enough-1\n'))
      .toEqual({ code: 0, out: '已新建账号 dcz（评估人员，有效期至 2026-12-31）\n' });
    expect((await userCommand(db().url, ['passwd', 'swj_zhang'], 'second-password-2\n')).code).toBe(0);
    await expect(login(db().pool, 'swj_zhang', 'first-password-1', web)).rejects.toThrow('用户名或密码错误');
    expect((await login(db().pool, 'swj_zhang', 'second-password-2', web)).user.departmentCode).toBe('SWJ');
    expect(await userCommand(db().url, ['disable', 'swj_zhang'])).toEqual({ code: 0, out: '已停用 swj_zhang，其会话全部失效\n' });
    await expect(login(db().pool, 'swj_zhang', 'second-password-2', web)).rejects.toThrow('账号已停用或已过有效期，请联系联席办');
    const list = await userCommand(db().url, ['list']);
    expect(list.out.split('\n').slice(1, 4).map((l) => l.split('\t').slice(0, 6))).toEqual([
      ['admin', '管理员', '联席办', '', '长期', '正常'],
      ['dcz', '', '评估人员', '', '2026-12-31', '正常'],
      ['swj_zhang', '张三', '成员单位', 'SWJ', '长期', '已停用'],
    ]);
    expect((await userCommand(db().url, ['enable', 'swj_zhang'])).code).toBe(0);
    const audit = await db().pool.query(`select username, role, source, action from audit_log where target = 'swj_zhang' and action like 'USER%' order by id`);
    expect(audit.rows).toEqual(['USER_CREATE', 'USER_PASSWORD', 'USER_DISABLE', 'USER_ENABLE']
      .map((action) => ({ username: os.userInfo().username, role: null, source: 'cli', action })));
  });
});
