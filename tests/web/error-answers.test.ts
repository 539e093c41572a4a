import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorAnswers } from '../../server/src/web/error-answers';
import { hubFetch, useHubServer } from '../graphql/hub-client';
import { useTestDatabase } from '../support/database';

/** The answer as the client gets it: status, content type and body text, which must hold no trace of the code. */
async function answer(response: Response) {
  const text = await response.text();
  expect(text).not.toMatch(/node_modules|at .*\(|<html|<pre/i);
  return { status: response.status, type: response.headers.get('content-type'), body: JSON.parse(text) };
}

describe('error answers', () => {
  const db = useTestDatabase();
  const url = useHubServer(db);
  afterEach(() => vi.restoreAllMocks());

  it('answers a body over the 5 MB limit with 413 in Chinese', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(6 * 1024 * 1024) } });
    const response = await hubFetch(url(), '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await answer(response)).toEqual({ status: 413, type: 'application/json; charset=utf-8', body: { message: '请求内容过大，不能超过 5 MB' } });
  });

  it('answers a body that is not JSON with 400 in Chinese', async () => {
    const response = await hubFetch(url(), '/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"',
    });
    expect(await answer(response)).toEqual({ status: 400, type: 'application/json; charset=utf-8', body: { message: '请求内容不是有效的 JSON' } });
  });

  it('answers an unexpected exception with 500 in Chinese and logs it on the server', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = express();
    app.get('/api/boom', () => {
      throw new Error('secret detail at /srv/hub/node_modules/x.js');
    });
    app.use(errorAnswers());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/boom`);
      expect(await answer(response)).toEqual({
        status: 500, type: 'application/json; charset=utf-8', body: { message: '服务内部出错，请稍后重试或联系管理员' },
      });
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0][1])).toContain('secret detail');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
