import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gqlData } from '../graphql/hub-client';
import { buildVisitScenario } from '../metrics/visit-scenario';
import { CHROMIUM, useBrowserHub } from './browser';

const VIEW = '/visits?from=2024-07-01&to=2024-09-30&asOf=2024-10-31';
/** Where to leave the pictures for a person to look at; none unless asked for. */
const SHOTS = process.env.SCREENSHOT_DIR ?? null;

describe.skipIf(!CHROMIUM)('the 检查频次 page in Chromium, on hand-built visits', () => {
  const { url, office } = useBrowserHub({
    prepare: async ({ db, url }) => {
      await buildVisitScenario(db);
      // A cap of one day per department and year: S7 (A on two days) and S9 (B on two days) are over it.
      await gqlData(url(), 'mutation { setInspectionBurdenSetting(input: { jurisdiction: "000000", year: 2024, maxVisitsPerDepartment: 1 }) { year } }');
      if (SHOTS) await mkdir(SHOTS, { recursive: true });
    },
  });

  async function open(pathAndQuery: string, viewport = { width: 1920, height: 1080 }): Promise<Page> {
    const page = await office().newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${url()}${pathAndQuery}`);
    await page.waitForSelector('[data-kpi="over_cap_subjects"]');
    await page.waitForSelector('[data-role="most-visited"]');
    return page;
  }
  /** The whole page, and screen-high slices of it for reading on a small display. */
  const shot = async (page: Page, name: string) => {
    if (!SHOTS) return;
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    const { width, height } = page.viewportSize()!;
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < total; y += height, i++) {
      await page.screenshot({ path: path.join(SHOTS, `${name}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
    }
  };

  it('shows the four figures with their targets, met or missed in words', async () => {
    const page = await open(VIEW);
    const cards = await page.$$eval('[data-kpi]', (list) => list.map((c) => [
      c.getAttribute('data-kpi'), c.querySelector('[data-role="value"]')!.textContent!.trim(), c.querySelector('.status')!.textContent!.trim(),
      c.querySelector('.parts')!.textContent!.trim(),
    ]));
    expect(cards).toEqual([
      ['inspection_visits', '15', '无目标', '计数 15 · 无目标'],
      ['joint_visit_share', '6.7%', '无目标', '1 / 15 · 无目标'],
      ['repeat_visited_subjects', '4', '未达标', '计数 4 · 目标 ≤ 0'],
      ['over_cap_subjects', '2', '未达标', '计数 2 · 目标 ≤ 0'],
    ]);
    await shot(page, 'visits-1920');
    await page.close();
  });

  it('a cell of the heat map opens the firms both departments came to separately, each with its visits', async () => {
    const page = await open(VIEW);
    // Departments by involvement: B (3 firms in pairs), A (2), C (1); the A–B cell is column A, row B.
    const box = (await page.locator('.heat canvas').first().boundingBox())!;
    const [left, right, top, bottom, n] = [128, 16, 8, 120, 3];
    const cell = { x: box.x + left + 1.5 * ((box.width - left - right) / n), y: box.y + top + 0.5 * ((box.height - top - bottom) / n) };
    await page.mouse.click(cell.x, cell.y);
    await page.waitForSelector('[data-role="pair-subjects"] tbody tr');
    expect(new URL(page.url()).searchParams.get('pairA')).toBe('A');
    expect(await page.textContent('[data-role="pair-subjects"] h2')).toBe('A局 与 B局 分别上门的检查对象');
    const rows = await page.$$eval('[data-role="pair-subjects"] tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      'S10名称 2024年9月10日 · A局 · TA任务 2024年9月20日 · B局 · TB任务',
      'S2名称 2024年7月1日 · A局 · TA任务 2024年7月31日 · B局 · TB任务',
    ]);
    await page.close();
  });

  it('lists the most-visited firms and opens a firm\'s visit history: department, day, task', async () => {
    const page = await open(VIEW);
    const top = await page.$$eval('[data-role="most-visited"] tbody tr', (trs) => trs.slice(0, 3).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim())));
    expect(top).toEqual([
      ['S10名称', '2', '2', '2 条', '2024年9月20日'],
      ['S2名称', '2', '2', '2 条', '2024年7月31日'],
      ['S3名称', '2', '2', '2 条', '2024年8月1日'],
    ]);
    await page.click('[data-role="most-visited"] tbody tr:has-text("S7名称")');
    await page.waitForSelector('[data-role="history"] tbody tr');
    expect(await page.textContent('[data-role="history"] h2')).toBe('S7名称 的上门记录');
    const history = await page.$$eval('[data-role="history"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim())));
    expect(history).toEqual([
      ['2024年7月20日', 'A局', 'TA2任务', '未发现问题'],
      ['2024年7月3日', 'A局', 'TA任务', '未发现问题'],
    ]);
    await page.close();
  });

  it('fits a 390 px phone: nothing runs off the right edge', async () => {
    const page = await open(`${VIEW}&pairA=A&pairB=B&subject=S2`, { width: 390, height: 844 });
    await page.waitForSelector('[data-role="history"] tbody tr');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    await shot(page, 'visits-390');
    await page.close();
  });
});
