import { InvalidCursorError, type Page, type PageRequest } from '../store/repositories/page';
import { badUserInput } from './errors';
import { checkedPageSize } from './input-checks';
import type { PageArgs } from './types/page.args';

export interface ConnectionResult<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const invalidCursor = () => badUserInput('分页游标 after 无效：请使用上一页 pageInfo.endCursor 的原值');

/** Cursors are opaque to clients: the row's ordering key, as base64url JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string[] | null {
  if (cursor == null || cursor === '') return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((part) => typeof part === 'string')) return key;
  } catch {
    // falls through to the same answer as a well-formed cursor of the wrong shape
  }
  throw invalidCursor();
}

/** Turns the page arguments into a page request, runs the repository's list, and shapes the connection. */
export async function toConnection<T>(args: PageArgs, load: (page: PageRequest) => Promise<Page<T>>): Promise<ConnectionResult<T>> {
  const request: PageRequest = { first: checkedPageSize(args.first), after: decodeCursor(args.after) };
  try {
    const page = await load(request);
    return {
      totalCount: page.totalCount,
      nodes: page.nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endKey && encodeCursor(page.endKey) },
    };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidCursor();
    throw error;
  }
}
