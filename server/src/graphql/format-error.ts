/**
 * The last word on every error a GraphQL answer carries. Errors the hub raises on purpose carry a
 * code (BAD_USER_INPUT, QUERY_TOO_COMPLEX, UNAUTHENTICATED…) and pass unchanged; anything else is
 * a fault, and its text (a PostgreSQL message, a stack, a table name) stays in the server's log.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../database/availability';
import { RequestGoneError } from '../database/request-scope';
import { QUERY_TOO_COMPLEX, TOO_MANY_TOKENS } from './query-limits';

export const INTERNAL_MESSAGE = '服务内部错误，请稍后重试；如仍出错请联系管理员';

const CSRF_MESSAGE = '已拒绝：该请求可能来自其他网站（跨站请求伪造，CSRF）。请以 content-type: application/json 发送，'
  + '或加上 apollo-require-preflight 请求头';

const pgCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

export function hubErrorFormatter(statementTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Apollo files armor's refusals under its own validation code; the refusal's code is the useful one.
    const cause = (error as GraphQLError | null)?.originalError;
    if (cause instanceof GraphQLError && cause.extensions.code === QUERY_TOO_COMPLEX) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: QUERY_TOO_COMPLEX } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED' && /contains more tha[nt] \d+ tokens/.test(formatted.message)) {
      return { message: TOO_MANY_TOKENS, extensions: { code: QUERY_TOO_COMPLEX } };
    }
    if (code === 'BAD_REQUEST' && formatted.message.includes('Cross-Site Request Forgery')) {
      return { message: CSRF_MESSAGE, extensions: { code } };
    }
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    // 57014 query_canceled: the statement budget ran out (or the client left, and reads no answer).
    if (pgCode(original) === '57014' || original instanceof RequestGoneError) {
      return {
        ...base,
        message: `查询超过时间限制（${statementTimeoutMs / 1000} 秒），已停止；请缩小期间或筛选范围后重试`,
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    // The database away (killed, restarting, unreachable): the plugin of that name answers with status 503.
    if (isDatabaseUnavailable(original)) {
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE_CODE } };
    }
    console.error('GraphQL 请求出错：', original);
    return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
