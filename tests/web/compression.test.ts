import { describe, expect, it } from 'vitest';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

describe('answers on the wire', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);

  it('are gzip-compressed for clients that accept it', async () => {
    const response = await hubFetch(url(), `/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).data.__schema.types.length).toBeGreaterThan(50);
  });
});
