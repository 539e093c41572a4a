import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatValue } from '../../dashboard/src/format';
import { STATE_COUNCIL_KPIS } from '../../server/src/domain/kpi-keys';
import { gqlData, hubFetch } from '../graphql/hub-client';
import { CHROMIUM, useBrowserHub } from './browser';

interface Kpi { key: string; unit: 'RATIO' | 'COUNT'; value: number | null; numerator: number; denominator: number | null; met: boolean | null }

const QUARTER = '?from=2026-04-01&to=2026-06-30';
// The cut-off the pages open Q2 2026 with: the day after its last results were due (the 20th working
// day after 30 June: 1–3, 6–10, 13–17, 20–24, 27, 28 July), long past on any day the suite runs.
const AS_OF = '2026-07-29';

describe.skipIf(!CHROMIUM)('the cockpit in Chromium, on the real server and the demo data', () => {
  // Signed in once through the 登录 page; every page of the file shares that session.
  const { url, office } = useBrowserHub({ demo: { subjects: 3000 } });

  // The cockpit shows the State Council's 14 (the visit KPIs have the 检查频次 page).
  const api = async (filter: Record<string, string> = {}, keys: readonly string[] | null = STATE_COUNCIL_KPIS) => (await gqlData<{ kpis: Kpi[] }>(
    url(), `query($departmentCode: String, $keys: [String!]) { kpis(period: { from: "2026-04-01", to: "2026-06-30", asOf: "${AS_OF}" }, departmentCode: $departmentCode, keys: $keys) {
      key unit value numerator denominator met } }`, { ...filter, keys: keys && [...keys] },
  )).kpis;

  async function newPage(viewport = { width: 1920, height: 1080 }): Promise<Page> {
    const page = await office().newPage();
    await page.setViewportSize(viewport);
    return page;
  }

  async function open(path: string, viewport = { width: 1920, height: 1080 }): Promise<Page> {
    const page = await newPage(viewport);
    await page.goto(`${url()}${path}`);
    await page.waitForSelector('[data-kpi]');
    return page;
  }

  const cardValues = (page: Page) => page.$$eval('[data-kpi]', (cards) => cards.map((c) => [
    c.getAttribute('data-kpi'), c.querySelector('[data-role="value"]')!.textContent!.trim(), c.querySelector('.status')!.textContent!.trim(),
  ]));

  const expected = (kpis: Kpi[]) => kpis.map((k) => [k.key, formatValue(k.unit, k.value), k.met === null ? '无目标' : k.met ? '达标' : '未达标']);

  it('shows every figure the API gives for the period, with met or missed in words', async () => {
    const page = await open(`/${QUARTER}`);
    expect(await cardValues(page)).toEqual(expected(await api()));
    expect((await cardValues(page)).length).toBe(14);
    expect(await page.textContent('[data-role="period-label"]')).toBe('2026年第二季度');
    await page.close();
  });

  it('asks for every sparkline in one kpiSeriesSet request, and for the KPI catalogue once', async () => {
    const page = await newPage();
    const sent: string[] = [];
    page.on('request', (r) => r.url().endsWith('/graphql') && sent.push(JSON.parse(r.postData() ?? '{}').query ?? ''));
    const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('kpiSeriesSet'));
    await page.goto(`${url()}/${QUARTER}`);
    const { data } = await (await answer).json();
    expect(sent.filter((q) => q.includes('kpiSeriesSet'))).toHaveLength(1);
    expect(sent.filter((q) => /kpiSeries\(/.test(q))).toEqual([]);
    expect(data.kpiSeriesSet.map((s: { key: string }) => s.key)).toEqual((await api()).map((k) => k.key));
    expect(data.kpiSeriesSet[0].points).toHaveLength(12);
    // Another view of the same page asks again for figures, not for the catalogue. Waited for from
    // before the change: an answer quicker than the address's update would otherwise be missed.
    const again = page.waitForResponse((r) => (r.request().postData() ?? '').includes('kpiSeriesSet'));
    await page.selectOption('select[name="department"]', 'SCJGJ');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('department') === 'SCJGJ');
    await again;
    expect(sent.filter((q) => q.includes('kpiCatalog'))).toHaveLength(1);
    expect(sent.filter((q) => q.includes('kpiSeriesSet'))).toHaveLength(2);
    await page.close();
  });

  it('opens on the latest complete quarter with data when the address names none, and puts it in the address', async () => {
    const page = await open('/');
    // The demo data runs into 2026; today is after it, so the latest complete quarter is the last one with data.
    const { dataExtent } = await gqlData<{ dataExtent: { lastDay: string } }>(url(), '{ dataExtent { lastDay } }');
    expect(dataExtent.lastDay >= '2026-06-30').toBe(true);
    expect(new URL(page.url()).searchParams.get('to')! <= dataExtent.lastDay).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    await page.close();
  });

  it('keeps a department filter in the address and shows that department\'s figures', async () => {
    const page = await open(`/${QUARTER}&department=SCJGJ`);
    expect(await page.inputValue('select[name="department"]')).toBe('SCJGJ');
    expect(await cardValues(page)).toEqual(expected(await api({ departmentCode: 'SCJGJ' })));
    await page.close();
  });

  it('reaches the rows behind a figure with one click', async () => {
    const page = await open(`/${QUARTER}`);
    await page.click('[data-kpi="credit_tiered_task_share"]');
    await page.waitForSelector('[data-part="NUMERATOR"] [data-role="total"]');
    expect(new URL(page.url()).pathname).toBe('/kpi/credit_tiered_task_share');
    const kpi = (await api()).find((k) => k.key === 'credit_tiered_task_share')!;
    const total = async (part: string) => Number((await page.textContent(`[data-part="${part}"] [data-role="total"]`))!.replace(/,/g, ''));
    expect(await total('NUMERATOR')).toBe(kpi.numerator);
    await page.waitForSelector('[data-part="DENOMINATOR"] [data-role="total"]');
    expect(await total('DENOMINATOR')).toBe(kpi.denominator);
    expect(await page.$$eval('[data-part="NUMERATOR"] tbody tr', (rows) => rows.length)).toBe(Math.min(20, kpi.numerator));

    // Sorted the other way, the first row is the last of the whole list.
    const firstKey = () => page.textContent('[data-part="NUMERATOR"] tbody tr td:nth-child(2)');
    const { kpiEvidence } = await gqlData<{ kpiEvidence: { nodes: { key: string }[] } }>(url(), `{ kpiEvidence(key: "credit_tiered_task_share",
      period: { from: "2026-04-01", to: "2026-06-30", asOf: "${AS_OF}" }, part: NUMERATOR, first: 1, descending: true) { nodes { key } } }`);
    await page.click('[data-part="NUMERATOR"] .sort');
    await page.waitForFunction((key) => document.querySelector('[data-part="NUMERATOR"] tbody tr td:nth-child(2)')?.textContent === key, kpiEvidence.nodes[0].key);
    expect(await firstKey()).toBe(kpiEvidence.nodes[0].key);

    const href = await page.getAttribute('[data-part="NUMERATOR"] [data-role="download"]', 'href');
    const download = await hubFetch(url(), `${href}`);
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    await page.close();
  });

  it('fits a 390-pixel phone without sideways scrolling of the page', async () => {
    const page = await open(`/${QUARTER}`, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('reaches a department from the league table, with what to chase it for', async () => {
    const page = await open(`/${QUARTER}`);
    await page.click('[data-department="SCJGJ"] a');
    await page.waitForSelector('[data-part="SHORTFALL"] [data-role="total"]');
    expect(new URL(page.url()).pathname).toBe('/department/SCJGJ');
    // A department's page shows every KPI, the visit KPIs among them.
    const kpis = await api({ departmentCode: 'SCJGJ' }, null);
    const missed = kpis.filter((k) => k.met === false).map((k) => k.key);
    const names = await page.$$eval('[data-kpi]', (cards) => cards.filter((c) => c.classList.contains('missed')).map((c) => c.getAttribute('data-kpi')));
    expect(names).toEqual(missed);
    const total = async (selector: string) => Number((await page.textContent(`${selector} [data-role="total"]`))!.replace(/,/g, ''));
    const overdue = kpis.find((k) => k.key === 'overdue_tasks')!;
    const timely = kpis.find((k) => k.key === 'timely_publication_rate')!;
    await page.waitForSelector('[data-part="NUMERATOR"] [data-role="total"]');
    expect(await total('[data-part="NUMERATOR"]')).toBe(overdue.numerator);
    expect(await total('[data-part="SHORTFALL"]')).toBe(timely.denominator! - timely.numerator);
    await page.close();
  });

  it('browses overdue tasks and opens one, then a result of it', async () => {
    const { tasks } = await gqlData<{ tasks: { totalCount: number; nodes: { code: string; name: string }[] } }>(
      url(), '{ tasks(status: OVERDUE, first: 1) { totalCount nodes { code name } } }');
    const page = await newPage();
    await page.goto(`${url()}/tasks?status=OVERDUE`);
    await page.waitForSelector('[data-role="total"]');
    expect(Number((await page.textContent('[data-role="total"]'))!.replace(/,/g, ''))).toBe(tasks.totalCount);
    await page.click(`a:text-is("${tasks.nodes[0].code}")`);
    // The list page has an h1 of its own (抽查任务): wait for the task's page to replace it.
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, tasks.nodes[0].name);
    expect(new URL(page.url()).pathname).toBe(`/tasks/${tasks.nodes[0].code}`);
    await page.close();
  });

  it('drafts a circular, previews the office\'s words with the figures in, and issues it', async () => {
    const page = await newPage();
    await page.goto(`${url()}/reports`);
    await page.fill('input[name="from"]', '2026-04-01');
    await page.fill('input[name="to"]', '2026-06-30');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-role="overview"]');
    await page.fill('[data-role="overview"]', '{{期间}}联合抽查占{{数值:部门联合抽查占比}}。');
    const joint = (await api()).find((k) => k.key === 'joint_task_share')!;
    const expected = `2026年第二季度联合抽查占${formatValue('RATIO', joint.value)}。`;
    await page.waitForFunction((text) => document.querySelector('[data-role="preview"]')?.textContent === text, expected);
    await page.fill('input[name="issuer"]', '张明');
    await page.click('[data-role="issue"]');
    await page.waitForFunction(() => document.querySelector('[data-role="status"]')?.textContent?.startsWith('已签发：张明'));
    // The printed name, the signed-in account that issued it, and the time in China time (the API gives ISO 8601).
    expect(await page.textContent('[data-role="status"]')).toMatch(/^已签发：张明（账号 tester），\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}；内容已冻结。$/);
    expect(await page.isDisabled('[data-role="overview"]')).toBe(true);
    const href = await page.getAttribute('[data-role="download"]', 'href');
    expect((await hubFetch(url(), `${href}`)).headers.get('content-type')).toContain('wordprocessingml');
    await page.close();
  });

  it('drafts a department\'s circular with its own figures and keeps the office\'s words as the template for the next draft', async () => {
    const page = await newPage();
    await page.goto(`${url()}/reports`);
    await page.waitForSelector('select[name="department"] option:nth-child(2)', { state: 'attached' });
    await page.fill('input[name="from"]', '2026-04-01');
    await page.fill('input[name="to"]', '2026-06-30');
    const [code] = await page.selectOption('select[name="department"]', { index: 1 });
    const name = (await page.textContent(`select[name="department"] option[value="${code}"]`))!.trim();
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-role="overview"]');
    expect(await page.textContent('h1')).toBe(`2026年第二季度 · ${name} · 季通报`);
    const words = '{{范围}}{{期间}}共开展抽查任务{{分母:部门联合抽查占比}}个。';
    await page.fill('[data-role="overview"]', words);
    const joint = (await api({ departmentCode: code })).find((k) => k.key === 'joint_task_share')!;
    await page.waitForFunction((text) => document.querySelector('[data-role="preview"]')?.textContent === text,
      `${name}2026年第二季度共开展抽查任务${formatCount(joint.denominator)}个。`);
    await page.click('[data-role="keep-template"]');
    await page.waitForSelector('p[role="status"]:has-text("已存为本单位季通报模板")');

    await page.goto(`${url()}/reports`);
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-role="overview"]');
    expect(await page.inputValue('[data-role="overview"]')).toBe(words);
    // The form's default period follows today's date; what matters is that the draft is for the whole jurisdiction.
    expect(await page.textContent('h1')).toMatch(/^\d{4}年第.季度 · 季通报$/);
    await page.close();
  });
});
