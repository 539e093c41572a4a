import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { gql, useHubServer } from './hub-client';

const db = useTestDatabase();
const withoutDashboard = useHubServer(db, path.join(os.tmpdir(), 'no-such-dashboard'));
const dist = await mkdtemp(path.join(os.tmpdir(), 'hub-dashboard-'));
await mkdir(path.join(dist, 'assets'));
await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>驾驶舱</title>');
await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
const withDashboard = useHubServer(db, dist);
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('HTTP surface', () => {
  it('explains in Chinese that the dashboard is not built, and points at /graphql', async () => {
    const response = await fetch(`${withoutDashboard()}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('驾驶舱页面尚未构建');
    expect(html).toContain('href="/graphql"');
  });

  it('serves the built dashboard, with index.html for its page paths and 404 for a missing asset', async () => {
    expect(await (await fetch(`${withDashboard()}/`)).text()).toContain('驾驶舱');
    expect(await (await fetch(`${withDashboard()}/assets/app.js`)).text()).toBe('console.log(1)');
    expect(await (await fetch(`${withDashboard()}/departments/SCJG`)).text()).toContain('<title>驾驶舱</title>');
    expect((await fetch(`${withDashboard()}/assets/missing.js`)).status).toBe(404);
  });

  it('shows an offline landing page to a browser at /graphql, and describes the schema only to the signed-in', async () => {
    const page = await fetch(`${withDashboard()}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphQL 接口');
    const introspection = '{ __schema { queryType { name } } }';
    expect(await gql(withDashboard(), introspection)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const anonymous = await gql(withDashboard(), introspection, undefined, { token: null });
    expect(anonymous.data).toBeUndefined();
    expect(anonymous.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['请先登录', 'UNAUTHENTICATED']]);
    const typeQuery = await gql(withDashboard(), '{ __type(name: "Kpi") { name } }', undefined, { token: null });
    expect(typeQuery.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
