import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCounty } from '../oversight/fixture';
import { TEST_ACCOUNT } from '../graphql/hub-client';
import { CHROMIUM, signedInContext, useBrowserHub } from './browser';

const SHOTS = process.env.OVERSIGHT_SCREENSHOTS;

describe.skipIf(!CHROMIUM)('预警 and 报送情况 in Chromium, on the hand-built county as of 4 July 2024', () => {
  const { url, browser, office } = useBrowserHub({ prepare: ({ db }) => buildCounty(db) });

  async function open(path: string, ready: string, shot?: string): Promise<Page> {
    const page = await office().newPage();
    await page.goto(`${url()}${path}`);
    await page.waitForSelector(ready);
    if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
    return page;
  }
  const cells = (page: Page, selector: string) => page.$$eval(selector, (rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent!.trim())));

  it('counts the warnings in the cockpit and leads to the list', async () => {
    const page = await open('/?from=2024-04-01&to=2024-06-30&asOf=2024-07-04', '[data-role="warning-total"]', 'cockpit');
    expect(await page.textContent('[data-role="warning-total"]')).toBe('12');
    await page.click('[data-role="warning-tile"]');
    await page.waitForSelector('[data-role="warning-departments"]');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2024-07-04');
    await page.close();
  });

  it('lists each department’s warnings with its chase notice, and every item', async () => {
    const page = await open('/warnings?asOf=2024-07-04', '[data-role="warning-departments"]', 'warnings');
    expect(await cells(page, '[data-role="warning-departments"] tbody tr')).toEqual([
      ['A局', '3', '2', '2', '3', '10', 'Word · Excel'], ['B局', '1', '2', '0', '0', '3', 'Word · Excel'],
    ]);
    expect(await page.$$eval('[data-role="warning-items"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-kind')))).toHaveLength(12);
    const notice = await page.getAttribute('[data-department="A"] a[href*="xlsx"]', 'href');
    expect(notice).toBe('/api/departments/A/chase-notice?format=xlsx&asOf=2024-07-04');
    await page.close();
  });

  it('shows a department’s warnings on its page', async () => {
    const page = await open('/department/A?from=2024-04-01&to=2024-06-30&asOf=2024-07-04', '[data-role="warning-counts"]', 'department');
    expect((await page.textContent('[data-role="warning-counts"]'))!.replace(/\s+/g, '')).toBe(
      '截至2024年7月4日：逾期未公示3条，超期未完成任务2个；3个工作日内（至2024年7月10日）到期未公示2条，到期未完成任务3个。');
    expect(await page.$$eval('[data-role="department-warnings"] [data-role="warning-items"] tbody tr', (r) => r.length)).toBe(10);
    expect(await page.getAttribute('[data-role="notice-docx"]', 'href')).toBe('/api/departments/A/chase-notice?format=docx&asOf=2024-07-04');
    await page.close();
  });

  it('shows 报送情况 for a quarter', async () => {
    const page = await open('/submissions?from=2024-04-01&to=2024-06-30', '[data-role="submissions"]', 'submissions');
    expect(await cells(page, '[data-role="submissions"] tbody tr')).toEqual([
      ['A局', '2024/07/01 10:00:00', '8', '2024年5月'],
      ['B局', '2024/07/03 16:30:00', '1', '2024年4月、2024年5月'],
      ['C局', '从未导入', '0', '2024年4月、2024年5月、2024年6月'],
    ]);
    await page.close();
  });

  it('fits 预警, 报送情况 and a department’s warnings on a 390-pixel phone', async () => {
    const phone = await signedInContext(browser(), url(), TEST_ACCOUNT.username, TEST_ACCOUNT.password, { width: 390, height: 844 });
    const page = await phone.newPage();
    for (const [path, ready, shot] of [
      ['/warnings?asOf=2024-07-04', '[data-role="warning-departments"]', 'warnings-phone'],
      ['/submissions?from=2024-04-01&to=2024-06-30', '[data-role="submissions"]', 'submissions-phone'],
      ['/department/A?from=2024-04-01&to=2024-06-30&asOf=2024-07-04', '[data-role="warning-counts"]', 'department-phone'],
    ]) {
      await page.goto(`${url()}${path}`);
      await page.waitForSelector(ready);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await phone.close();
  });
});
