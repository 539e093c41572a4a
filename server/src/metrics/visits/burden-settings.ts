import { deleteBurdenSetting, loadBurdenSettingRows, saveBurdenSetting } from '../../store/repositories/inspection-burden.repository';
import type { Queryable } from '../../store/repositories/sql-filter';
import { pick } from '../configuration';
import { KpiQueryError } from '../query-error';

/** One row of inspection_burden_setting: a null leaves that setting to a broader or earlier row. */
export interface BurdenSettingRow {
  year: number;
  jurisdiction: string;
  repeatWindowDays: number | null;
  maxVisitsPerDepartment: number | null;
}

/** What judges one period in one jurisdiction. */
export interface BurdenSetting {
  /** W: two departments' visits at most this many calendar days apart could have been one. */
  repeatWindowDays: number;
  /** C: days one department may inspect one firm in a year; null when no cap is set. */
  maxVisitsPerDepartment: number | null;
}

export const DEFAULT_REPEAT_WINDOW_DAYS = 30;

/**
 * Each setting on its own, as targets are per KPI: a county that only sets its window keeps the
 * province's cap. Among the rows that set it, the most specific jurisdiction covering `region`
 * wins, then the latest year not after `year`.
 */
export function resolveBurden(rows: readonly BurdenSettingRow[], year: number, region: string): BurdenSetting {
  const window = pick(rows.filter((r) => r.repeatWindowDays !== null), year, region);
  const cap = pick(rows.filter((r) => r.maxVisitsPerDepartment !== null), year, region);
  return {
    repeatWindowDays: window?.repeatWindowDays ?? DEFAULT_REPEAT_WINDOW_DAYS,
    maxVisitsPerDepartment: cap?.maxVisitsPerDepartment ?? null,
  };
}

export async function listBurdenSettings(db: Queryable, year?: number | null, jurisdiction?: string | null): Promise<BurdenSettingRow[]> {
  return (await loadBurdenSettingRows(db))
    .filter((r) => (year == null || r.year === year) && (jurisdiction == null || r.jurisdiction === jurisdiction));
}

function checkedDays(value: number | null, label: string): void {
  if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 366)) {
    throw new KpiQueryError(`${label}应为 1–366 的整数（不设置请留空），实为 ${value}`);
  }
}

/** Sets both values of a year and jurisdiction; both left empty removes the row. */
export async function setBurdenSetting(db: Queryable, row: BurdenSettingRow): Promise<BurdenSettingRow> {
  if (!Number.isInteger(row.year) || row.year < 2000 || row.year > 2100) throw new KpiQueryError(`年度应在 2000–2100 之间，实为 ${row.year}`);
  if (!/^\d{6}$/.test(row.jurisdiction)) throw new KpiQueryError(`辖区应为 6 位行政区划代码（全国默认为 000000），实为「${row.jurisdiction}」`);
  checkedDays(row.repeatWindowDays, '重复上门的间隔天数');
  checkedDays(row.maxVisitsPerDepartment, '同一部门对同一对象的年度检查次数上限');
  if (row.repeatWindowDays === null && row.maxVisitsPerDepartment === null) await deleteBurdenSetting(db, row.year, row.jurisdiction);
  else await saveBurdenSetting(db, row);
  return row;
}
