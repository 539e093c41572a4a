/**
 * An audit entry's detail (JSON: old and new values, counts, files…) as lines a clerk can read:
 * known keys in Chinese, lists joined, nested values as "名称：值" — never raw JSON unless it is not JSON.
 */
const KEY_NAMES: Record<string, string> = {
  old: '原值', new: '新值', before: '原值', after: '新值', oldValue: '原值', newValue: '新值',
  batchId: '批次', batch: '批次', files: '文件', fileNames: '文件', counts: '条数', outcome: '结果', errors: '错误数', reason: '原因',
  dryRun: '试导入', inserted: '新增', updated: '更新', unchanged: '未变', kind: '类别',
  role: '角色', departmentCode: '部门代码', department: '部门', name: '姓名', expiresOn: '有效期至', disabled: '停用',
  year: '年度', regionCode: '区划', key: '指标', target: '目标', comparator: '比较', from: '自', to: '至', number: '文号',
  issuedBy: '签发人', reportId: '报告', id: '编号', lockedUntil: '锁定至', attempts: '失败次数',
};

const label = (key: string) => KEY_NAMES[key] ?? key;

function text(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map(text).join('、') || '—';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${label(k)} ${text(v)}`).join('，');
  }
  return String(value);
}

export function detailLines(detail: string | null): string[] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [detail];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [text(parsed)];
  return Object.entries(parsed as Record<string, unknown>).map(([k, v]) => `${label(k)}：${text(v)}`);
}
