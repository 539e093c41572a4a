import { describe, expect, it } from 'vitest';
import { ensureAccount, gql, hubFetch, signIn, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

const db = useTestDatabase();
const url = useHubServer(db);
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username name role roleName departmentCode } } }';
const ME = '{ me { username role } }';

async function attempt(username: string, password: string) {
  return gql(url(), LOGIN, { u: username, p: password }, { token: null });
}
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('sign-in and sessions', () => {
  it('signs in with a bearer token and a strict HttpOnly cookie, and `me` tells who is signed in', async () => {
    await ensureAccount(db(), { username: 'leader1', password: 'leader-password-1', role: 'LEADER', name: '王主任' });
    const response = await fetch(`${url()}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'leader1', p: 'leader-password-1' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hub_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const { data } = await response.json();
    expect(data.login.user).toEqual({ username: 'leader1', name: '王主任', role: 'LEADER', roleName: '领导', departmentCode: null });
    const idleHours = (Date.parse(data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(idleHours).toBeGreaterThan(7.9);
    expect(idleHours).toBeLessThanOrEqual(8);
    expect((await gql(url(), ME, undefined, { token: data.login.token })).data).toEqual({ me: { username: 'leader1', role: 'LEADER' } });
    // The dashboard's way: the cookie alone.
    const viaCookie = await fetch(`${url()}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] }, body: JSON.stringify({ query: ME }),
    });
    expect((await viaCookie.json()).data).toEqual({ me: { username: 'leader1', role: 'LEADER' } });
    expect((await gql(url(), ME, undefined, { token: null })).data).toEqual({ me: null });
    const stored = await db().pool.query('select count(*)::int as n from app_session where token_hash = $1', [Buffer.from(data.login.token)]);
    expect(stored.rows[0].n).toBe(0); // only the hash is stored
  });

  it('refuses a wrong password and an unknown name with the same words', async () => {
    expect((await attempt('leader1', 'wrong-password-0')).errors?.[0].message).toBe('用户名或密码错误');
    expect((await attempt('nobody', 'wrong-password-0')).errors?.[0].message).toBe('用户名或密码错误');
  });

  it('locks an account for 15 minutes after five failures, even for the right password', async () => {
    await ensureAccount(db(), { username: 'dept-lock', password: 'right-password-1', role: 'EVALUATOR' });
    for (let i = 0; i < 4; i++) expect(codeOf(await attempt('dept-lock', `wrong-${i}-password`))).toBe('BAD_USER_INPUT');
    expect((await attempt('dept-lock', 'right-password-1')).data?.login.user.username).toBe('dept-lock'); // four failures: still open
    for (let i = 0; i < 5; i++) await attempt('dept-lock', `wrong-${i}-password`);
    const locked = await attempt('dept-lock', 'right-password-1');
    expect(locked.errors?.[0].message).toMatch(/^账号已锁定，请于 \d{2}:\d{2} 后再试$/);
    const { rows } = await db().pool.query(
      `select round(extract(epoch from locked_until - now()) / 60)::int as minutes from app_user where username = 'dept-lock'`);
    expect(rows[0].minutes).toBe(15);
    const audit = await db().pool.query(`select action, count(*)::int as n from audit_log where target = 'dept-lock' group by action order by action`);
    expect(audit.rows).toEqual([
      { action: 'LOCKOUT', n: 1 }, { action: 'LOGIN', n: 1 }, { action: 'LOGIN_FAILED', n: 10 }, { action: 'USER_CREATE', n: 1 },
    ]);
  });

  it('ends a session on logout, and the token then opens nothing', async () => {
    const token = await signIn(url(), 'leader1', 'leader-password-1');
    expect((await gql(url(), 'mutation { logout }', undefined, { token })).data).toEqual({ logout: true });
    const after = await gql(url(), '{ dataExtent { firstDay } }', undefined, { token });
    expect(after.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['请先登录', 'UNAUTHENTICATED']]);
    expect((await hubFetch(url(), '/api/template.xlsx', {}, { token })).status).toBe(401);
  });

  it('refuses an expired account, a disabled one, a changed password and an idle session', async () => {
    await ensureAccount(db(), { username: 'visitor', password: 'visitor-password-1', role: 'EVALUATOR', expiresOn: '2099-12-31' });
    const token = await signIn(url(), 'visitor', 'visitor-password-1');
    const office = { token: undefined };
    // The visiting evaluators' last day was yesterday (China time): the session and new sign-ins stop.
    await gql(url(), 'mutation { setUserExpiry(username: "visitor", expiresOn: "2020-01-01") { expiresOn } }', undefined, office);
    expect(codeOf(await gql(url(), '{ dataExtent { firstDay } }', undefined, { token }))).toBe('UNAUTHENTICATED');
    expect((await attempt('visitor', 'visitor-password-1')).errors?.[0].message).toBe('账号已停用或已过有效期，请联系联席办');
    await gql(url(), 'mutation { setUserExpiry(username: "visitor", expiresOn: null) { expiresOn } }', undefined, office);

    const second = await signIn(url(), 'visitor', 'visitor-password-1');
    await gql(url(), 'mutation { setUserDisabled(username: "visitor", disabled: true) { disabled } }', undefined, office);
    expect((await gql(url(), ME, undefined, { token: second })).data).toEqual({ me: null });
    await gql(url(), 'mutation { setUserDisabled(username: "visitor", disabled: false) { disabled } }', undefined, office);

    const third = await signIn(url(), 'visitor', 'visitor-password-1');
    await gql(url(), 'mutation { resetPassword(username: "visitor", password: "another-password-2") { username } }', undefined, office);
    expect((await gql(url(), ME, undefined, { token: third })).data).toEqual({ me: null });

    const fourth = await signIn(url(), 'visitor', 'another-password-2');
    await db().pool.query(`update app_session set last_seen_at = now() - interval '8 hours 1 minute' where username = 'visitor' and ended_at is null`);
    expect((await gql(url(), ME, undefined, { token: fourth })).data).toEqual({ me: null });
  });

  it('refuses passwords under 10 characters and departments for roles that have none', async () => {
    const short = await gql(url(), 'mutation { createUser(input: { username: "x1", password: "123456789", role: LEADER }) { username } }');
    expect(short.errors?.[0].message).toBe('密码至少 10 个字符');
    const dept = await gql(url(), 'mutation { createUser(input: { username: "x2", password: "1234567890", role: DEPARTMENT }) { username } }');
    expect(dept.errors?.[0].message).toBe('成员单位账号必须指定部门（--department 部门代码）');
    const leader = await gql(url(), 'mutation { createUser(input: { username: "x3", password: "1234567890", role: LEADER, departmentCode: "SCJG" }) { username } }');
    expect(leader.errors?.[0].message).toBe('只有成员单位（DEPARTMENT）账号属于某个部门，其他角色不能指定部门');
  });
});
