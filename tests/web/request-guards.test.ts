import http from 'node:http';
import JSZip from 'jszip';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { EXPORT_SLOTS } from '../../server/src/web/evidence-export.route';
import { authHeaders, gqlData, hubFetch, useHubServer } from '../graphql/hub-client';
import { insertFixtures } from '../graphql/fixtures';
import { useTestDatabase } from '../support/database';

const db = useTestDatabase();
const url = useHubServer(db);

/** Posts as a signed-in browser does: the session travels in the cookie, which a cross-site form would carry too. */
async function upload(headers: Record<string, string>, via: 'cookie' | 'bearer' = 'cookie') {
  const form = new FormData();
  form.append('files', new Blob(['部门代码,部门名称,行政区划代码,持证执法人员数,联席会议成员\r\nA1,县某局,411422,5,是\r\n']), '部门.csv');
  const token = authHeaders(url()).authorization!.replace('Bearer ', '');
  const credentials: Record<string, string> = via === 'cookie' ? { cookie: `hub_session=${token}` } : {};
  const response = await hubFetch(url(), '/api/import?dryRun=1', { method: 'POST', body: form, headers: { ...credentials, ...headers } },
    via === 'cookie' ? { token: null } : {});
  return { status: response.status, body: await response.json() };
}

describe('writes under /api only from the dashboard', () => {
  it('refuses a cross-site form post: no dashboard header, a foreign Origin or none', async () => {
    const origin = new URL(url()).origin;
    for (const headers of [{ 'x-hub-client': '' }, { 'x-hub-client': '', origin: 'https://evil.example' }, { 'x-hub-client': 'other' }] as Record<string, string>[]) {
      const answer = await upload(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.body.message).toBe(
        `已拒绝：写入请求须来自本平台的驾驶舱（缺少 x-hub-client 请求头，且来源 ${headers.origin ?? '未注明'} 不是本平台地址 ${origin}）`,
      );
    }
  });

  it("accepts a script's bearer token without the header: no browser attaches one on its own", async () => {
    const answer = await upload({ 'x-hub-client': '' }, 'bearer');
    expect([answer.status, answer.body.outcome]).toEqual([200, 'validated']);
  });

  it("accepts the dashboard's header, or the hub's own Origin", async () => {
    for (const headers of [{ 'x-hub-client': 'dashboard' }, { 'x-hub-client': '', origin: new URL(url()).origin }] as Record<string, string>[]) {
      const answer = await upload(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.body.outcome).toBe('validated');
    }
  });
});

/** fetch (undici) always sends the real Host, so this one request goes out through node:http, with the test account's credentials. */
function forgedHostGet(pathAndQuery: string, host: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url()}${pathAndQuery}`, { headers: { ...authHeaders(url()), host, 'x-forwarded-host': host, 'x-hub-client': 'dashboard' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${response.statusCode}`))));
    });
    request.on('error', reject);
  });
}

describe('links in documents', () => {
  it('start with the public address, whatever Host the request names', async () => {
    await insertFixtures(db());
    const { createReport } = await gqlData(url(), `mutation { createReport(input: { kind: SELF_EVALUATION, from: "2024-01-01", to: "2024-12-31" }) { id } }`);
    const file = await forgedHostGet(`/api/reports/${createReport.id}/file`, 'evil.example');
    const rels = await (await JSZip.loadAsync(file)).file('word/_rels/document.xml.rels')!.async('string');
    const links = [...rels.matchAll(/Target="(http[^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link.startsWith(`${url()}/kpi/`), link).toBe(true);
  });
});

describe('evidence exports at once', () => {
  it(`runs ${EXPORT_SLOTS.running}, queues ${EXPORT_SLOTS.waiting}, and answers the rest 503 at once`, async () => {
    // A lock on the tasks holds the running exports in their query, so that ten requests overlap for certain.
    const locker = new pg.Client({ connectionString: db().url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table task in access exclusive mode');
    const query = '/api/evidence.xlsx?key=joint_task_share&from=2024-01-01&to=2024-12-31&part=DENOMINATOR';
    const answers = Array.from({ length: 10 }, () => hubFetch(url(), query).then(async (r) => ({ status: r.status, body: await r.arrayBuffer() })));
    const refused = 10 - EXPORT_SLOTS.running - EXPORT_SLOTS.waiting;
    const early = await Promise.race([Promise.all(answers), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1500))]);
    expect(early).toBeNull(); // none can finish while the lock holds
    await locker.query('commit');
    await locker.end();
    const statuses = (await Promise.all(answers)).map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(10 - refused).fill(200), ...Array(refused).fill(503)]);
    const busy = (await Promise.all(answers)).find((a) => a.status === 503)!;
    expect(JSON.parse(Buffer.from(busy.body).toString())).toEqual({ message: '导出明细的请求过多（正在生成 2 份、排队 4 份），请稍后重试' });
  });
});
