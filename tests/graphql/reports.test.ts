import { beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../metrics/builders';
import { useTestDatabase } from '../support/database';
import { gql, gqlData, hubFetch, useHubServer } from './hub-client';

describe('reports through the API', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  const b = builders(db);

  beforeAll(async () => {
    await b.fresh();
    await b.department('A');
    await b.department('B');
    await b.task('T1', { initiator: 'A', starts: '2024-07-02', due: '2024-08-31', completed: '2024-08-20' });
    await b.task('T2', { initiator: 'A', cooperators: ['B'], starts: '2024-07-05', due: '2024-09-30', completed: '2024-09-01' });
  });

  it('drafts, previews the office\'s words, issues, serves the file as issued and refuses edits after', async () => {
    const { createReport } = await gqlData<{ createReport: { id: string; status: string; overview: string[] } }>(url(),
      'mutation { createReport(input: { kind: CIRCULAR, from: "2024-07-01", to: "2024-09-30" }) { id status overview } }');
    expect(createReport.status).toBe('DRAFT');
    expect(createReport.overview.length).toBeGreaterThan(0);
    const id = createReport.id;

    const preview = await gqlData<{ reportPreview: string[] }>(url(), `query($id: ID!) { reportPreview(id: $id,
      overview: ["{{期间}}联合抽查占{{数值:部门联合抽查占比}}。"]) }`, { id });
    expect(preview.reportPreview).toEqual(['2024年第三季度联合抽查占50.0%。']);
    const bad = await gql(url(), `query($id: ID!) { reportPreview(id: $id, overview: ["{{数值:联合率}}"]) }`, { id });
    expect(bad.errors?.[0].message).toBe('模板中有无法识别的占位符：{{数值:联合率}}');

    const { issueReport } = await gqlData<{ issueReport: { status: string; issuedBy: string; downloadUrl: string } }>(url(),
      'mutation($id: ID!) { issueReport(id: $id, issuedBy: "张明") { status issuedBy downloadUrl } }', { id });
    expect(issueReport).toEqual({ status: 'ISSUED', issuedBy: '张明', downloadUrl: `/api/reports/${id}/file` });
    const first = Buffer.from(await (await hubFetch(url(), `${issueReport.downloadUrl}`)).arrayBuffer());
    await b.task('T3', { initiator: 'B', cooperators: ['A'], starts: '2024-08-01', due: '2024-09-30', completed: '2024-09-10' });
    const second = Buffer.from(await (await hubFetch(url(), `${issueReport.downloadUrl}`)).arrayBuffer());
    expect(second.equals(first)).toBe(true);
    const changes = await gqlData<{ reportChanges: { name: string; issued: string; now: string }[] }>(url(),
      'query($id: ID!) { reportChanges(id: $id) { name issued now } }', { id });
    expect(changes.reportChanges[0]).toEqual({ name: '部门联合抽查占比', issued: '1 / 2', now: '2 / 3' });

    const edit = await gql(url(), `mutation($id: ID!) { updateReportText(id: $id, text: { office: "x", number: "", overview: [], requirements: [] }) { id } }`, { id });
    expect(edit.errors?.[0].message).toMatch(/已于 .* 签发，不能修改或删除/);
  });

  it('keeps the office\'s words as its template for later drafts, checked before saving, and drafts a department\'s report', async () => {
    const before = await gqlData<{ reportTemplate: { office: string; updatedAt: string | null } }>(url(),
      '{ reportTemplate(kind: CIRCULAR) { office updatedAt } }');
    expect(before.reportTemplate).toEqual({ office: '“双随机、一公开”监管工作联席会议办公室', updatedAt: null });

    const bad = await gql(url(), `mutation { saveReportTemplate(kind: CIRCULAR, template: { office: "睢县双随机办",
      overview: ["{{数值:联合率}}"], requirements: ["按时公示。"] }) { updatedAt } }`);
    expect(bad.errors?.[0].message).toBe('模板中有无法识别的占位符：{{数值:联合率}}');
    const saved = await gqlData<{ saveReportTemplate: { office: string; updatedAt: string | null } }>(url(), `mutation {
      saveReportTemplate(kind: CIRCULAR, template: { office: "睢县双随机办",
        overview: ["{{期间}}{{范围}}联合抽查占{{数值:部门联合抽查占比}}。", " "], requirements: ["按时公示。"] }) { office updatedAt } }`);
    expect(saved.saveReportTemplate.office).toBe('睢县双随机办');
    expect(saved.saveReportTemplate.updatedAt).not.toBeNull();

    type Draft = { id: string; office: string; overview: string[]; requirements: string[]; departmentCode: string; departmentName: string };
    const { createReport } = await gqlData<{ createReport: Draft }>(url(), `mutation { createReport(input: { kind: CIRCULAR,
      from: "2024-07-01", to: "2024-09-30", departmentCode: "B" }) { id office overview requirements departmentCode departmentName } }`);
    expect(createReport).toMatchObject({
      office: '睢县双随机办', overview: ['{{期间}}{{范围}}联合抽查占{{数值:部门联合抽查占比}}。'], requirements: ['按时公示。'],
      departmentCode: 'B', departmentName: 'B局',
    });
    // B joined T2 and, since the test above, leads T3: both joint.
    const preview = await gqlData<{ reportPreview: string[] }>(url(), 'query($id: ID!) { reportPreview(id: $id, overview: []) }', { id: createReport.id });
    expect(preview.reportPreview).toEqual(['2024年第三季度B局联合抽查占100.0%。']);
    // A summary keeps its own template: still the hub's defaults.
    const summary = await gqlData<{ reportTemplate: { updatedAt: string | null } }>(url(), '{ reportTemplate(kind: SUMMARY) { updatedAt } }');
    expect(summary.reportTemplate.updatedAt).toBeNull();

    const unknown = await gql(url(), 'mutation { createReport(input: { kind: CIRCULAR, from: "2024-07-01", to: "2024-09-30", departmentCode: "Z" }) { id } }');
    expect(unknown.errors?.[0].message).toBe('部门代码 Z 不存在');
  });
});
