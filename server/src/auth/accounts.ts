/** Accounts of the hub: created by the office (or at the command line), never by themselves. */
import type pg from 'pg';
import { isRole, type Role } from '../domain/roles';
import type { Queryable } from '../store/repositories/sql-filter';
import { inTransaction } from '../store/transaction';
import { cliActor, type Actor } from './actor';
import { writeAudit } from './audit';
import { checkPasswordPolicy, hashPassword } from './password';

export interface AccountRecord {
  username: string;
  name: string | null;
  role: Role;
  departmentCode: string | null;
  departmentName: string | null;
  expiresOn: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface AccountInput {
  username: string;
  password: string;
  role: Role;
  departmentCode?: string | null;
  name?: string | null;
  expiresOn?: string | null;
}

/** A request about accounts that cannot be done as asked; the message is for the user. */
export class AccountError extends Error {}

const SELECT = `select u.username, u.name, u.role, u.department_code as "departmentCode", d.name as "departmentName",
  u.expires_on as "expiresOn", u.disabled, u.locked_until as "lockedUntil", u.last_login_at as "lastLoginAt", u.created_at as "createdAt"
  from app_user u left join department d on d.code = u.department_code`;

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{1,39}$/;

export async function listAccounts(db: Queryable): Promise<AccountRecord[]> {
  return (await db.query<AccountRecord>(`${SELECT} order by u.username`)).rows;
}

export async function findAccount(db: Queryable, username: string): Promise<AccountRecord | null> {
  return (await db.query<AccountRecord>(`${SELECT} where u.username = $1`, [username])).rows[0] ?? null;
}

export async function countAccounts(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>('select count(*)::int as n from app_user')).rows[0].n;
}

async function checkedInput(db: Queryable, input: AccountInput): Promise<void> {
  if (!USERNAME.test(input.username)) throw new AccountError(`用户名「${input.username}」无效：2–40 个字母、数字或 _ . @ -，以字母或数字开头`);
  if (!isRole(input.role)) throw new AccountError(`角色应为 OFFICE、LEADER、DEPARTMENT 或 EVALUATOR，实为「${input.role}」`);
  if (input.role === 'DEPARTMENT' && !input.departmentCode) throw new AccountError('成员单位账号必须指定部门（--department 部门代码）');
  if (input.role !== 'DEPARTMENT' && input.departmentCode) throw new AccountError('只有成员单位（DEPARTMENT）账号属于某个部门，其他角色不能指定部门');
  if (input.departmentCode) {
    const { rows } = await db.query('select 1 from department where code = $1', [input.departmentCode]);
    if (rows.length === 0) throw new AccountError(`部门代码 ${input.departmentCode} 不存在`);
  }
  if (input.expiresOn != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn)) throw new AccountError(`有效期应为 YYYY-MM-DD，实为「${input.expiresOn}」`);
  checkPasswordPolicy(input.password);
}

export async function createAccount(pool: pg.Pool, input: AccountInput, actor: Actor = cliActor()): Promise<AccountRecord> {
  await checkedInput(pool, input);
  const hash = await hashPassword(input.password);
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `insert into app_user (username, name, role, department_code, password_hash, expires_on) values ($1, $2, $3, $4, $5, $6)
       on conflict (username) do nothing`,
      [input.username, input.name?.trim() || null, input.role, input.departmentCode || null, hash, input.expiresOn ?? null],
    );
    if (!rowCount) throw new AccountError(`用户名 ${input.username} 已存在`);
    const created = (await findAccount(client, input.username)) as AccountRecord;
    await writeAudit(client, actor, { action: 'USER_CREATE', target: input.username, newValue: publicFields(created) });
    return created;
  });
}

function publicFields(a: AccountRecord) {
  return { username: a.username, name: a.name, role: a.role, departmentCode: a.departmentCode, expiresOn: a.expiresOn, disabled: a.disabled };
}

async function changeAccount(
  pool: pg.Pool, actor: Actor, username: string, action: 'USER_PASSWORD' | 'USER_DISABLE' | 'USER_ENABLE' | 'USER_EXPIRY',
  update: { sql: string; params: unknown[] }, endSessions: boolean,
): Promise<AccountRecord> {
  return inTransaction(pool, async (client) => {
    const before = await findAccount(client, username);
    if (!before) throw new AccountError(`账号 ${username} 不存在`);
    await client.query(`update app_user set ${update.sql} where username = $1`, [username, ...update.params]);
    // A changed password, a disabled account: every session it had ends now.
    if (endSessions) await client.query('update app_session set ended_at = now() where username = $1 and ended_at is null', [username]);
    const after = (await findAccount(client, username)) as AccountRecord;
    await writeAudit(client, actor, { action, target: username, oldValue: action === 'USER_PASSWORD' ? undefined : publicFields(before), newValue: action === 'USER_PASSWORD' ? undefined : publicFields(after) });
    return after;
  });
}

export async function setPassword(pool: pg.Pool, username: string, password: string, actor: Actor = cliActor()): Promise<AccountRecord> {
  checkPasswordPolicy(password);
  const hash = await hashPassword(password);
  return changeAccount(pool, actor, username, 'USER_PASSWORD', { sql: 'password_hash = $2, failed_attempts = 0, locked_until = null', params: [hash] }, true);
}

export function setDisabled(pool: pg.Pool, username: string, disabled: boolean, actor: Actor = cliActor()): Promise<AccountRecord> {
  return changeAccount(pool, actor, username, disabled ? 'USER_DISABLE' : 'USER_ENABLE', { sql: 'disabled = $2', params: [disabled] }, disabled);
}

export function setExpiry(pool: pg.Pool, username: string, expiresOn: string | null, actor: Actor = cliActor()): Promise<AccountRecord> {
  if (expiresOn != null && !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) throw new AccountError(`有效期应为 YYYY-MM-DD，实为「${expiresOn}」`);
  return changeAccount(pool, actor, username, 'USER_EXPIRY', { sql: 'expires_on = $2', params: [expiresOn] }, false);
}
