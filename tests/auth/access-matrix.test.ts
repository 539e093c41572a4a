/**
 * Every door × every caller: each Query and Mutation field and each /api route, asked by a
 * stranger and by each of the four roles, with the literal expected allow or deny. A field or
 * route that is added without a line here fails the first test.
 */
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import type express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../server/src/graphql/schema';
import { createServer, type RunningServer } from '../../server/src/server';
import { insertFixtures } from '../graphql/fixtures';
import { ensureAccount, gql, hubFetch, signIn } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

type Caller = 'anonymous' | 'OFFICE' | 'LEADER' | 'DEPARTMENT' | 'EVALUATOR';
const CALLERS: Caller[] = ['anonymous', 'OFFICE', 'LEADER', 'DEPARTMENT', 'EVALUATOR'];

const ANYONE = 'anonymous OFFICE LEADER DEPARTMENT EVALUATOR';
const SIGNED_IN = 'OFFICE LEADER DEPARTMENT EVALUATOR';
const OFFICE = 'OFFICE';
const AUDIT = 'OFFICE DEPARTMENT EVALUATOR';
const IMPORT = 'OFFICE DEPARTMENT';
const SUPERVISORS = 'OFFICE LEADER EVALUATOR';

const FIELDS: Record<string, string> = {
  'Query.me': ANYONE,
  'Mutation.login': ANYONE,
  'Mutation.logout': SIGNED_IN,
  'Query.auditLog': AUDIT,
  'Query.calendarDays': SIGNED_IN,
  'Query.creditClassBands': SIGNED_IN,
  'Query.dataExtent': SIGNED_IN,
  'Query.department': SIGNED_IN,
  'Query.departmentKpis': SIGNED_IN,
  'Query.departmentKpiTotals': SIGNED_IN,
  'Query.departments': SIGNED_IN,
  'Query.earlyWarnings': SIGNED_IN,
  'Query.importBatch': SIGNED_IN,
  'Query.importBatches': SIGNED_IN,
  'Query.inspection': SIGNED_IN,
  'Query.inspectionItem': SIGNED_IN,
  'Query.inspectionItems': SIGNED_IN,
  'Query.inspections': SIGNED_IN,
  'Query.inspector': SIGNED_IN,
  'Query.inspectors': SIGNED_IN,
  'Query.kpiCatalog': SIGNED_IN,
  'Query.kpiEvidence': SIGNED_IN,
  'Query.kpiSeries': SIGNED_IN,
  'Query.kpiSeriesSet': SIGNED_IN,
  'Query.kpiTargets': SIGNED_IN,
  'Query.kpiDeadlineSettings': SIGNED_IN,
  'Query.publicationDeadline': SIGNED_IN,
  'Query.kpis': SIGNED_IN,
  'Query.plan': SIGNED_IN,
  'Query.plans': SIGNED_IN,
  'Query.report': SIGNED_IN,
  'Query.reportChanges': SIGNED_IN,
  'Query.reportPreview': SIGNED_IN,
  'Query.reportTemplate': SIGNED_IN,
  'Query.reports': SIGNED_IN,
  'Query.resultCategories': SIGNED_IN,
  'Query.subject': SIGNED_IN,
  'Query.subjects': SIGNED_IN,
  'Query.submissionStatus': SUPERVISORS,
  'Query.task': SIGNED_IN,
  'Query.tasks': SIGNED_IN,
  'Query.users': OFFICE,
  'Query.warningSettings': SIGNED_IN,
  'Query.workingDayAfter': SIGNED_IN,
  'Mutation.createReport': OFFICE,
  'Mutation.createUser': OFFICE,
  'Mutation.issueReport': OFFICE,
  'Mutation.removeKpiTarget': OFFICE,
  'Mutation.resetPassword': OFFICE,
  'Mutation.saveReportTemplate': OFFICE,
  'Mutation.setCalendarDays': OFFICE,
  'Mutation.setCreditClassBands': OFFICE,
  'Mutation.setKpiTarget': OFFICE,
  'Mutation.setKpiDeadlineSetting': OFFICE,
  'Mutation.setUserDisabled': OFFICE,
  'Mutation.setUserExpiry': OFFICE,
  'Mutation.setWarningSetting': OFFICE,
  'Mutation.updateReportText': OFFICE,
};

const ROUTES: Record<string, string> = {
  'POST /api/import': IMPORT,
  'GET /api/template.xlsx': SIGNED_IN,
  'GET /api/evidence.xlsx': SIGNED_IN,
  'GET /api/reports/:id/file': SIGNED_IN,
  'GET /api/audit.xlsx': AUDIT,
  'GET /api/departments/:code/chase-notice': OFFICE,
};
/** How each route is called: arguments that reach the handler but change nothing. */
const ROUTE_CALLS: Record<string, { path: string; init?: RequestInit }> = {
  'POST /api/import': { path: '/api/import?dryRun=1', init: { method: 'POST', body: new FormData() } },
  'GET /api/template.xlsx': { path: '/api/template.xlsx' },
  'GET /api/evidence.xlsx': { path: '/api/evidence.xlsx' },
  'GET /api/reports/:id/file': { path: '/api/reports/999/file' },
  'GET /api/audit.xlsx': { path: '/api/audit.xlsx' },
  'GET /api/departments/:code/chase-notice': { path: '/api/departments/SCJG/chase-notice?asOf=2024-12-31' },
};

/** A literal of the argument's type: enough to pass validation and reach the field's door. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return ({ Int: '1', Float: '1', Boolean: 'false', ID: '"1"' } as Record<string, string>)[type.name] ?? '"2024-01-01"';
  throw new Error(`no literal for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const args = required.length ? `(${required.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args}${selection} }`;
}

/** Every route the application declares under /api, as "METHOD path". */
function declaredRoutes(app: express.Express): string[] {
  const routes: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route?.path?.startsWith?.('/api/')) {
        for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as any).router.stack);
  return routes.sort();
}

const db = useTestDatabase();
let running: RunningServer;
let app: express.Express;
const tokens = new Map<Caller, string | null>([['anonymous', null]]);
const ACCOUNTS = {
  OFFICE: { username: 'matrix-office', role: 'OFFICE' as const },
  LEADER: { username: 'matrix-leader', role: 'LEADER' as const },
  DEPARTMENT: { username: 'matrix-dept', role: 'DEPARTMENT' as const, departmentCode: 'SCJG' },
  EVALUATOR: { username: 'matrix-evaluator', role: 'EVALUATOR' as const },
};
const PASSWORD = 'matrix-password-1';

beforeAll(async () => {
  await insertFixtures(db());
  const server = await createServer({ config: { port: 0, host: '127.0.0.1' }, db: db(), dashboardDir: '/nonexistent' });
  app = server.app;
  running = await server.listen();
  for (const [role, account] of Object.entries(ACCOUNTS)) {
    await ensureAccount(db(), { ...account, password: PASSWORD });
    tokens.set(role as Caller, await signIn(running.url, account.username, PASSWORD));
  }
});
afterAll(() => running?.close());

const verdict = (codes: (string | undefined)[]) => (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN') ? 'deny' : 'allow');

describe('who may call what', () => {
  it('has a line for every field and every /api route', async () => {
    const schema = await buildHubSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    expect(fields.sort()).toEqual(Object.keys(FIELDS).sort());
    expect(declaredRoutes(app)).toEqual(Object.keys(ROUTES).sort());
  });

  it('lets every caller through exactly the GraphQL doors declared for it', async () => {
    const schema = await buildHubSchema();
    const actual: Record<string, string> = {};
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        if (field.name === 'logout') continue; // it ends the caller's session: below, with sessions of its own
        const operation = operationFor(type.name === 'Query' ? 'query' : 'mutation', field);
        const allowed: Caller[] = [];
        for (const caller of CALLERS) {
          const result = await gql(running.url, operation, undefined, { token: tokens.get(caller) });
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          expect(codes, `${operation} as ${caller}`).not.toContain('GRAPHQL_VALIDATION_FAILED');
          if (verdict(codes) === 'allow') allowed.push(caller);
        }
        actual[`${type.name}.${field.name}`] = allowed.join(' ');
      }
    }
    const logout: Caller[] = [];
    for (const caller of CALLERS) {
      const token = caller === 'anonymous' ? null : await signIn(running.url, ACCOUNTS[caller].username, PASSWORD);
      const result = await gql(running.url, 'mutation { logout }', undefined, { token });
      if (verdict((result.errors ?? []).map((e) => e.extensions?.code)) === 'allow') logout.push(caller);
    }
    actual['Mutation.logout'] = logout.join(' ');
    expect(actual).toEqual(FIELDS);
  });

  it('says in Chinese why a door is shut', async () => {
    const anonymous = await gql(running.url, '{ kpis(period: { from: "2024-01-01", to: "2024-03-31" }) { key } }', undefined, { token: null });
    expect(anonymous.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['请先登录', 'UNAUTHENTICATED']]);
    const leader = await gql(running.url, 'mutation { setCalendarDays(days: []) }', undefined, { token: tokens.get('LEADER') });
    expect(leader.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['当前账号（角色）无权进行此操作', 'FORBIDDEN']]);
  });

  it('lets every caller through exactly the /api routes declared for it', async () => {
    const actual: Record<string, string> = {};
    for (const [route, call] of Object.entries(ROUTE_CALLS)) {
      const allowed: Caller[] = [];
      for (const caller of CALLERS) {
        const response = await hubFetch(running.url, call.path, call.init, { token: tokens.get(caller) });
        expect([401, 403].includes(response.status), `${route} as ${caller}: ${response.status}`).toBe(caller === 'anonymous' || !ROUTES[route].includes(caller));
        if (response.status === 401) expect(await response.json()).toEqual({ message: '请先登录' });
        else if (response.status === 403) expect(await response.json()).toEqual({ message: '当前账号（角色）无权进行此操作' });
        else allowed.push(caller);
      }
      actual[route] = allowed.join(' ');
    }
    expect(actual).toEqual(ROUTES);
    expect((await hubFetch(running.url, '/api/no-such-route', {}, { token: null })).status).toBe(401);
    expect((await hubFetch(running.url, '/api/no-such-route', {}, { token: tokens.get('LEADER') })).status).toBe(404);
  });
});
