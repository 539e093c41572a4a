import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../server/src/database/availability';

describe('telling "the database is not there" from other errors', () => {
  it('knows connection losses by code, SQLSTATE, message and wrapped cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable({ originalError: refused })).toBe(true);
  });

  it('leaves the errors of a working database alone', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('permission denied for table report'), { code: '42501' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('报告 1 已于 2025-01-01 签发，不能修改或删除'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
