import type { RowReader } from '../cells';

export interface PlanRow {
  code: string;
  name: string | null;
  year: number | null;
  initiatorCode: string | null;
  cooperators: string[];
  enteredOn: string | null;
  publishedOn: string | null;
}

export function readPlan(r: RowReader): PlanRow | null {
  const code = r.code('计划编号', { required: true });
  const row = {
    name: r.text('计划名称', { required: true }),
    year: r.integer('年度', { required: true, min: 2000, max: 2100 }),
    initiatorCode: r.code('发起部门代码', { required: true }),
    cooperators: r.codes('配合部门代码'),
    enteredOn: r.date('录入日期', { required: true }),
    publishedOn: r.date('公示日期'),
  };
  if (row.enteredOn && row.publishedOn && row.publishedOn < row.enteredOn) {
    r.warn('公示日期', `公示日期早于录入日期 ${row.enteredOn}`);
  }
  return code === null ? null : { code, ...row };
}
