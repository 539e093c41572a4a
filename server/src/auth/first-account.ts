import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { countAccounts, createAccount } from './accounts';

/**
 * On the very first start there is no account to sign in with: create `admin` (联席办) with a
 * random password and show it once, so that the README's two commands still get a newcomer in.
 */
export async function ensureFirstAccount(pool: pg.Pool): Promise<string[]> {
  if ((await countAccounts(pool)) > 0) return [];
  const password = randomBytes(12).toString('base64url');
  await createAccount(pool, { username: 'admin', password, role: 'OFFICE', name: '管理员' });
  return [
    '',
    '首次启动：已创建联席办管理员账号（此密码只显示这一次，请记下）',
    '  用户名：admin',
    `  密  码：${password}`,
    `登录驾驶舱后请修改密码：echo '新密码至少十个字符' | npm run user -- passwd admin`,
    '为各部门、领导、评估人员建账号：npm run user -- add <用户名> --role <OFFICE|LEADER|DEPARTMENT|EVALUATOR> …（见 docs/账号与权限.md）',
    '',
  ];
}
