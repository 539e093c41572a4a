import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../metrics/builders';
import { gql, gqlData, hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('evidence as an Excel workbook', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.task('T1', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05' });
    await b.task('T2', { initiator: 'A', starts: '2024-08-05', due: '2024-08-31', completed: '2024-09-05' });
    await b.task('T3', { initiator: 'B', starts: '2024-07-10', due: '2024-08-01' });
    // Deadlines: the 20th working day after the inspection (July has no holidays; 国庆 2024 shifts Sep 29 and Oct 12 to working days).
    await b.result({ task: 'T1', subject: 'S1', department: 'A', inspected: '2024-07-01', published: '2024-07-10' });
    await b.result({ task: 'T1', subject: 'S2', department: 'B', inspected: '2024-07-01', published: '2024-08-15' });
    // Published after the cut-off: as of 30 September it was not yet published, and still within its deadline.
    await b.result({ task: 'T2', subject: 'S3', inspected: '2024-09-20', published: '2024-10-20' });
    await b.result({ task: 'T2', subject: 'S4', inspected: '2024-07-02' });
  });

  async function workbook(query: string): Promise<ExcelJS.Worksheet> {
    const response = await hubFetch(url(), `/api/evidence.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    return book.worksheets[0];
  }

  function rows(sheet: ExcelJS.Worksheet): unknown[][] {
    const all: unknown[][] = [];
    sheet.eachRow((row) => all.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)));
    return all;
  }

  it('results: one column per fact, dates as dates, the 状态 as of the cut-off, the header frozen with filters', async () => {
    const sheet = await workbook('key=publication_rate&from=2024-07-01&to=2024-09-30&part=DENOMINATOR');
    const all = rows(sheet);
    expect(all[0]).toEqual(['检查结果公示率·分母明细；统计期间 2024-07-01 至 2024-09-30；数据截至 2024-09-30；共 4 条']);
    expect(all[1]).toEqual(['序号', '统一社会信用代码', '检查对象名称', '任务编号', '任务名称', '检查部门代码', '检查部门',
      '检查日期', '公示期限', '公示日期', '状态', '发现问题']);
    expect(all.slice(2)).toEqual([
      [1, 'S1', 'S1名称', 'T1', 'T1任务', 'A', 'A局', day('2024-07-01'), day('2024-07-29'), day('2024-07-10'), '按时', '否'],
      [2, 'S2', 'S2名称', 'T1', 'T1任务', 'B', 'B局', day('2024-07-01'), day('2024-07-29'), day('2024-08-15'), '逾期', '否'],
      [3, 'S3', 'S3名称', 'T2', 'T2任务', 'A', 'A局', day('2024-09-20'), day('2024-10-23'), null, '期限内未公示', '否'],
      [4, 'S4', 'S4名称', 'T2', 'T2任务', 'A', 'A局', day('2024-07-02'), day('2024-07-30'), null, '逾期未公示', '否'],
    ]);
    expect(sheet.getCell('H3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:L6');
    // The row count is the figure.
    const figures = await gqlData<{ kpis: { key: string; denominator: number | null }[] }>(
      url(), `{ kpis(period: {from: "2024-07-01", to: "2024-09-30"}) { key denominator } }`);
    expect(figures.kpis.find((k) => k.key === 'publication_rate')!.denominator).toBe(all.length - 2);
  });

  it('tasks: the participants, the dates and the 状态, with a later cut-off in the title', async () => {
    const all = rows(await workbook('key=joint_task_share&from=2024-07-01&to=2024-09-30&asOf=2024-10-31&part=DENOMINATOR&department=A'));
    expect(all[0]).toEqual(['部门联合抽查占比·分母明细；统计期间 2024-07-01 至 2024-09-30；数据截至 2024-10-31；部门 A；共 2 条']);
    expect(all[1]).toEqual(['序号', '任务编号', '任务名称', '发起部门', '配合部门', '开始日期', '截止日期', '完成日期', '状态',
      '信用风险分类抽查', '分类抽取情况']);
    expect(all.slice(2)).toEqual([
      [1, 'T1', 'T1任务', 'A局', 'B局', day('2024-07-05'), day('2024-12-31'), null, '进行中', '否'],
      [2, 'T2', 'T2任务', 'A局', null, day('2024-08-05'), day('2024-08-31'), day('2024-09-05'), '逾期完成', '否'],
    ]);
    const overdue = rows(await workbook('key=overdue_tasks&from=2024-07-01&to=2024-09-30&part=NUMERATOR'));
    expect(overdue.slice(2).map((r) => [r[1], r[7], r[8]])).toEqual([['T2', day('2024-09-05'), '逾期完成'], ['T3', null, '超期未完成']]);
  });

  it('departments: counts as numbers', async () => {
    const all = rows(await workbook('key=inspector_registry_rate&from=2024-07-01&to=2024-09-30&part=DENOMINATOR'));
    expect(all.slice(1)).toEqual([
      ['序号', '部门代码', '部门名称', '行政区划代码', '持证执法人员数', '联席会议成员', '期间内参与抽查'],
      [1, 'A', 'A局', '442000', 0, '是', '是'],
      [2, 'B', 'B局', '442000', 0, '是', '是'],
    ]);
  });

  it('GraphQL gives the same columns, the cells as text, a link per row, and sorts by any column', async () => {
    const query = `query($sortBy: String, $descending: Boolean!) {
      kpiEvidence(key: "publication_rate", period: {from: "2024-07-01", to: "2024-09-30"}, part: DENOMINATOR, first: 2,
                  sortBy: $sortBy, descending: $descending) {
        totalCount columns { name type } nodes { key cells link } pageInfo { hasNextPage } } }`;
    type Page = { kpiEvidence: { totalCount: number; columns: { name: string; type: string }[]; nodes: { key: string; cells: (string | null)[]; link: string }[] } };
    const byKey = await gqlData<Page>(url(), query, { sortBy: null, descending: false });
    expect(byKey.kpiEvidence.columns.filter((c) => c.type !== 'TEXT')).toEqual([
      { name: '检查日期', type: 'DATE' }, { name: '公示期限', type: 'DATE' }, { name: '公示日期', type: 'DATE' }]);
    const first = byKey.kpiEvidence.nodes[0];
    expect(first.cells).toEqual(['S1', 'S1名称', 'T1', 'T1任务', 'A', 'A局', '2024-07-01', '2024-07-29', '2024-07-10', '按时', '否']);
    expect(first.link).toBe(`/inspections/${first.key}`);
    // By 检查日期, newest first: S3 (20 September), then S4 (2 July); the two of 1 July follow on the next page.
    const newest = await gqlData<Page>(url(), query, { sortBy: '检查日期', descending: true });
    expect(newest.kpiEvidence.totalCount).toBe(4);
    expect(newest.kpiEvidence.nodes.map((n) => n.cells[0])).toEqual(['S3', 'S4']);
    // 公示日期 ascending: the empty ones last.
    const published = await gqlData<Page>(url(), query.replace('first: 2', 'first: 4'), { sortBy: '公示日期', descending: false });
    expect(published.kpiEvidence.nodes.map((n) => [n.cells[0], n.cells[8]])).toEqual([['S1', '2024-07-10'], ['S2', '2024-08-15'], ['S3', null], ['S4', null]]);
    const unknown = await gql(url(), query, { sortBy: '名称', descending: false });
    expect(unknown.errors?.[0].message).toMatch(/^明细没有“名称”一列，可按 统一社会信用代码、检查对象名称、/);
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
