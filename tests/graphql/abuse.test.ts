import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../server/src/graphql/query-limits';
import { useTestDatabase } from '../support/database';
import { gql, hubFetch, useHubServer } from './hub-client';
import { insertFixtures } from './fixtures';

const db = useTestDatabase();
const url = useHubServer(db);
const PERIOD = '{ from: "2024-01-01", to: "2024-12-31" }';

async function postRaw(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await hubFetch(url(), '/graphql', { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

describe('operations the hub refuses before running them', () => {
  it('refuses 200 aliases of kpis within a second, in Chinese, without computing one', async () => {
    await insertFixtures(db());
    const fields = Array.from({ length: 200 }, (_, i) => `k${i}: kpis(period: ${PERIOD}) { key }`).join(' ');
    const started = performance.now();
    const result = await gql(url(), `{ ${fields} }`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{
      message: `查询使用了 200 个别名，超过上限 ${QUERY_LIMITS.aliases} 个，未执行；请拆成几次查询`,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    }]);
  });

  it('refuses deep nesting', async () => {
    const nested = Array.from({ length: 40 }, () => '... on Query {').join(' ') + ' dataExtent { firstDay }' + ' }'.repeat(40);
    const result = await gql(url(), `{ ${nested} }`);
    expect(result.data).toBeUndefined();
    // The cost is exceeded too, and said second: the depth tells the author more.
    expect(result.errors?.[0]).toEqual({
      message: `查询嵌套 42 层，超过上限 ${QUERY_LIMITS.depth} 层，未执行`,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses a query text of more tokens than the limit while parsing it', async () => {
    const result = await gql(url(), `{ dataExtent { ${'firstDay '.repeat(QUERY_LIMITS.tokens)} } }`);
    expect(result.errors).toEqual([{
      message: `查询文本过长（超过 ${QUERY_LIMITS.tokens} 个词法单元），未执行；请拆成几次查询`,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    }]);
  });

  it('refuses an estimated cost above the limit (500 results a page, many times over)', async () => {
    const page = (i: number) => `p${i}: inspections(first: 500) { nodes { id subject { code name } task { code name } department { code name } } }`;
    const result = await gql(url(), `{ ${Array.from({ length: 10 }, (_, i) => page(i)).join(' ')} }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(new RegExp(`^查询的估算计算量 \\d+ 超过上限 ${QUERY_LIMITS.cost}，未执行`));
  });

  it('refuses a batch of 100 operations with one clear answer', async () => {
    const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ dataExtent { firstDay } }' })));
    const answer = await postRaw(batch);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      errors: [{ message: '不接受批量请求：一次请求只能包含一个操作，本次包含 100 个', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body that is not JSON in Chinese JSON, with no stack', async () => {
    const answer = await postRaw('{"query": ');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ message: '请求内容不是有效的 JSON' });
  });

  it('keeps CSRF prevention on: a simple-content-type POST is refused before it runs', async () => {
    const answer = await postRaw('{"query":"{ dataExtent { firstDay } }"}', { 'content-type': 'text/plain' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].message).toMatch(/^已拒绝：该请求可能来自其他网站（跨站请求伪造，CSRF）/);
  });
});

describe('errors that never show PostgreSQL to the client', () => {
  it('answers a bad report or inspection id with a Chinese BAD_USER_INPUT', async () => {
    for (const [query, name] of [
      ['{ report(id: "x") { id } }', '报告编号'],
      ['{ reportChanges(id: "abc") { key } }', '报告编号'],
      ['{ inspection(id: "99999999999999999999") { id } }', '检查结果编号'],
    ] as const) {
      const result = await gql(url(), query);
      expect(result.errors?.[0].extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message, query).toContain(name);
    }
  });

  it('turns an unexpected fault into 服务内部错误 with no trace of the database', async () => {
    // PostgreSQL refuses a NUL character in text; no check before it expects one.
    const result = await gql(url(), '{ department(code: "A\\u0000B") { code } }');
    expect(result.errors?.[0]).toMatchObject({ message: '服务内部错误，请稍后重试；如仍出错请联系管理员', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toMatch(/postgres|syntax|range|bigint|select/i);
  });
});
