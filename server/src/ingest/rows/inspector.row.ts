import type { RowReader } from '../cells';

export interface InspectorRow {
  certificateNo: string;
  name: string | null;
  departmentCode: string | null;
  expiresOn: string | null;
  expertise: string | null;
}

export function readInspector(r: RowReader): InspectorRow | null {
  const certificateNo = r.code('执法证号', { required: true });
  const row = {
    name: r.text('姓名', { required: true, max: 64 }),
    departmentCode: r.code('部门代码', { required: true }),
    expiresOn: r.date('执法证有效期至', { required: true }),
    expertise: r.list('专长'),
  };
  return certificateNo === null ? null : { certificateNo, ...row };
}
