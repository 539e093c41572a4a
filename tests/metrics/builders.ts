import type { Database } from '../../server/src/database/database';
import { officialIsWorkingDay } from '../../server/src/domain/official-calendar';
import { createWorkCalendar, type DayOverride } from '../../server/src/domain/work-calendar';
import { kpisFor, loadKpiSetting, type KpiFilter, type KpiPeriod, type KpiSetting } from '../../server/src/metrics/operations';
import type { KpiFigure } from '../../server/src/metrics/scope';
import { truncateAll } from '../support/database';

export type SubjectType = 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'FARMERS_COOPERATIVE' | 'PRODUCT' | 'PROJECT' | 'OTHER';
export type ClassDraws = Partial<Record<'A' | 'B' | 'C' | 'D', [pool: number, drawn: number]>>;

export const Q3_2024: KpiPeriod = { from: '2024-07-01', to: '2024-09-30', asOf: '2024-10-31' };
export const NO_FILTER: KpiFilter = { departmentCode: null, regionCode: null };

// Every row belongs to the one import batch `fresh()` creates; truncateAll restarts its id, so the
// builders look it up rather than assume a number.
const BATCH = '(select max(id) from import_batch)';

/** Row builders with sensible defaults (a Q3 2024 task, an enterprise, a member department in 中山). */
export function builders(db: () => Database) {
  const query = (sql: string, params: unknown[] = []) => db().pool.query(sql, params);

  async function subject(code: string, o: { type?: SubjectType; creditClass?: string | null; registries?: string[] } = {}) {
    const type = o.type ?? 'ENTERPRISE';
    const kind = ['PRODUCT', 'PROJECT', 'OTHER'].includes(type) ? 'OBJECT_CODE' : 'USCC';
    await query(
      `insert into subject (code, code_kind, name, subject_type, region_code, credit_class, batch_id)
       values ($1, $2, $1 || '名称', $3, '442000', $4, ${BATCH}) on conflict (code) do nothing`,
      [code, kind, type, o.creditClass ?? null],
    );
    for (const department of o.registries ?? []) {
      await query(`insert into subject_registry (subject_code, department_code) values ($1, $2)`, [code, department]);
    }
  }

  const setting = (overrides: DayOverride[] = []): Promise<KpiSetting> =>
    loadKpiSetting(db().pool, createWorkCalendar(officialIsWorkingDay, overrides));

  return {
    subject,
    setting,

    /** Empties the data tables (targets and bands stay) and opens the batch every row refers to. */
    async fresh() {
      await truncateAll(db());
      await query(`insert into import_batch (source, file_names, counts) values ('CLI', '{t.csv}', '{}')`);
    },

    async department(code: string, o: { member?: boolean; staff?: number; region?: string } = {}) {
      await query(
        `insert into department (code, name, region_code, qualified_staff, is_member, batch_id)
         values ($1, $1 || '局', $2, $3, $4, ${BATCH})`,
        [code, o.region ?? '442000', o.staff ?? 0, o.member ?? true],
      );
    },

    async item(code: string, department: string) {
      await query(
        `insert into inspection_item (code, name, department_code, category, batch_id) values ($1, $1 || '事项', $2, 'KEY', ${BATCH})`,
        [code, department],
      );
    },

    async inspector(certificate: string, department: string, expiresOn: string) {
      await query(
        `insert into inspector (certificate_no, name, department_code, certificate_expires_on, batch_id)
         values ($1, '检查员' || $1, $2, $3, ${BATCH})`,
        [certificate, department, expiresOn],
      );
    },

    async plan(code: string, o: { year: number; initiator: string; entered: string; cooperators?: string[] }) {
      await query(
        `insert into plan (code, name, year, initiator_code, entered_on, batch_id) values ($1, $1 || '计划', $2, $3, $4, ${BATCH})`,
        [code, o.year, o.initiator, o.entered],
      );
      for (const d of o.cooperators ?? []) {
        await query(`insert into plan_cooperator (plan_code, department_code) values ($1, $2)`, [code, d]);
      }
    },

    async task(code: string, o: {
      initiator: string; cooperators?: string[]; starts?: string; due?: string; completed?: string | null;
      tiered?: boolean; draws?: ClassDraws; items?: string[];
    }) {
      const starts = o.starts ?? '2024-07-01';
      await query(
        `insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, completed_on, batch_id)
         values ($1, $1 || '任务', $2, $3, $4, $5, $6, ${BATCH})`,
        [code, o.initiator, o.tiered ?? false, starts, o.due ?? (starts > '2024-12-31' ? starts : '2024-12-31'), o.completed ?? null],
      );
      for (const d of o.cooperators ?? []) {
        await query(`insert into task_cooperator (task_code, department_code) values ($1, $2)`, [code, d]);
      }
      for (const item of o.items ?? []) {
        await query(`insert into task_item (task_code, item_code) values ($1, $2)`, [code, item]);
      }
      for (const [creditClass, [pool, drawn]] of Object.entries(o.draws ?? {})) {
        await query(
          `insert into task_class_draw (task_code, credit_class, pool_count, drawn_count) values ($1, $2, $3, $4)`,
          [code, creditClass, pool, drawn],
        );
      }
    },

    /** A result; its subject is created (an unclassified enterprise) if missing, its department defaults to the initiator. */
    async result(o: {
      task: string; subject: string; department?: string; inspected: string; published?: string | null; categories?: string[];
    }) {
      await subject(o.subject);
      await query(
        `insert into inspection (task_code, subject_code, department_code, inspected_on, methods, categories, published_on, batch_id)
         values ($1, $2, coalesce($3, (select initiator_code from task where code = $1)), $4, '{ON_SITE}', $5, $6, ${BATCH})`,
        [o.task, o.subject, o.department ?? null, o.inspected, o.categories ?? ['NO_PROBLEM'], o.published ?? null],
      );
    },

    /** Every figure by key, with a setting loaded now (after the rows and targets are in). */
    async kpis(period: KpiPeriod = Q3_2024, filter: KpiFilter = NO_FILTER, given?: KpiSetting): Promise<Record<string, KpiFigure>> {
      const figures = await kpisFor(db().pool, given ?? (await setting()), period, { ...NO_FILTER, ...filter });
      return Object.fromEntries(figures.map((f) => [f.key, f]));
    },
  };
}

/** The parts of a figure a test states by hand. */
export const parts = (f: KpiFigure) => ({ numerator: f.numerator, denominator: f.denominator, value: f.value });
