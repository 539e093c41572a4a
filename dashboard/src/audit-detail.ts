/**
 * An audit entry's detail (JSON from the server: `old` and `new` values, an import's files and
 * counts, why a sign-in failed…) as lines a clerk can read: known keys and codes in Chinese, a
 * change as "原 → 新" for the fields that changed, times in China time. Never raw JSON unless the
 * detail is not JSON at all.
 */
import { formatTime } from './format';
import { ROLE_NAMES } from './permissions';

const KEY_NAMES: Record<string, string> = {
  username: '用户名', name: '姓名', role: '角色', departmentCode: '部门', expiresOn: '有效期至', disabled: '停用',
  reason: '原因', failures: '失败次数', until: '锁定至',
  outcome: '结果', batchId: '批次', files: '文件', errors: '错误', warnings: '提示', counts: '条数',
  inserted: '新增', updated: '更新', unchanged: '未变',
  id: '编号', kind: '种类', from: '自', to: '至', asOf: '数据截至', fileName: '文件名', issuedBy: '签发人',
  office: '发文机关', number: '文号', overview: '总体情况', requirements: '工作要求',
  year: '年度', jurisdiction: '辖区', kpiKey: '指标', comparator: '比较', target: '目标', note: '说明',
  creditClass: '信用等级', minRatio: '最低比例', maxRatio: '最高比例', date: '日期', isWorkingDay: '工作日',
};

const VALUE_NAMES: Record<string, Record<string, string>> = {
  role: ROLE_NAMES,
  reason: { 'wrong password': '密码错误', 'unknown user': '用户名不存在', locked: '账号锁定期间', 'disabled or expired': '账号已停用或已过有效期' },
  outcome: { committed: '已导入', unchanged: '与已有数据相同，未写入', validated: '校验通过，未写入', rejected: '有错误，未写入' },
  kind: { CIRCULAR: '季通报', SUMMARY: '月总结', SELF_EVALUATION: '自评表', STATISTICS: '统计表' },
  comparator: { '>': '>', '>=': '≥', '<': '<', '<=': '≤' },
};

// PostgreSQL's jsonb keeps keys in its own order (shortest first): lines follow KEY_NAMES instead.
const ORDER = Object.keys(KEY_NAMES);
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
const entries = (o: Record<string, unknown>) => Object.entries(o).sort(([a], [b]) => rank(a) - rank(b));

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const label = (key: string) => KEY_NAMES[key] ?? key;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Nothing worth a line: absent, empty, or a zero count of errors. */
const empty = (key: string, v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)
  || ((key === 'errors' || key === 'warnings') && v === 0);

type Names = Record<string, Record<string, string>>;

function text(names: Names, value: unknown, key = ''): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return names[key]?.[value] ?? (ISO_TIME.test(value) ? formatTime(value) : value);
  if (Array.isArray(value)) return value.map((v) => text(names, v, key)).join(isObject(value[0]) ? '；' : '、') || '—';
  if (isObject(value)) {
    return entries(value).filter(([k, v]) => !empty(k, v)).map(([k, v]) => `${label(k)} ${text(names, v, k)}`).join('，');
  }
  return String(value);
}

/** old → new, field by field, only where they differ; a whole value when one side is missing. */
function change(names: Names, before: unknown, after: unknown): string[] {
  if (isObject(before) && isObject(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => rank(a) - rank(b))
      .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
      .map((k) => `${label(k)}：${text(names, before[k], k)} → ${text(names, after[k], k)}`);
  }
  if (before === undefined || before === null) {
    // Something new (an account): its fields, less the username the 对象 column shows and the flags left off.
    return isObject(after) ? entries(after).filter(([k, v]) => !empty(k, v) && k !== 'username' && v !== false).map(([k, v]) => `${label(k)}：${text(names, v, k)}`)
      : after === undefined || after === null ? [] : [`新值：${text(names, after)}`];
  }
  return [`原值：${text(names, before)}`, `新值：${text(names, after)}`];
}

/** `departments` names the codes (部门代码 → 县市场监督管理局) where the page knows them. */
export function detailLines(detail: string | null, departments: Record<string, string> = {}): string[] {
  if (!detail) return [];
  const names: Names = { ...VALUE_NAMES, departmentCode: departments };
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [detail];
  }
  if (!isObject(parsed)) return [text(names, parsed)];
  const { old: before, new: after, counts, ...rest } = parsed;
  const lines = 'old' in parsed || 'new' in parsed ? change(names, before, after) : [];
  for (const [k, v] of entries(rest)) if (!empty(k, v)) lines.push(`${label(k)}：${text(names, v, k)}`);
  // An import's counts by kind of row: one line each.
  if (isObject(counts)) for (const [kind, c] of Object.entries(counts)) lines.push(`${kind}：${text(names, c)}`);
  else if (!empty('counts', counts)) lines.push(`${label('counts')}：${text(names, counts)}`);
  return lines;
}
