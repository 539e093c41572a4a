/**
 * The query limits must never refuse the dashboard: every operation it sends, at its largest
 * (all KPIs' sparklines in one request, 500 departments, evidence rows with their subject), is
 * sent here through the dashboard's own functions to a real hub, and must answer without error.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as accounts from '../../dashboard/src/api/accounts';
import * as audit from '../../dashboard/src/api/audit';
import * as auth from '../../dashboard/src/api/auth';
import * as oversight from '../../dashboard/src/api/oversight';
import * as queries from '../../dashboard/src/api/queries';
import * as records from '../../dashboard/src/api/records';
import * as reports from '../../dashboard/src/api/reports';
import * as upload from '../../dashboard/src/api/upload';
import { KPI_DEFINITIONS } from '../../server/src/metrics/definitions';
import { useTestDatabase } from '../support/database';
import { insertFixtures } from './fixtures';
import { hubFetch, TEST_ACCOUNT, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
const sent: { query: string; errors: unknown }[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  await insertFixtures(db());
  // The dashboard asks for '/graphql' on its own origin; here that origin is the test's hub.
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    if (typeof input !== 'string' || !input.startsWith('/')) return realFetch(input, init);
    const response = await hubFetch(url(), input, init);
    const body = await response.clone().json().catch(() => null);
    sent.push({ query: JSON.parse(String(init?.body)).query, errors: body?.errors ?? null });
    return response;
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

const period = { from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' };
const range = { from: period.from, to: period.to };
const filter = { departmentCode: null, regionCode: null };
const keys = KPI_DEFINITIONS.map((k) => k.key);

/** Each exported function of dashboard/src/api that sends an operation, called as its largest page would. */
const CALLS: Record<string, () => Promise<unknown>> = {
  fetchKpis: () => queries.fetchKpis(period, filter),
  fetchKpiCatalog: () => queries.fetchKpiCatalog(),
  fetchSeries: () => queries.fetchSeries(keys[0], period, 'MONTH', true, filter, period.asOf),
  fetchLeague: () => queries.fetchLeague(period),
  fetchDepartmentTotals: () => queries.fetchDepartmentTotals(period),
  fetchDataExtent: () => queries.fetchDataExtent(),
  fetchMemberDepartments: () => queries.fetchMemberDepartments(),
  fetchPublicationDeadline: () => queries.fetchPublicationDeadline('2024-12-31'),
  fetchEvidence: () => queries.fetchEvidence(keys[0], period, filter, 'DENOMINATOR', 500, null, true),
  fetchResultCategories: () => queries.fetchResultCategories(period, filter),
  fetchSeriesBatch: () => queries.fetchSeriesBatch(keys, period, 'MONTH', false, filter, period.asOf),
  fetchTasks: () => records.fetchTasks({ period: range }, 500, null),
  fetchTask: () => records.fetchTask('T-001'),
  fetchInspections: () => records.fetchInspections({ period: range }, 500, null),
  fetchInspection: () => records.fetchInspection('1'),
  fetchBatches: () => upload.fetchBatches(),
  fetchReports: () => reports.fetchReports(),
  saveTemplate: () => reports.saveTemplate('SUMMARY', { office: '某某办公室', overview: ['一段'], requirements: ['一条'] }),
  fetchMe: () => auth.fetchMe(),
  login: () => auth.login(TEST_ACCOUNT.username, TEST_ACCOUNT.password),
  fetchAccounts: () => accounts.fetchAccounts(),
  createAccount: () => accounts.createAccount({ username: 'limits-check', password: 'limits-check-1', role: 'LEADER', name: '核对', departmentCode: null, expiresOn: null }),
  resetPassword: () => accounts.resetPassword('limits-check', 'limits-check-2'),
  setDisabled: () => accounts.setDisabled('limits-check', true),
  setExpiry: () => accounts.setExpiry('limits-check', '2099-12-31'),
  fetchEarlyWarnings: () => oversight.fetchEarlyWarnings(null, null, 500),
  fetchSubmissionStatus: () => oversight.fetchSubmissionStatus(range),
  fetchWarningSettings: () => oversight.fetchWarningSettings(),
  saveWarningSetting: () => oversight.saveWarningSetting({ year: 2024, jurisdiction: '000000', leadWorkingDays: 3 }),
  fetchAudit: () => audit.fetchAudit({ username: null, action: 'LOGIN', from: '2024-01-01', to: '2099-12-31' }, 500, null),
};
/** These need a report: made by createReport first, then used in this order. */
const REPORT_CALLS: Record<string, (id: string) => Promise<unknown>> = {
  fetchReport: (id) => reports.fetchReport(id),
  saveText: (id) => reports.saveText(id, { office: '某某办公室', number: '1号', overview: ['一段'], requirements: ['一条'] }),
  preview: (id) => reports.preview(id, ['本期情况如下。']),
  issue: (id) => reports.issue(id, '张三'),
  changes: (id) => reports.changes(id),
};
/** Sent last: it ends the test account's session that every other call travels with. */
const LAST_CALLS: Record<string, () => Promise<unknown>> = { logout: () => auth.logout() };
/** Exports that send no GraphQL operation: the client and its signed-out hook, the upload (XMLHttpRequest, tested end to end), download addresses, a label. */
const NOT_OPERATIONS = ['send', 'ApiError', 'uploadFiles', 'auditDownloadUrl', 'chaseNoticeUrl', 'issuerLabel', 'onSignedOut', 'reportSignedOut'];
const API_DIR = path.join(import.meta.dirname, '..', '..', 'dashboard', 'src', 'api');

describe('the dashboard within the query limits', () => {
  it('lists every operation the dashboard can send, from every module of dashboard/src/api', async () => {
    const files = (await readdir(API_DIR)).filter((f) => f.endsWith('.ts'));
    const modules: Record<string, unknown>[] = await Promise.all(files.map((f) => import(path.join(API_DIR, f))));
    const exported = modules.flatMap((module) => Object.entries(module).filter(([, v]) => typeof v === 'function').map(([name]) => name));
    expect(exported.filter((n) => !NOT_OPERATIONS.includes(n)).sort())
      .toEqual([...Object.keys(CALLS), ...Object.keys(REPORT_CALLS), ...Object.keys(LAST_CALLS), 'createReport'].sort());
  });

  it('sends each of them and gets an answer without error', async () => {
    for (const call of Object.values(CALLS)) await call();
    const report = await reports.createReport('SUMMARY', '2024-01-01', '2024-12-31', null);
    for (const call of Object.values(REPORT_CALLS)) await call(report.id);
    for (const call of Object.values(LAST_CALLS)) await call();
    expect(sent.length).toBe(Object.keys(CALLS).length + Object.keys(REPORT_CALLS).length + Object.keys(LAST_CALLS).length + 1);
    expect(sent.filter((s) => s.errors !== null)).toEqual([]);
    // Every sparkline in one field of one operation, not one alias per KPI.
    const sets = sent.filter((s) => s.query.includes('kpiSeriesSet('));
    expect(sets).toHaveLength(1);
    expect(sets[0].query.match(/kpiSeries/g)).toHaveLength(1);
  });
});
