import type { BandRow, DeadlineRow, TargetRow } from '../../metrics/configuration';
import type { Queryable } from './sql-filter';

/** Every target row: configuration, a few dozen rows per year and jurisdiction. */
export async function loadTargetRows(db: Queryable): Promise<TargetRow[]> {
  const { rows } = await db.query(
    `select year, jurisdiction, kpi_key as "kpiKey", comparator, target::float8 as target from kpi_target`,
  );
  return rows as TargetRow[];
}

export async function loadBandRows(db: Queryable): Promise<BandRow[]> {
  const { rows } = await db.query(
    `select year, jurisdiction, credit_class as "creditClass", low_percent::float8 as "lowPercent",
            high_percent::float8 as "highPercent" from credit_class_band`,
  );
  return rows as BandRow[];
}

export async function saveTarget(db: Queryable, row: TargetRow, note: string | null): Promise<void> {
  await db.query(
    `insert into kpi_target (year, jurisdiction, kpi_key, comparator, target, note) values ($1, $2, $3, $4, $5, $6)
     on conflict (year, jurisdiction, kpi_key) do update
     set comparator = excluded.comparator, target = excluded.target, note = excluded.note, updated_at = now()`,
    [row.year, row.jurisdiction, row.kpiKey, row.comparator, row.target, note],
  );
}

export async function deleteTarget(db: Queryable, year: number, jurisdiction: string, kpiKey: string): Promise<boolean> {
  const { rowCount } = await db.query(`delete from kpi_target where year = $1 and jurisdiction = $2 and kpi_key = $3`, [year, jurisdiction, kpiKey]);
  return (rowCount ?? 0) > 0;
}

/** Replaces the four bands of a year and jurisdiction in one statement. */
export async function saveBands(db: Queryable, rows: readonly BandRow[]): Promise<void> {
  await db.query(
    `insert into credit_class_band (year, jurisdiction, credit_class, low_percent, high_percent)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::numeric[], $5::numeric[])
     on conflict (year, jurisdiction, credit_class) do update
     set low_percent = excluded.low_percent, high_percent = excluded.high_percent, updated_at = now()`,
    [rows.map((r) => r.year), rows.map((r) => r.jurisdiction), rows.map((r) => r.creditClass), rows.map((r) => r.lowPercent), rows.map((r) => r.highPercent)],
  );
}

/** The region codes of the member departments: the hub's own jurisdiction is where they lie. */
export async function memberRegionCodes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(`select distinct region_code from department where is_member order by 1`);
  return rows.map((r) => r.region_code as string);
}

export async function loadDeadlineRows(db: Queryable): Promise<DeadlineRow[]> {
  const { rows } = await db.query(
    `select year, jurisdiction, publication_working_days as "publicationWorkingDays", plan_entry_deadline as "planEntryDeadline"
     from kpi_deadline_setting`,
  );
  return rows as DeadlineRow[];
}

export async function saveDeadline(db: Queryable, row: DeadlineRow): Promise<void> {
  await db.query(
    `insert into kpi_deadline_setting (year, jurisdiction, publication_working_days, plan_entry_deadline) values ($1, $2, $3, $4)
     on conflict (year, jurisdiction) do update
     set publication_working_days = excluded.publication_working_days, plan_entry_deadline = excluded.plan_entry_deadline, updated_at = now()`,
    [row.year, row.jurisdiction, row.publicationWorkingDays, row.planEntryDeadline],
  );
}
