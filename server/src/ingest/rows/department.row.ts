import type { RowReader } from '../cells';

export interface DepartmentRow {
  code: string;
  name: string | null;
  regionCode: string | null;
  qualifiedStaff: number | null;
  isMember: boolean | null;
}

export function readDepartment(r: RowReader): DepartmentRow | null {
  const code = r.code('部门代码', { required: true, max: 32 });
  const row = {
    name: r.text('部门名称', { required: true }),
    regionCode: readRegionCode(r, '行政区划代码'),
    qualifiedStaff: r.integer('持证执法人员数', { required: true, min: 0 }),
    isMember: r.yesNo('联席会议成员', { fallback: true }),
  };
  return code === null ? null : { code, ...row };
}

export function readRegionCode(r: RowReader, header: string): string | null {
  const text = r.text(header, { required: true });
  if (text !== null && !/^\d{6}$/.test(text)) {
    r.error(header, '应为 6 位数字的行政区划代码');
    return null;
  }
  return text;
}
