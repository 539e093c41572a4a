import { describe, expect, it } from 'vitest';
import { auditDownloadUrl } from '../../dashboard/src/api/audit';
import { detailLines } from '../../dashboard/src/audit-detail';
import { formatTime } from '../../dashboard/src/format';
import { can, type Capability, type Role } from '../../dashboard/src/permissions';
import { returnTo } from '../../dashboard/src/session';

describe('what each role sees', () => {
  it('follows the contract\'s table: the office everything, a department its imports and own records, the rest read only', () => {
    const all: Capability[] = ['import', 'draftReports', 'issueReports', 'editTargets', 'manageAccounts', 'readAudit'];
    const allowed = (role: Role) => all.filter((c) => can(role, c));
    expect(allowed('OFFICE')).toEqual(all);
    expect(allowed('DEPARTMENT')).toEqual(['import', 'readAudit']);
    expect(allowed('EVALUATOR')).toEqual(['readAudit']);
    expect(allowed('LEADER')).toEqual([]);
    expect(can(null, 'readAudit')).toBe(false);
  });
});

describe('操作记录 on the page', () => {
  it('writes times in China time whatever the viewer\'s zone', () => {
    expect(formatTime('2026-12-01T16:02:05Z')).toBe('2026/12/02 00:02:05');
    expect(formatTime(null)).toBe('—');
  });

  it('reads a detail as lines in Chinese, not JSON', () => {
    expect(detailLines('{"old":{"target":0.8,"comparator":">="},"new":{"target":0.9,"comparator":">="}}'))
      .toEqual(['原值：目标 0.8，比较 >=', '新值：目标 0.9，比较 >=']);
    expect(detailLines('{"files":["任务.csv","结果.xlsx"],"dryRun":true}')).toEqual(['文件：任务.csv、结果.xlsx', '试导入：是']);
    expect(detailLines('not json')).toEqual(['not json']);
    expect(detailLines(null)).toEqual([]);
  });

  it('downloads Excel with only the filters that are set', () => {
    expect(auditDownloadUrl({ username: null, action: null, from: null, to: null })).toBe('/api/audit.xlsx');
    expect(auditDownloadUrl({ username: 'zhang', action: 'LOGIN', from: '2026-12-01', to: null }))
      .toBe('/api/audit.xlsx?username=zhang&action=LOGIN&from=2026-12-01');
  });
});

describe('back from 登录', () => {
  it('goes to the page asked for, only if it is one of the dashboard\'s own', () => {
    expect(returnTo('/tasks?status=OVERDUE')).toBe('/tasks?status=OVERDUE');
    expect(returnTo('//evil.example/x')).toBe('/');
    expect(returnTo('/\\evil.example')).toBe('/');
    expect(returnTo('https://evil.example/')).toBe('/');
    expect(returnTo('/login?redirect=/x')).toBe('/');
    expect(returnTo(undefined)).toBe('/');
  });
});
