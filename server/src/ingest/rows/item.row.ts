import { ITEM_CATEGORIES, type ItemCategory } from '../../domain/vocabulary';
import type { RowReader } from '../cells';

export interface ItemRow {
  code: string;
  name: string | null;
  departmentCode: string | null;
  category: ItemCategory | null;
  ratioCeiling: number | null;
  legalBasis: string | null;
}

export function readItem(r: RowReader): ItemRow | null {
  const code = r.code('事项编码', { required: true });
  const row = {
    name: r.text('事项名称', { required: true }),
    departmentCode: r.code('部门代码', { required: true }),
    category: r.choice('事项类别', ITEM_CATEGORIES, { required: true }),
    ratioCeiling: r.percent('抽查比例上限'),
    legalBasis: r.text('抽查依据', { max: 2000 }),
  };
  return code === null ? null : { code, ...row };
}
