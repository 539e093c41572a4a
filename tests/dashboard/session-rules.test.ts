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
    expect(formatTime('not a time')).toBe('not a time');
  });

  it('reads a detail as lines in Chinese, not JSON: a change field by field, an import by kind', () => {
    expect(detailLines(JSON.stringify({
      old: { username: 'lisi', name: null, role: 'EVALUATOR', departmentCode: null, expiresOn: '2099-12-31', disabled: false },
      new: { username: 'lisi', name: null, role: 'EVALUATOR', departmentCode: null, expiresOn: '2030-06-30', disabled: true },
    }))).toEqual(['有效期至：2099-12-31 → 2030-06-30', '停用：否 → 是']);
    const created = JSON.stringify({ new: { name: '李华', role: 'DEPARTMENT', disabled: false, username: 'scjgj01', expiresOn: null, departmentCode: 'SCJGJ' } });
    expect(detailLines(created, { SCJGJ: '县市场监督管理局' })).toEqual(['姓名：李华', '角色：成员单位', '部门：县市场监督管理局']);
    expect(detailLines(created)).toEqual(['姓名：李华', '角色：成员单位', '部门：SCJGJ']);
    expect(detailLines(JSON.stringify({
      outcome: 'committed', batchId: 7, files: ['任务.csv', '结果.xlsx'], errors: 0, warnings: 2,
      counts: { 抽查任务: { inserted: 1, updated: 0, unchanged: 3 } },
    }))).toEqual(['结果：已导入', '批次：7', '文件：任务.csv、结果.xlsx', '提示：2', '抽查任务：新增 1，更新 0，未变 3']);
    expect(detailLines('{"reason":"wrong password"}')).toEqual(['原因：密码错误']);
    expect(detailLines('{"failures":5,"until":"2026-12-01T09:30:00.000Z"}')).toEqual(['失败次数：5', '锁定至：2026/12/01 17:30:00']);
    expect(detailLines('{"old":null,"new":{"year":2026,"comparator":">=","target":0.4}}')).toEqual(['年度：2026', '比较：≥', '目标：0.4']);
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
