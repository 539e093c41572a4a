import { afterAll, beforeAll } from 'vitest';
import { createAccount, findAccount } from '../../server/src/auth/accounts';
import type { SessionPolicy } from '../../server/src/auth/sessions';
import type { Database } from '../../server/src/database/database';
import type { Role } from '../../server/src/domain/roles';
import { createServer, type RunningServer } from '../../server/src/server';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The account every test server signs in with unless a test says otherwise. */
export const TEST_ACCOUNT = { username: 'tester', password: 'tester-password-1', role: 'OFFICE' as Role, name: '测试员' };

/** Each running test server's signed-in token, by base address. */
const tokens = new Map<string, string>();

/** Creates an account on the test database unless it exists (several servers may share one database). */
export async function ensureAccount(db: Database, account: { username: string; password: string; role: Role; departmentCode?: string | null; name?: string | null; expiresOn?: string | null }) {
  if (!(await findAccount(db.pool, account.username))) await createAccount(db.pool, account);
}

/**
 * Starts the hub on a free port for the test file, signed in as TEST_ACCOUNT; `url()` is the server's base address.
 * `dashboardDir` may be a function, for a folder an earlier hook makes (the e2e files' shared build).
 */
export function useHubServer(db: () => Database, dashboardDir: string | (() => string) = '/nonexistent-dashboard', sessionPolicy?: SessionPolicy): () => string {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    const server = await createServer({
      config: { port: 0, host: '127.0.0.1' }, db: db(), dashboardDir: typeof dashboardDir === 'function' ? dashboardDir() : dashboardDir, sessionPolicy,
    });
    running = await server.listen();
    await ensureAccount(db(), TEST_ACCOUNT);
    tokens.set(running.url, await signIn(running.url, TEST_ACCOUNT.username, TEST_ACCOUNT.password));
  });
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (!running) throw new Error('server not started');
    return running.url;
  };
}

/** Signs in through the `login` mutation and returns the session's token. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const result = await gql<{ login: { token: string } }>(baseUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password }, { token: null });
  if (!result.data?.login) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}

/** `token: null` sends no credentials; a string sends that token; by default the test account's. */
export interface As {
  token?: string | null;
}

export function authHeaders(baseUrl: string, as: As = {}): Record<string, string> {
  const token = as.token === undefined ? tokens.get(baseUrl) : as.token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Posts one operation to /graphql over HTTP, as a client would. */
export async function gql<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>, as: As = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(baseUrl, as) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function gqlData<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>, as: As = {}): Promise<T> {
  const result = await gql<T>(baseUrl, query, variables, as);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/**
 * A plain HTTP request to the hub (routes under /api, files, pages). Tests go through this rather
 * than `fetch` so that the signed-in test account's credentials travel with every request.
 */
export async function hubFetch(baseUrl: string, pathAndQuery: string, init: RequestInit = {}, as: As = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(authHeaders(baseUrl, as))) headers.set(name, value);
  // The dashboard's own marker: /api refuses writes without it (server/src/web/same-origin.ts), unless
  // a test sets its own value to play a cross-site form.
  if (!headers.has('x-hub-client')) headers.set('x-hub-client', 'dashboard');
  return fetch(`${baseUrl}${pathAndQuery}`, { ...init, headers });
}
