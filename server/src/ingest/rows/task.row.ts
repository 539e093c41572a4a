import { CREDIT_CLASSES } from '../../domain/vocabulary';
import { cellText, type RowReader } from '../cells';

export interface TaskRow {
  code: string;
  planCode: string | null;
  name: string | null;
  initiatorCode: string | null;
  cooperators: string[];
  items: string[];
  creditTiered: boolean | null;
  startsOn: string | null;
  dueOn: string | null;
  completedOn: string | null;
  /** Pool and drawn counts for classes A–D; both null when the class is not given. */
  pools: (number | null)[];
  drawn: (number | null)[];
}

export function readTask(r: RowReader): TaskRow | null {
  const code = r.code('任务编号', { required: true });
  const row = {
    planCode: r.code('计划编号'),
    name: r.text('任务名称', { required: true }),
    initiatorCode: r.code('发起部门代码', { required: true }),
    cooperators: r.codes('配合部门代码'),
    items: r.codes('抽查事项编码', { required: true }),
    creditTiered: r.yesNo('信用风险分类抽查', { required: true }),
    startsOn: r.date('开始日期', { required: true }),
    dueOn: r.date('截止日期', { required: true }),
    completedOn: r.date('完成日期'),
    pools: [] as (number | null)[],
    drawn: [] as (number | null)[],
  };
  if (row.startsOn && row.dueOn && row.dueOn < row.startsOn) r.error('截止日期', `截止日期早于开始日期 ${row.startsOn}`);
  if (row.startsOn && row.completedOn && row.completedOn < row.startsOn) r.error('完成日期', `完成日期早于开始日期 ${row.startsOn}`);
  for (const c of CREDIT_CLASSES) {
    const pool = r.integer(`${c}类库内户数`, { min: 0 });
    const drawn = r.integer(`${c}类抽取户数`, { min: 0 });
    const poolGiven = cellText(r.raw(`${c}类库内户数`)) !== '';
    const drawnGiven = cellText(r.raw(`${c}类抽取户数`)) !== '';
    if (poolGiven !== drawnGiven) {
      r.error(poolGiven ? `${c}类抽取户数` : `${c}类库内户数`, `${c}类库内户数与抽取户数须同时填写`);
    } else if (pool !== null && drawn !== null && drawn > pool) {
      r.error(`${c}类抽取户数`, `抽取户数大于库内户数 ${pool}`);
    }
    row.pools.push(pool);
    row.drawn.push(drawn);
  }
  if (row.cooperators.length && row.initiatorCode && row.cooperators.includes(row.initiatorCode)) {
    r.warn('配合部门代码', '配合部门中含有发起部门本身，统计联合抽查时不计');
  }
  return code === null ? null : { code, ...row };
}
