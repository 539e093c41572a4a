/**
 * K, the number of working days ahead a deadline raises an early warning: set by the office per
 * year and jurisdiction (table warning_setting, mutation setWarningSetting), resolved as targets
 * are — the most specific jurisdiction covering the region, then the latest year not after the
 * cut-off's. Without a row, DEFAULT_LEAD_WORKING_DAYS.
 */
import { regionPrefix, type Queryable } from '../store/repositories/sql-filter';

export const DEFAULT_LEAD_WORKING_DAYS = 3;
export const MAX_LEAD_WORKING_DAYS = 60;

export interface WarningSettingRow {
  year: number;
  jurisdiction: string;
  leadWorkingDays: number;
}

export class WarningSettingError extends Error {}

export async function listWarningSettings(db: Queryable): Promise<WarningSettingRow[]> {
  const { rows } = await db.query(
    `select year, jurisdiction, lead_working_days as "leadWorkingDays" from warning_setting order by year, jurisdiction`,
  );
  return rows as WarningSettingRow[];
}

export function resolveLeadWorkingDays(rows: readonly WarningSettingRow[], year: number, region: string): number {
  let best: WarningSettingRow | null = null;
  for (const row of rows) {
    const prefix = regionPrefix(row.jurisdiction);
    if (row.year > year || !region.startsWith(prefix)) continue;
    const bestPrefix = best ? regionPrefix(best.jurisdiction).length : -1;
    if (prefix.length > bestPrefix || (prefix.length === bestPrefix && row.year > best!.year)) best = row;
  }
  return best?.leadWorkingDays ?? DEFAULT_LEAD_WORKING_DAYS;
}

export async function leadWorkingDaysFor(db: Queryable, year: number, region: string): Promise<number> {
  return resolveLeadWorkingDays(await listWarningSettings(db), year, region);
}

export async function saveWarningSetting(db: Queryable, row: WarningSettingRow): Promise<WarningSettingRow> {
  if (!Number.isInteger(row.year) || row.year < 2000 || row.year > 2100) throw new WarningSettingError(`年度应在 2000–2100 之间，实为 ${row.year}`);
  if (!/^\d{6}$/.test(row.jurisdiction)) throw new WarningSettingError(`辖区应为 6 位行政区划代码（全国默认为 000000），实为「${row.jurisdiction}」`);
  if (!Number.isInteger(row.leadWorkingDays) || row.leadWorkingDays < 1 || row.leadWorkingDays > MAX_LEAD_WORKING_DAYS) {
    throw new WarningSettingError(`预警提前的工作日数应为 1–${MAX_LEAD_WORKING_DAYS} 的整数，实为 ${row.leadWorkingDays}`);
  }
  await db.query(
    `insert into warning_setting (year, jurisdiction, lead_working_days) values ($1, $2, $3)
     on conflict (year, jurisdiction) do update set lead_working_days = excluded.lead_working_days, updated_at = now()`,
    [row.year, row.jurisdiction, row.leadWorkingDays],
  );
  return row;
}
