import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../server/src/database/database';
import { createServer, type RunningServer } from '../../server/src/server';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Starts the hub on a free port for the test file; `url()` is the server's base address. */
export function useHubServer(db: () => Database, dashboardDir = '/nonexistent-dashboard'): () => string {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    const server = await createServer({ config: { port: 0, host: '127.0.0.1' }, db: db(), dashboardDir });
    running = await server.listen();
  });
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (!running) throw new Error('server not started');
    return running.url;
  };
}

/** Posts one operation to /graphql over HTTP, as a client would. */
export async function gql<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function gqlData<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(baseUrl, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/**
 * A plain HTTP request to the hub (routes under /api, files, pages). Tests go through this rather
 * than `fetch` so that the signed-in test account's credentials travel with every request.
 */
export async function hubFetch(baseUrl: string, pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
  // The dashboard's own header, without which /api refuses writes (server/src/web/same-origin.ts).
  const headers = new Headers(init.headers);
  if (!headers.has('x-hub-client')) headers.set('x-hub-client', 'dashboard');
  return fetch(`${baseUrl}${pathAndQuery}`, { ...init, headers });
}
