import { CREDIT_CLASSES, type CreditClass } from '../domain/vocabulary';
import { deleteTarget, loadBandRows, loadDeadlineRows, loadTargetRows, saveBands, saveDeadline, saveTarget } from '../store/repositories/kpi-config.repository';
import type { Queryable } from '../store/repositories/sql-filter';
import type { BandRow, DeadlineRow, TargetRow } from './configuration';
import { kpiDefinition, type Comparator } from './definitions';
import { KpiQueryError } from './query-error';

/** Targets and bands as an administrator changes them: checked here, stored by the repository. */
function checkedKey(year: number, jurisdiction: string): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new KpiQueryError(`年度应在 2000–2100 之间，实为 ${year}`);
  if (!/^\d{6}$/.test(jurisdiction)) throw new KpiQueryError(`辖区应为 6 位行政区划代码（全国默认为 000000），实为「${jurisdiction}」`);
}

export async function listTargets(db: Queryable, year?: number | null, jurisdiction?: string | null): Promise<TargetRow[]> {
  return (await loadTargetRows(db))
    .filter((r) => (year == null || r.year === year) && (jurisdiction == null || r.jurisdiction === jurisdiction))
    .sort((a, b) => a.year - b.year || a.jurisdiction.localeCompare(b.jurisdiction) || a.kpiKey.localeCompare(b.kpiKey));
}

export async function listBands(db: Queryable, year?: number | null, jurisdiction?: string | null): Promise<BandRow[]> {
  return (await loadBandRows(db))
    .filter((r) => (year == null || r.year === year) && (jurisdiction == null || r.jurisdiction === jurisdiction))
    .sort((a, b) => a.year - b.year || a.jurisdiction.localeCompare(b.jurisdiction) || a.creditClass.localeCompare(b.creditClass));
}

export async function setTarget(db: Queryable, row: TargetRow, note: string | null): Promise<TargetRow> {
  checkedKey(row.year, row.jurisdiction);
  const kpi = kpiDefinition(row.kpiKey);
  if (!kpi) throw new KpiQueryError(`指标 ${row.kpiKey} 不存在`);
  if (!(['>', '>=', '<='] as Comparator[]).includes(row.comparator)) throw new KpiQueryError(`比较方式应为 >、>= 或 <=，实为「${row.comparator}」`);
  if (!(row.target >= 0) || (kpi.unit === 'RATIO' && row.target > 1)) {
    throw new KpiQueryError(kpi.unit === 'RATIO' ? `比率指标的目标应为 0 到 1 之间的小数（80% 写作 0.8），实为 ${row.target}` : `目标不能为负数，实为 ${row.target}`);
  }
  await saveTarget(db, row, note);
  return row;
}

export async function removeTarget(db: Queryable, year: number, jurisdiction: string, kpiKey: string): Promise<boolean> {
  checkedKey(year, jurisdiction);
  return deleteTarget(db, year, jurisdiction, kpiKey);
}

export async function setBands(
  db: Queryable, year: number, jurisdiction: string, bands: { creditClass: CreditClass; lowPercent: number; highPercent: number }[],
): Promise<BandRow[]> {
  checkedKey(year, jurisdiction);
  const seen = new Set<string>();
  for (const band of bands) {
    if (!CREDIT_CLASSES.includes(band.creditClass)) throw new KpiQueryError(`信用风险等级应为 A、B、C、D，实为「${band.creditClass}」`);
    if (seen.has(band.creditClass)) throw new KpiQueryError(`${band.creditClass} 类重复`);
    seen.add(band.creditClass);
    if (!(band.lowPercent >= 0 && band.lowPercent <= band.highPercent && band.highPercent <= 100)) {
      throw new KpiQueryError(`${band.creditClass} 类的比例区间应满足 0 ≤ 下限 ≤ 上限 ≤ 100，实为 ${band.lowPercent}–${band.highPercent}`);
    }
  }
  const rows = bands.map((band) => ({ year, jurisdiction, ...band }));
  await saveBands(db, rows);
  return rows;
}

export async function listDeadlines(db: Queryable, year?: number | null, jurisdiction?: string | null): Promise<DeadlineRow[]> {
  return (await loadDeadlineRows(db))
    .filter((r) => (year == null || r.year === year) && (jurisdiction == null || r.jurisdiction === jurisdiction))
    .sort((a, b) => a.year - b.year || a.jurisdiction.localeCompare(b.jurisdiction));
}

export async function setDeadline(db: Queryable, row: DeadlineRow): Promise<DeadlineRow> {
  checkedKey(row.year, row.jurisdiction);
  const days = row.publicationWorkingDays;
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 60)) {
    throw new KpiQueryError(`公示期限应为 1–60 个工作日，实为 ${days}`);
  }
  const deadline = row.planEntryDeadline;
  if (deadline !== null) {
    // Checked against a leap year, so that 02-29 is a day some years have.
    const day = new Date(`2024-${deadline}T00:00:00Z`);
    if (!/^\d{2}-\d{2}$/.test(deadline) || Number.isNaN(day.getTime()) || day.toISOString().slice(5, 10) !== deadline) {
      throw new KpiQueryError(`计划录入期限应写作“月-日”，如 03-31，实为「${deadline}」`);
    }
  }
  if (days === null && deadline === null) throw new KpiQueryError('请至少填写公示期限或计划录入期限中的一项');
  await saveDeadline(db, row);
  return row;
}
