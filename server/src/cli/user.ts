/**
 * npm run user -- add|list|passwd|disable|enable: accounts, administered on the server machine.
 * Passwords come from standard input (one line), so they appear in no process list or shell history.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountError, createAccount, listAccounts, setDisabled, setExpiry, setPassword } from '../auth/accounts';
import { PasswordPolicyError } from '../auth/password';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { ROLE_NAMES, isRole } from '../domain/roles';

const USAGE = `用法：
  npm run user -- add <用户名> --role <OFFICE|LEADER|DEPARTMENT|EVALUATOR> [--department <部门代码>] [--name <姓名>] [--expires YYYY-MM-DD]
  npm run user -- list
  npm run user -- passwd <用户名>
  npm run user -- disable <用户名>
  npm run user -- enable <用户名>
  npm run user -- expires <用户名> <YYYY-MM-DD|never>
add 与 passwd 从标准输入读一行作为密码（至少 10 个字符），例如：echo '新密码至少十个字符' | npm run user -- passwd zhangsan
角色：OFFICE 联席办、LEADER 领导、DEPARTMENT 成员单位（须 --department）、EVALUATOR 评估人员（可 --expires）`;

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('请输入密码（至少 10 个字符），回车结束：');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.replace(/\r$/, '');
  }
  return '';
}

const when = (d: Date | null) => (d ? d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' }, department: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, username, extra] = positionals;
  if (values.help || !command || (command !== 'list' && !username)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'add' && !isRole(values.role)) {
    console.error(`--role 应为 OFFICE、LEADER、DEPARTMENT 或 EVALUATOR，实为「${values.role ?? ''}」`);
    return 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    switch (command) {
      case 'add': {
        const account = await createAccount(db.pool, {
          username, password: await readPassword(), role: values.role as never, departmentCode: values.department ?? null,
          name: values.name ?? null, expiresOn: values.expires ?? null,
        });
        console.log(`已新建账号 ${account.username}（${ROLE_NAMES[account.role]}${account.departmentName ? `，${account.departmentName}` : ''}${account.expiresOn ? `，有效期至 ${account.expiresOn}` : ''}）`);
        return 0;
      }
      case 'list': {
        const accounts = await listAccounts(db.pool);
        console.log(['用户名', '姓名', '角色', '部门', '有效期至', '状态', '最近登录'].join('\t'));
        for (const a of accounts) {
          const state = a.disabled ? '已停用' : a.lockedUntil && a.lockedUntil > new Date() ? `锁定至 ${when(a.lockedUntil)}` : '正常';
          console.log([a.username, a.name ?? '', ROLE_NAMES[a.role], a.departmentCode ?? '', a.expiresOn ?? '长期', state, when(a.lastLoginAt)].join('\t'));
        }
        console.log(`共 ${accounts.length} 个账号`);
        return 0;
      }
      case 'passwd':
        await setPassword(db.pool, username, await readPassword());
        console.log(`已修改 ${username} 的密码；该账号已登录的会话全部失效`);
        return 0;
      case 'disable':
      case 'enable':
        await setDisabled(db.pool, username, command === 'disable');
        console.log(command === 'disable' ? `已停用 ${username}，其会话全部失效` : `已启用 ${username}`);
        return 0;
      case 'expires':
        await setExpiry(db.pool, username, !extra || extra === 'never' ? null : extra);
        console.log(!extra || extra === 'never' ? `${username} 长期有效` : `${username} 有效期至 ${extra}（含当日）`);
        return 0;
      default:
        console.log(USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof AccountError || error instanceof PasswordPolicyError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`操作失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
