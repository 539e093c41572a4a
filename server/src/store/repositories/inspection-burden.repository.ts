import type { BurdenSettingRow } from '../../metrics/visits/burden-settings';
import type { Queryable } from './sql-filter';

/** Every burden setting row: configuration, a handful per year and jurisdiction. */
export async function loadBurdenSettingRows(db: Queryable): Promise<BurdenSettingRow[]> {
  const { rows } = await db.query(
    `select year, jurisdiction, repeat_window_days as "repeatWindowDays", max_visits_per_department as "maxVisitsPerDepartment"
     from inspection_burden_setting order by year, jurisdiction`,
  );
  return rows as BurdenSettingRow[];
}

export async function saveBurdenSetting(db: Queryable, row: BurdenSettingRow): Promise<void> {
  await db.query(
    `insert into inspection_burden_setting (year, jurisdiction, repeat_window_days, max_visits_per_department) values ($1, $2, $3, $4)
     on conflict (year, jurisdiction) do update
     set repeat_window_days = excluded.repeat_window_days, max_visits_per_department = excluded.max_visits_per_department, updated_at = now()`,
    [row.year, row.jurisdiction, row.repeatWindowDays, row.maxVisitsPerDepartment],
  );
}

/** Setting both to null removes the row: nothing is set for that year and jurisdiction any more. */
export async function deleteBurdenSetting(db: Queryable, year: number, jurisdiction: string): Promise<void> {
  await db.query(`delete from inspection_burden_setting where year = $1 and jurisdiction = $2`, [year, jurisdiction]);
}
