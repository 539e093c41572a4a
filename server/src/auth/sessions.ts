/**
 * Sign-in and sessions. A session is a random token handed to the client once; the database keeps
 * only its SHA-256, so its rows sign nobody in. A session ends on logout, after the idle time, when
 * the password changes, when the account is disabled, and after the account's last valid day.
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Role } from '../domain/roles';
import { inTransaction } from '../store/transaction';
import type { Actor } from './actor';
import { writeAudit } from './audit';
import { DUMMY_HASH, verifyPassword } from './password';

export interface SessionPolicy {
  idleMinutes: number;
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 8 * 60, maxFailures: 5, lockMinutes: 15 };

export interface SessionUser {
  username: string;
  name: string | null;
  role: Role;
  departmentCode: string | null;
  departmentName: string | null;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

/** A sign-in refused; the message is for the user and never says whether the name exists. */
export class LoginError extends Error {}

export const hashToken = (token: string) => createHash('sha256').update(token).digest();

// The account's last valid day is a date in China: it ends at midnight Beijing time.
const ACCOUNT_VALID = `not u.disabled and (u.expires_on is null or u.expires_on >= (now() at time zone 'Asia/Shanghai')::date)`;

const chinaTime = (at: Date) => at.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

interface UserRow extends SessionUser {
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
  valid: boolean;
}

export async function login(
  pool: pg.Pool, username: string, password: string, origin: Pick<Actor, 'source' | 'clientAddress'>,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<SignedIn> {
  const { rows } = await pool.query<UserRow>(
    `select u.username, u.name, u.role, u.department_code as "departmentCode", d.name as "departmentName",
            u.password_hash as "passwordHash", u.failed_attempts as "failedAttempts", u.locked_until as "lockedUntil",
            ${ACCOUNT_VALID} as valid
     from app_user u left join department d on d.code = u.department_code where u.username = $1`,
    [username],
  );
  const user = rows[0];
  const actor: Actor = {
    username: user?.username ?? username.slice(0, 64), name: user?.name ?? null, role: user?.role ?? null,
    departmentCode: user?.departmentCode ?? null, ...origin,
  };
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    await writeAudit(pool, actor, { action: 'LOGIN_FAILED', target: user.username, detail: { reason: 'locked' } });
    throw new LoginError(`账号已锁定，请于 ${chinaTime(user.lockedUntil)} 后再试`);
  }
  const matches = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH));
  if (!user || !matches) {
    await recordFailure(pool, actor, user ? user.username : null, policy);
    throw new LoginError('用户名或密码错误');
  }
  if (!user.valid) {
    await writeAudit(pool, actor, { action: 'LOGIN_FAILED', target: user.username, detail: { reason: 'disabled or expired' } });
    throw new LoginError('账号已停用或已过有效期，请联系联席办');
  }
  const token = randomBytes(32).toString('base64url');
  return inTransaction(pool, async (client) => {
    await client.query(`update app_user set failed_attempts = 0, locked_until = null, last_login_at = now() where username = $1`, [user.username]);
    await client.query(`insert into app_session (token_hash, username, client_address) values ($1, $2, $3)`,
      [hashToken(token), user.username, origin.clientAddress]);
    await writeAudit(client, actor, { action: 'LOGIN', target: user.username });
    const { passwordHash: _h, failedAttempts: _f, lockedUntil: _l, valid: _v, ...sessionUser } = user;
    return { token, expiresAt: new Date(Date.now() + policy.idleMinutes * 60_000), user: sessionUser };
  });
}

async function recordFailure(pool: pg.Pool, actor: Actor, username: string | null, policy: SessionPolicy): Promise<void> {
  await inTransaction(pool, async (client) => {
    await writeAudit(client, actor, { action: 'LOGIN_FAILED', target: actor.username, detail: { reason: username ? 'wrong password' : 'unknown user' } });
    if (!username) return;
    const { rows } = await client.query<{ failed: number; locked: Date | null }>(
      `update app_user set failed_attempts = failed_attempts + 1,
              locked_until = case when failed_attempts + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
       where username = $1 returning failed_attempts as failed, locked_until as locked`,
      [username, policy.maxFailures, policy.lockMinutes],
    );
    if (rows[0] && rows[0].failed >= policy.maxFailures) {
      // The count starts again after the lock, so that the next five tries lock it again.
      await client.query('update app_user set failed_attempts = 0 where username = $1', [username]);
      await client.query('update app_session set ended_at = now() where username = $1 and ended_at is null', [username]);
      await writeAudit(client, actor, { action: 'LOCKOUT', target: username, detail: { failures: rows[0].failed, until: rows[0].locked } });
    }
  });
}

/** The account behind a token, or null; a valid session's idle clock restarts (at most once a minute, to spare writes). */
export async function resolveSession(pool: pg.Pool, token: string, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<SignedIn | null> {
  const { rows } = await pool.query<SessionUser & { lastSeen: Date }>(
    `with s as (
       update app_session s set last_seen_at = case when s.last_seen_at < now() - interval '1 minute' then now() else s.last_seen_at end
       from app_user u
       where s.token_hash = $1 and s.ended_at is null and s.last_seen_at > now() - make_interval(mins => $2)
         and u.username = s.username and ${ACCOUNT_VALID}
       returning s.username, s.last_seen_at)
     select u.username, u.name, u.role, u.department_code as "departmentCode", d.name as "departmentName", s.last_seen_at as "lastSeen"
     from s join app_user u using (username) left join department d on d.code = u.department_code`,
    [hashToken(token), policy.idleMinutes],
  );
  const row = rows[0];
  if (!row) return null;
  const { lastSeen, ...user } = row;
  return { token, expiresAt: new Date(lastSeen.getTime() + policy.idleMinutes * 60_000), user };
}

export async function logout(pool: pg.Pool, token: string, actor: Actor): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query('update app_session set ended_at = now() where token_hash = $1 and ended_at is null', [hashToken(token)]);
    if (rowCount) await writeAudit(client, actor, { action: 'LOGOUT', target: actor.username });
    return Boolean(rowCount);
  });
}
