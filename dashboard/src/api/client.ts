/** The one way the dashboard reaches data: a POST to the hub's GraphQL endpoint. */

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('无法连接数据中心服务，请检查网络或稍后重试');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('；'));
  if (!response.ok || !body?.data) throw new ApiError(`数据中心服务返回错误（HTTP ${response.status}）`);
  return body.data;
}
