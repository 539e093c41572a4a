import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../metrics/builders';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

describe('evidence as an Excel workbook', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.task('T1', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05' });
    await b.task('T2', { initiator: 'A', starts: '2024-08-05' });
  });

  async function sheetRows(query: string): Promise<unknown[][]> {
    const response = await hubFetch(url(), `/api/evidence.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it('lists the rows behind a part with a title naming the figure, the part and the count', async () => {
    const rows = await sheetRows('key=joint_task_share&from=2024-07-01&to=2024-09-30&part=DENOMINATOR');
    expect(rows[0]).toEqual(['部门联合抽查占比·分母明细（2024-07-01 至 2024-09-30）：共 2 条']);
    expect(rows[1]).toEqual(['序号', '任务编号', '名称', '说明']);
    expect(rows.slice(2).map((r) => r.slice(0, 2))).toEqual([[1, 'T1'], [2, 'T2']]);
    expect((await sheetRows('key=joint_task_share&from=2024-07-01&to=2024-09-30&part=SHORTFALL')).slice(2).map((r) => r[1])).toEqual(['T2']);
  });

  it('says in Chinese what is wrong with a request', async () => {
    const bad = await hubFetch(url(), `/api/evidence.xlsx?key=joint_task_share&from=2024-7-1&to=2024-09-30`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toBe('日期应写作 YYYY-MM-DD，如 2026-07-01');
    const count = await hubFetch(url(), `/api/evidence.xlsx?key=overdue_tasks&from=2024-07-01&to=2024-09-30&part=DENOMINATOR`);
    expect(count.status).toBe(400);
    expect((await count.json()).message).toBe('超期任务数是计数指标，没有分母');
  });
});
