import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../support/database';
import { insertFixtures } from './fixtures';
import { gql, gqlData, useHubServer } from './hub-client';

const db = useTestDatabase();
const url = useHubServer(db);
beforeAll(async () => insertFixtures(db()));

const PAGE = `query ($first: Int!, $after: String) {
  departments(first: $first, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } }
}`;

describe('pagination', () => {
  it('walks a list page by page with the end cursor, the total staying the same', async () => {
    const first = (await gqlData(url(), PAGE, { first: 2 })).departments;
    expect(first.totalCount).toBe(4);
    expect(first.nodes).toEqual([{ code: 'FZHB' }, { code: 'SCJG' }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gqlData(url(), PAGE, { first: 2, after: first.pageInfo.endCursor })).departments;
    expect(second).toMatchObject({ totalCount: 4, nodes: [{ code: 'SW' }, { code: 'SZSJ' }], pageInfo: { hasNextPage: false } });
    const empty = (await gqlData(url(), PAGE, { first: 2, after: second.pageInfo.endCursor })).departments;
    expect(empty).toEqual({ totalCount: 4, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('cuts inspections on (date, id), so rows of one date are neither skipped nor repeated, in either order', async () => {
    const walk = async (oldestFirst: boolean) => {
      const query = `query ($after: String, $oldestFirst: Boolean!) { inspections(first: 1, after: $after, oldestFirst: $oldestFirst) {
        nodes { id } pageInfo { endCursor } } }`;
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: any = (await gqlData(url(), query, { after, oldestFirst })).inspections;
        if (page.nodes.length === 0) break;
        ids.push(page.nodes[0].id);
        after = page.pageInfo.endCursor;
      }
      return ids;
    };
    expect(await walk(true)).toEqual(['2', '1', '3', '4']);
    expect(await walk(false)).toEqual(['4', '3', '1', '2']);
  });

  it('rejects page sizes above 500 and cursors it did not issue', async () => {
    for (const variables of [{ first: 501 }, { first: -1 }, { first: 2, after: 'not-a-cursor' }, { first: 2, after: 'WyIiXQ' }]) {
      const result = await gql(url(), PAGE, variables);
      expect(result.errors?.[0].extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    const tampered = Buffer.from(JSON.stringify(['2024-02-30', '1'])).toString('base64url');
    const result = await gql(url(), `{ inspections(after: "${tampered}") { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads a list of tasks with relations in a fixed number of queries, whatever the page size', async () => {
    const query = `query ($first: Int!) { tasks(first: $first) {
      nodes { code initiator { name } cooperators { code } items { code } classDraws { creditClass } plan { code } status }
    } }`;
    // A request's statements each take a connection of their own (database/request-scope.ts): one per query.
    const spy = vi.spyOn(db().pool, 'connect');
    await gqlData(url(), query, { first: 1 });
    const forOne = spy.mock.calls.length;
    // the session's lookup, count, page rows, then cooperators, items and class draws for the whole page
    expect(forOne).toBe(6);
    spy.mockClear();
    await gqlData(url(), query, { first: 4 });
    expect(spy.mock.calls.length).toBe(forOne);
    spy.mockRestore();
  });
});
