import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../server/src/auth/accounts';
import { writeDemoFiles } from '../../server/src/demo/generate';
import { runImport } from '../../server/src/ingest/run-import';
import { gqlData, hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';
import { tempDir } from '../support/files';
import { CHROMIUM, launchBrowser, sharedDashboard, signedInContext, signInThroughPage } from './browser';

const dist = CHROMIUM ? await sharedDashboard() : undefined;

const OFFICE = { username: 'zhangming', password: 'zhangming-pass-1', name: '张明' };
const LEADER = { username: 'wangjun', password: 'wangjun-pass-01', name: '王军' };
const EVALUATOR = { username: 'lisi', password: 'lisi-password-1' };
// A department clerk who forgets the password and locks the account.
const CLERK = { username: 'swj01', password: 'swj01-password' };
// A visiting inspector (督查组) whose account the office disables and dates.
const VISITOR = { username: 'zhaoqiang', password: 'zhaoqiang-pass1' };

describe.skipIf(!CHROMIUM)('登录, roles, 账号管理 and 操作记录 in Chromium, on the real server', () => {
  const db = useTestDatabase();
  const url = useHubServer(db, dist);
  let browser: Browser;
  let office: BrowserContext;

  beforeAll(async () => {
    const files = await writeDemoFiles(await tempDir(), { subjects: 500 });
    expect((await runImport(db().pool, files.map((path) => ({ path })), { source: 'DEMO' })).outcome).toBe('committed');
    await createAccount(db().pool, { ...OFFICE, role: 'OFFICE' });
    await createAccount(db().pool, { ...LEADER, role: 'LEADER' });
    await createAccount(db().pool, { ...EVALUATOR, role: 'EVALUATOR' });
    await createAccount(db().pool, { ...VISITOR, role: 'EVALUATOR', expiresOn: '2099-12-31' });
    await createAccount(db().pool, { ...CLERK, role: 'DEPARTMENT', departmentCode: 'SCJGJ' });
    browser = await launchBrowser();
    office = await signedInContext(browser, url(), OFFICE.username, OFFICE.password);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent!.trim()));
  const navItems = (page: Page) => texts(page, '.bar nav a');
  const header = async (page: Page) => [await page.textContent('[data-role="user-name"]'), await page.textContent('[data-role="user-role"]')];

  it('sends a visitor to 登录, and once signed in back to the page asked for, the name and role in the header', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url()}/tasks?status=OVERDUE`);
    await page.waitForSelector('[data-role="login"]');
    const asked = new URL(page.url());
    expect([asked.pathname, asked.searchParams.get('redirect')]).toEqual(['/login', '/tasks?status=OVERDUE']);
    expect(await page.$('.bar nav')).toBeNull();

    await page.fill('input[name="username"]', OFFICE.username);
    await page.fill('input[name="password"]', OFFICE.password);
    await page.click('button:text-is("登录")');
    await page.waitForSelector('[data-role="total"]');
    // Back on the page asked for; the list adds its cut-off (数据截至, today without a period) to the address.
    const back = new URL(page.url());
    back.searchParams.delete('asOf');
    expect(`${back.pathname}${back.search}`).toBe('/tasks?status=OVERDUE');
    expect(await header(page)).toEqual(['张明', '联席办']);
    expect(await navItems(page)).toEqual(['总览', '任务', '检查结果', '检查频次', '报告', '预警', '报送情况', '数据导入', '操作记录', '账号管理', '数据接口']);

    await page.click('a:text-is("总览")');
    await page.waitForSelector('[data-kpi]');
    expect(await header(page)).toEqual(['张明', '联席办']);
    await page.close();
  });

  it('says in Chinese that the password is wrong, and signs nobody in', async () => {
    const page = await browser.newPage();
    await page.goto(`${url()}/login`);
    await page.fill('input[name="username"]', OFFICE.username);
    await page.fill('input[name="password"]', 'not-the-password');
    await page.click('button:text-is("登录")');
    await page.waitForSelector('[data-role="error"]');
    expect(await page.textContent('[data-role="error"]')).toBe('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.$('[data-role="user"]')).toBeNull();
    expect(await page.inputValue('input[name="password"]')).toBe('');
    await page.close();
  });

  it('shows a leader no 数据导入, no drafting or issuing, and leads /import back to the cockpit', async () => {
    const leader = await signedInContext(browser, url(), LEADER.username, LEADER.password);
    const page = await leader.newPage();
    await page.goto(`${url()}/reports`);
    await page.waitForSelector('[data-role="user"]');
    expect(await header(page)).toEqual(['王军', '领导']);
    expect(await navItems(page)).toEqual(['总览', '任务', '检查结果', '检查频次', '报告', '预警', '报送情况', '数据接口']);
    await page.waitForSelector('.reports section p, [data-role="reports"]');
    expect(await page.$('button:text-is("新建草稿")')).toBeNull();

    await page.goto(`${url()}/import`);
    await page.waitForSelector('[data-kpi]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${url()}/accounts`);
    await page.waitForSelector('[data-kpi]');
    expect(new URL(page.url()).pathname).toBe('/');
    await leader.close();
  });

  it('lets the office add a department account on 账号管理, which then signs in to its own 数据导入 and 操作记录', async () => {
    const { department } = await gqlData<{ department: { name: string } }>(url(), '{ department(code: "SCJGJ") { name } }');
    const page = await office.newPage();
    await page.goto(`${url()}/accounts`);
    await page.waitForSelector('[data-role="accounts"]');
    await page.fill('[data-role="add-account"] input[name="username"]', 'scjgj01');
    await page.fill('[data-role="add-account"] input[name="name"]', '李华');
    await page.selectOption('[data-role="add-account"] select[name="role"]', 'DEPARTMENT');
    await page.waitForSelector('select[name="departmentCode"] option[value="SCJGJ"]', { state: 'attached' });
    await page.fill('[data-role="add-account"] input[name="password"]', 'short');
    await page.click('button:text-is("添加账号")');
    expect(await page.textContent('[data-role="add-account"] [role="alert"]')).toBe('成员单位账号须选择所属部门');
    await page.selectOption('select[name="departmentCode"]', 'SCJGJ');
    await page.click('button:text-is("添加账号")');
    expect(await page.textContent('[data-role="add-account"] [role="alert"]')).toBe('初始密码至少 10 个字符');
    await page.fill('[data-role="add-account"] input[name="password"]', 'scjgj-pass-001');
    await page.click('button:text-is("添加账号")');
    await page.waitForSelector('tr[data-username="scjgj01"]');
    expect(await page.textContent('[data-role="message"]')).toBe('已添加账号 scjgj01（成员单位）。请把用户名和初始密码当面或电话告知本人。');
    const row = async () => (await texts(page, 'tr[data-username="scjgj01"] td')).slice(0, 7);
    expect(await row()).toEqual(['scjgj01', '李华', '成员单位', department.name, '长期', '正常', '从未登录']);

    const member = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const own = await member.newPage();
    await signInThroughPage(own, url(), 'scjgj01', 'scjgj-pass-001', '/import');
    expect(new URL(own.url()).pathname).toBe('/import');
    expect(await header(own)).toEqual(['李华', `成员单位 · ${department.name}`]);
    expect(await navItems(own)).toEqual(['总览', '任务', '检查结果', '检查频次', '报告', '预警', '数据导入', '操作记录', '数据接口']);
    expect(await own.textContent('[data-role="scope"]')).toContain(`本账号属于${department.name}，只能导入本部门的数据`);
    await own.click('a:text-is("操作记录")');
    await own.waitForSelector('[data-role="entries"]');
    // A department sees its own entries only: its one sign-in, none of the office's.
    expect(await texts(own, '[data-role="entries"] [data-role="username"]')).toEqual(['scjgj01']);
    expect(await texts(own, '[data-role="action"]')).toEqual(['登录']);
    await member.close();

    await page.reload();
    await page.waitForSelector('tr[data-username="scjgj01"]');
    expect((await row())[6]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    await page.close();
  });

  it('lets the office disable an account and change its expiry, and the account then cannot sign in', async () => {
    const page = await office.newPage();
    await page.goto(`${url()}/accounts`);
    await page.click('tr[data-username="zhaoqiang"] [data-role="expiry"]');
    await page.fill('input[name="newExpiry"]', '2030-06-30');
    await page.click('button:text-is("确定")');
    await page.waitForFunction(() => document.querySelector('tr[data-username="zhaoqiang"] td:nth-child(5)')?.textContent === '2030-06-30');
    await page.click('tr[data-username="zhaoqiang"] [data-role="toggle"]');
    await page.waitForFunction(() => document.querySelector('tr[data-username="zhaoqiang"] [data-role="state"]')?.textContent === '已停用');

    const other = await browser.newPage();
    await other.goto(`${url()}/login`);
    await other.fill('input[name="username"]', VISITOR.username);
    await other.fill('input[name="password"]', VISITOR.password);
    await other.click('button:text-is("登录")');
    await other.waitForSelector('[data-role="error"]');
    expect(await other.textContent('[data-role="error"]')).toBe('账号已停用或已过有效期，请联系联席办');
    expect(await other.$('[data-role="user"]')).toBeNull();
    await other.close();

    await page.click('tr[data-username="zhaoqiang"] [data-role="toggle"]');
    await page.waitForFunction(() => document.querySelector('tr[data-username="zhaoqiang"] [data-role="state"]')?.textContent === '正常');
    await page.close();
  });

  it('says when a locked account may try again, and the office\'s new password on 账号管理 opens it', async () => {
    const page = await browser.newPage();
    await page.goto(`${url()}/login`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.fill('input[name="username"]', CLERK.username);
      await page.fill('input[name="password"]', `wrong-${attempt}-password`);
      await page.click('button:text-is("登录")');
      await page.waitForFunction(() => document.querySelector('[data-role="error"]') && !document.querySelector('button[disabled]'));
    }
    await page.fill('input[name="password"]', CLERK.password);
    await page.click('button:text-is("登录")');
    await page.waitForFunction(() => document.querySelector('[data-role="error"]')?.textContent?.startsWith('账号已锁定'));
    const refused = (await page.textContent('[data-role="error"]'))!;
    expect(refused).toMatch(/^账号已锁定，请于 \d{2}:\d{2} 后再试$/);

    const accounts = await office.newPage();
    await accounts.goto(`${url()}/accounts`);
    await accounts.waitForSelector('tr[data-username="swj01"]');
    // The same minute on both pages: the lock's end in China time.
    expect(await accounts.textContent('tr[data-username="swj01"] [data-role="state"]')).toBe(`已锁定（至 ${refused.match(/\d{2}:\d{2}/)![0]}）`);
    await accounts.click('tr[data-username="swj01"] [data-role="reset"]');
    await accounts.fill('input[name="newPassword"]', 'short');
    await accounts.click('button:text-is("确定重置")');
    expect(await accounts.textContent('[data-role="error"]')).toBe('新密码至少 10 个字符');
    await accounts.fill('input[name="newPassword"]', 'swj01-new-password');
    await accounts.click('button:text-is("确定重置")');
    await accounts.waitForFunction(() => document.querySelector('tr[data-username="swj01"] [data-role="state"]')?.textContent === '正常');
    expect(await accounts.textContent('[data-role="message"]')).toBe('已重置 swj01 的密码；其已登录的会话全部失效。');
    await accounts.close();

    await page.fill('input[name="password"]', 'swj01-new-password');
    await page.click('button:text-is("登录")');
    await page.waitForSelector('[data-role="user"]');
    expect(await page.textContent('[data-role="user-name"]')).toBe('swj01');
    await page.close();
  });

  it('lists on 操作记录 what a user did, newest first, with the same filters in its Excel', async () => {
    // An evaluator fails once, signs in, signs out: three entries under its name.
    const page = await browser.newPage();
    await page.goto(`${url()}/login`);
    await page.fill('input[name="username"]', EVALUATOR.username);
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('button:text-is("登录")');
    await page.waitForSelector('[data-role="error"]');
    await page.fill('input[name="password"]', EVALUATOR.password);
    await page.click('button:text-is("登录")');
    await page.waitForSelector('[data-role="user"]');
    await page.click('[data-role="logout"]');
    await page.waitForSelector('[data-role="login"]');
    await page.close();

    const audit = await office.newPage();
    await audit.goto(`${url()}/audit`);
    await audit.waitForSelector('[data-role="entries"]');
    await audit.fill('[data-role="audit-filters"] input[name="username"]', 'lisi');
    await audit.click('[data-role="audit-filters"] button[type="submit"]');
    await audit.waitForFunction(() => new URL(location.href).searchParams.get('username') === 'lisi'
      && document.querySelector('[data-role="total"]')?.textContent === '3');
    expect(await texts(audit, '[data-role="action"]')).toEqual(['退出登录', '登录', '登录失败']);
    expect(await texts(audit, '[data-role="entries"] td.detail')).toEqual(['—', '—', '原因：密码错误']);
    expect(await texts(audit, '[data-role="entries"] [data-role="username"]')).toEqual(['lisi', 'lisi', 'lisi']);
    expect(await texts(audit, '[data-role="entries"] [data-role="source"]')).toEqual(['网页', '网页', '网页']);

    // The server matches part of the code: LOGIN finds the failures too, not the sign-out.
    await audit.selectOption('select[name="action"]', 'LOGIN');
    await audit.waitForFunction(() => document.querySelector('[data-role="total"]')?.textContent === '2');
    expect(await texts(audit, '[data-role="action"]')).toEqual(['登录', '登录失败']);
    const href = (await audit.getAttribute('[data-role="download"]', 'href'))!;
    expect(href).toBe('/api/audit.xlsx?username=lisi&action=LOGIN');
    expect((await hubFetch(url(), href)).headers.get('content-type')).toContain('spreadsheetml');

    // The office's account work is there too, under the office's account, each change in words.
    await audit.goto(`${url()}/audit?username=zhangming&action=USER`);
    await audit.waitForFunction(() => document.querySelector('[data-role="total"]')?.textContent === '5');
    expect(await texts(audit, '[data-role="action"]')).toEqual(['修改密码', '启用账号', '停用账号', '设置账号有效期', '新建账号']);
    expect(await texts(audit, '[data-role="target"]')).toEqual(['swj01', 'zhaoqiang', 'zhaoqiang', 'zhaoqiang', 'scjgj01']);
    const { department } = await gqlData<{ department: { name: string } }>(url(), '{ department(code: "SCJGJ") { name } }');
    await audit.waitForFunction((name) => document.body.textContent!.includes(`部门：${name}`), department.name);
    const details = await audit.$$eval('[data-role="entries"] td.detail', (tds) => tds.map((td) => Array.from(td.querySelectorAll(':scope > div > div'), (d) => d.textContent)));
    // A password is never recorded, so its change has no detail.
    expect(details).toEqual([[], ['停用：是 → 否'], ['停用：否 → 是'], ['有效期至：2099-12-31 → 2030-06-30'],
      ['姓名：李华', '角色：成员单位', `部门：${department.name}`]]);
    await audit.close();
  });

  it('退出 returns to 登录, and the page the user was on is no longer reachable', async () => {
    const context = await signedInContext(browser, url(), OFFICE.username, OFFICE.password);
    const page = await context.newPage();
    await page.goto(`${url()}/reports`);
    await page.waitForSelector('[data-role="logout"]');
    await page.click('[data-role="logout"]');
    await page.waitForSelector('[data-role="login"]');
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.goto(`${url()}/reports`);
    await page.waitForSelector('[data-role="login"]');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/reports');
    const me = await page.evaluate(async () => (await (await fetch('/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { username } }' }),
    })).json()).data.me);
    expect(me).toBeNull();
    await context.close();
  });

  it('fits the 登录, 账号管理 and 操作记录 pages on a 390-pixel phone', async () => {
    const phone = await signedInContext(browser, url(), OFFICE.username, OFFICE.password, { width: 390, height: 844 });
    const page = await phone.newPage();
    for (const [path, ready] of [['/accounts', '[data-role="accounts"]'], ['/audit', '[data-role="entries"]']]) {
      await page.goto(`${url()}${path}`);
      await page.waitForSelector(ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await phone.close();
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(`${url()}/login`);
    await visitor.waitForSelector('[data-role="login"]');
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await visitor.close();
  });
});
