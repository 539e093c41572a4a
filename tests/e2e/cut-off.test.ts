import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, useBrowserHub } from './browser';

// Q3 2026 ends on 30 September; its last results are due on 3 November: 国庆 (1–7 October) off, 10 October
// worked, so the 20 working days are 8, 9, 10, 12–16, 19–23, 26–30 October, 2 and 3 November. From the day
// after (the suite runs later) the quarter opens as of 4 November.
const Q3 = 'from=2026-07-01&to=2026-09-30';
const DUE = '2026-11-04';

describe.skipIf(!CHROMIUM)('数据截至: the cut-off date on the pages, in Chromium on the demo data', () => {
  const { db, url, office } = useBrowserHub({ demo: { subjects: 3000 } });

  /** 超期任务数 counted straight from the table: tasks begun in Q3, past due and not done by the cut-off, or done late by then. */
  const overdueKpi = async (asOf: string) => (await db().pool.query<{ n: number }>(
    `select count(*)::int as n from task where starts_on between '2026-07-01' and '2026-09-30'
       and (((completed_on is null or completed_on > $1) and due_on < $1) or (completed_on <= $1 and completed_on > due_on))`, [asOf])).rows[0].n;
  /** The browser's 超期: begun in Q3, past due and not completed by the cut-off. */
  const overdueNow = async (asOf: string) => (await db().pool.query<{ n: number }>(
    `select count(*)::int as n from task where starts_on between '2026-07-01' and '2026-09-30'
       and (completed_on is null or completed_on > $1) and due_on < $1`, [asOf])).rows[0].n;

  async function open(path: string, ready: string): Promise<Page> {
    const page = await office().newPage();
    await page.goto(`${url()}${path}`);
    await page.waitForSelector(ready);
    return page;
  }
  const asOfInUrl = (page: Page) => new URL(page.url()).searchParams.get('asOf');
  const count = async (page: Page, selector: string) => Number((await page.textContent(selector))!.replace(/,/g, ''));

  it('opens a past quarter as of the day after its last results fell due, says so, and puts it in the address', async () => {
    const page = await open(`/?${Q3}`, '[data-kpi]');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('asOf'));
    expect(asOfInUrl(page)).toBe(DUE);
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年11月4日');
    expect(await page.inputValue('input[name="asOf"]')).toBe(DUE);
    expect(await count(page, '[data-kpi="overdue_tasks"] [data-role="value"]')).toBe(await overdueKpi(DUE));
    await page.close();
  });

  it('changes the figures when the cut-off changes, and keeps the new one in the address and on the next page', async () => {
    const page = await open(`/?${Q3}&asOf=${DUE}`, '[data-kpi]');
    const before = await overdueKpi(DUE);
    const after = await overdueKpi('2026-09-30');
    // The demo data has tasks due in October still open on 30 September: the two cut-offs must differ for the test to mean anything.
    expect(after).not.toBe(before);
    await page.fill('input[name="asOf"]', '2026-09-30');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asOf') === '2026-09-30');
    await page.waitForFunction((n) => document.querySelector('[data-kpi="overdue_tasks"] [data-role="value"]')?.textContent === String(n), after);
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年9月30日');

    await page.click('[data-kpi="overdue_tasks"]');
    await page.waitForSelector('[data-part="NUMERATOR"] [data-role="total"]');
    expect(asOfInUrl(page)).toBe('2026-09-30');
    expect(await count(page, '[data-part="NUMERATOR"] [data-role="total"]')).toBe(after);
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年9月30日');
    await page.close();
  });

  it('closes the KPI page\'s department table with the 非成员单位 and 合计 rows and says how they meet', async () => {
    const page = await open(`/kpi/overdue_tasks?${Q3}&asOf=${DUE}`, '[data-role="total-row"]');
    const cells = (selector: string) => page.$eval(selector, (tr) => Array.from(tr.children, (td) => td.textContent!.trim()));
    const total = await overdueKpi(DUE);
    expect((await cells('[data-role="total-row"]')).slice(0, 3)).toEqual(['合计', String(total), String(total)]);
    // The footnote's sum line names the very numbers the rows show; the total is the SQL count.
    const nonMember = await page.$eval('[data-role="non-member"] td:nth-child(3)', (td) => Number(td.textContent));
    const members = await page.$$eval('[data-role="departments"] tbody tr td:nth-child(3)', (tds) => tds.reduce((sum, td) => sum + Number(td.textContent), 0));
    const footnote = await page.textContent('[data-role="footnote"]');
    expect(footnote).toContain(`各成员单位之和 ${members.toLocaleString('en-US')} + 非成员单位 ${nonMember.toLocaleString('en-US')}`);
    expect(footnote).toContain(`= 合计 ${total.toLocaleString('en-US')}`);
    await page.close();
  });

  it('gives a department its figures as of the same cut-off', async () => {
    const page = await open(`/department/SCJGJ?${Q3}&asOf=2026-09-30`, '[data-kpi]');
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年9月30日');
    await page.close();
  });

  it('counts the task list\'s 超期 as of the cut-off, and follows a change of it', async () => {
    const page = await open(`/tasks?${Q3}&status=OVERDUE`, '[data-role="total"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('asOf'));
    expect(asOfInUrl(page)).toBe(DUE);
    const atDue = await overdueNow(DUE);
    const atEnd = await overdueNow('2026-09-30');
    expect(atEnd).not.toBe(atDue);
    await page.waitForFunction((n) => document.querySelector('[data-role="total"]')?.textContent === n.toLocaleString('en-US'), atDue);
    await page.fill('input[name="asOf"]', '2026-09-30');
    await page.waitForFunction((n) => document.querySelector('[data-role="total"]')?.textContent === n.toLocaleString('en-US'), atEnd);
    expect(asOfInUrl(page)).toBe('2026-09-30');
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年9月30日');
    await page.close();
  });

  it('filters tasks 超期 as 超期任务数 counts them, on the same cut-off', async () => {
    const page = await open(`/tasks?${Q3}&overdue=1&asOf=2026-09-30`, '[data-role="total"]');
    expect(await count(page, '[data-role="total"]')).toBe(await overdueKpi('2026-09-30'));
    expect(await page.$$eval('[data-role="overdue"]', (cells) => [...new Set(cells.map((c) => c.textContent))])).toEqual(['是']);
    await page.close();
  });

  it('lists results newest first with 公示期限 and 公示时效, and counts 逾期未公示 as of the cut-off', async () => {
    const newest = (await db().pool.query<{ day: string }>(
      `select max(inspected_on)::text as day from inspection where inspected_on between '2026-07-01' and '2026-09-30'`)).rows[0].day;
    // The demo data inspects up to the quarter's last day, whose results are due on 3 November (see DUE).
    expect(newest).toBe('2026-09-30');
    const page = await open(`/inspections?${Q3}`, '[data-role="total"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('asOf'));
    expect(asOfInUrl(page)).toBe(DUE);
    const first = await page.$eval('tbody tr', (tr) => Array.from(tr.children, (td) => td.textContent!.trim()));
    expect(first.slice(3, 5)).toEqual(['2026-09-30', '2026-11-03']);
    // On 4 November every Q3 result is past its deadline: those not published by then are 逾期未公示, none is still in time.
    const unpublished = (await db().pool.query<{ n: number }>(`select count(*)::int as n from inspection
      where inspected_on between '2026-07-01' and '2026-09-30' and (published_on is null or published_on > $1)`, [DUE])).rows[0].n;
    await page.selectOption('select[name="timeliness"]', 'UNPUBLISHED_LATE');
    await page.waitForFunction((n) => document.querySelector('[data-role="total"]')?.textContent === n.toLocaleString('en-US'), unpublished);
    expect(await page.$$eval('[data-role="timeliness"]', (cells) => [...new Set(cells.map((c) => c.textContent))])).toEqual(['逾期未公示']);
    await page.selectOption('select[name="timeliness"]', 'PENDING');
    await page.waitForSelector('text=没有符合条件的检查结果。');
    await page.close();
  });

  it('drafts a report as of the cut-off the form shows', async () => {
    const page = await open('/reports', 'form');
    await page.fill('input[name="from"]', '2026-07-01');
    await page.fill('input[name="to"]', '2026-09-30');
    await page.waitForFunction((due) => (document.querySelector('input[name="asOf"]') as HTMLInputElement).value === due, DUE);
    await page.fill('input[name="asOf"]', '2026-10-31');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-role="as-of"]');
    expect(await page.textContent('[data-role="as-of"]')).toBe('数据截至2026年10月31日（晚于该日的完成、公示视为尚未发生）');
    await page.close();
  });
});
