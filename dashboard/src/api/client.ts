/** The one way the dashboard reaches data: a POST to the hub's GraphQL endpoint, with the session cookie. */
import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  constructor(message: string, readonly code: string | null = null) {
    super(message);
  }
}

let signedOut: () => void = () => undefined;

/** What to do when the server says the session is gone (expired, ended elsewhere): the app sends the user to 登录. */
export function onSignedOut(handler: () => void): void {
  signedOut = handler;
}

/** Called by every request path (GraphQL, upload) that sees UNAUTHENTICATED or HTTP 401. */
export function reportSignedOut(): void {
  signedOut();
}

/**
 * Sends one of the operations written in dashboard/src/api: its result and variable types come from
 * schema.graphql through npm run codegen, so a field the schema lacks or a variable left out fails
 * the typecheck instead of the page.
 */
export async function send<T, V>(
  document: TypedDocumentString<T, V>, ...[variables]: Record<string, never> extends V ? [variables?: V] : [variables: V]
): Promise<T> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // The dashboard's own marker: a sign-in (no cookie yet) is recorded as 网页, not 接口.
      headers: { 'content-type': 'application/json', 'x-hub-client': 'dashboard' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('无法连接数据中心服务，请检查网络或稍后重试');
  }
  const body = (await response.json().catch(() => null)) as
    | { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }
    | null;
  const errors = body?.errors ?? [];
  if (response.status === 401 || errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    reportSignedOut();
    throw new ApiError(errors[0]?.message ?? '请先登录', 'UNAUTHENTICATED');
  }
  if (errors.length) throw new ApiError(errors.map((e) => e.message).join('；'), errors[0].extensions?.code ?? null);
  if (!response.ok || !body?.data) throw new ApiError(`数据中心服务返回错误（HTTP ${response.status}）`);
  return body.data;
}
