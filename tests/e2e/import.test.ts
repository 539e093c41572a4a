import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatValue } from '../../dashboard/src/format';
import { gqlData, TEST_ACCOUNT } from '../graphql/hub-client';
import { tempDir, writeCsv } from '../support/files';
import { CHROMIUM, useBrowserHub } from './browser';

const TASK_HEADER = ['任务编号', '计划编号', '任务名称', '发起部门代码', '配合部门代码', '抽查事项编码', '信用风险分类抽查', '开始日期', '截止日期', '完成日期'];

describe.skipIf(!CHROMIUM)('数据导入 in Chromium, on the real server and the demo data', () => {
  const { db, url, office } = useBrowserHub({ demo: { subjects: 3000 } });
  let item: string;

  beforeAll(async () => {
    item = (await gqlData<{ inspectionItems: { nodes: { code: string }[] } }>(
      url(), '{ inspectionItems(departmentCode: "SCJGJ", first: 1) { nodes { code } } }')).inspectionItems.nodes[0].code;
  });

  const jointShare = async () => (await gqlData<{ kpis: { key: string; unit: 'RATIO'; value: number; numerator: number; denominator: number }[] }>(
    url(), '{ kpis(period: { from: "2026-04-01", to: "2026-06-30" }) { key unit value numerator denominator } }',
  )).kpis.find((k) => k.key === 'joint_task_share')!;
  const batchCount = async () => Number((await db().pool.query('select count(*) from import_batch')).rows[0].count);

  async function upload(page: Page, file: string) {
    await page.goto(`${url()}/import`);
    await page.setInputFiles('input[type="file"]', file);
    await page.click('[data-role="dry-run"]');
    await page.waitForSelector('[data-role="report"]');
  }

  it('shows the bad row of a file, and writes nothing', async () => {
    const before = await jointShare();
    const batches = await batchCount();
    const file = await writeCsv(path.join(await tempDir(), '新增任务.csv'), [
      TASK_HEADER,
      ['RW-E2E-1', null, '联合抽查（页面上传）', 'SCJGJ', null, item, '否', '2026-05-10', '2026-06-30', null],
      ['RW-E2E-2', null, '日期写错的任务', 'SCJGJ', null, item, '否', '2026-13-01', '2026-06-30', null],
    ], 'gb18030');
    const page = await office().newPage();
    await upload(page, file);
    expect(await page.getAttribute('[data-role="report"]', 'data-outcome')).toBe('rejected');
    const rows = await page.$$eval('[data-role="errors"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent!.trim())));
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 5)).toEqual(['新增任务.csv', '', '3', '开始日期', '2026-13-01']);
    expect(rows[0][5]).toMatch(/日期/);
    expect(await page.isDisabled('[data-role="confirm"]')).toBe(true);
    expect(await jointShare()).toEqual(before);
    expect(await batchCount()).toBe(batches);
    await page.close();
  });

  it('shows many bad rows as their count by column and reason, and the first 1,000 of them', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`RW-E2E-BAD-${i}`, null, '日期写错的任务', 'SCJGJ', null, item, '否', '2026-13-01', '2026-06-30', null]);
    const file = await writeCsv(path.join(await tempDir(), '任务.csv'), [TASK_HEADER, ...rows]);
    const page = await office().newPage();
    await upload(page, file);
    expect(await page.getAttribute('[data-role="report"]', 'data-outcome')).toBe('rejected');
    const groups = await page.$$eval('[data-role="error-groups"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent!.trim())));
    expect(groups).toEqual([['开始日期', '不是有效日期，应写作 2024-03-05 或 2024/3/5', formatCount(1200)]]);
    expect(await page.$$eval('[data-role="errors"] tbody tr', (trs) => trs.length)).toBe(1000);
    expect(await page.textContent('[data-role="report"] p')).toContain(`发现 ${formatCount(1200)} 处错误`);
    await page.close();
  });

  it('imports a good file after its dry run, and the cockpit shows the new figures', async () => {
    const before = await jointShare();
    const cooperator = (await gqlData<{ departments: { nodes: { code: string }[] } }>(
      url(), '{ departments(isMember: true, first: 2) { nodes { code } } }')).departments.nodes.map((d) => d.code).find((c) => c !== 'SCJGJ')!;
    const file = await writeCsv(path.join(await tempDir(), '联合任务.csv'), [
      TASK_HEADER,
      ['RW-E2E-3', null, '联合抽查（页面上传）', 'SCJGJ', cooperator, item, '否', '2026-05-10', '2026-06-30', null],
    ]);
    const page = await office().newPage();
    await upload(page, file);
    expect(await page.getAttribute('[data-role="report"]', 'data-outcome')).toBe('validated');
    expect(await jointShare()).toEqual(before);
    await page.click('[data-role="confirm"]');
    await page.waitForSelector('[data-role="report"][data-outcome="committed"]');
    await page.waitForSelector('[data-role="batches"] tbody tr');
    // Who sent it: the signed-in account, by name and username.
    const sent = '[data-role="batches"] tbody tr:has-text("联合任务.csv") td:nth-child(4)';
    await page.waitForSelector(sent);
    expect(await page.textContent(sent)).toBe(`${TEST_ACCOUNT.name}（${TEST_ACCOUNT.username}）`);

    const after = await jointShare();
    expect([after.numerator, after.denominator]).toEqual([before.numerator + 1, before.denominator + 1]);
    await page.goto(`${url()}/?from=2026-04-01&to=2026-06-30`);
    await page.waitForSelector('[data-kpi="joint_task_share"] [data-role="value"]');
    expect(await page.textContent('[data-kpi="joint_task_share"] [data-role="value"]')).toBe(formatValue('RATIO', after.value));
    await page.close();
  });
});
