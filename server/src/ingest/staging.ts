import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { CREDIT_CLASSES } from '../domain/vocabulary';
import type { KindName } from './kinds';
import type { DepartmentRow } from './rows/department.row';
import type { InspectionRow } from './rows/inspection.row';
import type { InspectorRow } from './rows/inspector.row';
import type { ItemRow } from './rows/item.row';
import type { PlanRow } from './rows/plan.row';
import type { SubjectRow } from './rows/subject.row';
import type { TaskRow } from './rows/task.row';

/**
 * Rows are staged in temporary tables inside the import's transaction, so that references,
 * duplicates and changes are checked and applied by PostgreSQL over the whole import at once,
 * and memory stays flat however large the files are.
 */
type PgType = 'text' | 'integer' | 'date' | 'boolean' | 'numeric' | 'text[]';

interface StagedColumn<R> {
  name: string;
  type: PgType;
  value: (row: R) => unknown;
}

export interface StagingSpec<R> {
  kind: KindName;
  table: string;
  /** The natural key's columns, indexed once the rows are in. */
  key: string[];
  /**
   * False when no check looks staged rows of this kind up by their key (nothing refers to a
   * result): the checks and the classification hash them, and the index would cost 0.1 s per
   * 10^5 rows for nothing.
   */
  referenced?: boolean;
  columns: StagedColumn<R>[];
}

const c = <R>(name: string, type: PgType, value: (row: R) => unknown): StagedColumn<R> => ({ name, type, value });

export const STAGE_DEPARTMENT: StagingSpec<DepartmentRow> = {
  kind: '部门',
  table: 'stage_department',
  key: ['code'],
  columns: [
    c('code', 'text', (r) => r.code),
    c('name', 'text', (r) => r.name),
    c('region_code', 'text', (r) => r.regionCode),
    c('qualified_staff', 'integer', (r) => r.qualifiedStaff),
    c('is_member', 'boolean', (r) => r.isMember),
  ],
};

export const STAGE_ITEM: StagingSpec<ItemRow> = {
  kind: '抽查事项',
  table: 'stage_item',
  key: ['code'],
  columns: [
    c('code', 'text', (r) => r.code),
    c('name', 'text', (r) => r.name),
    c('department_code', 'text', (r) => r.departmentCode),
    c('category', 'text', (r) => r.category),
    c('ratio_ceiling', 'numeric', (r) => r.ratioCeiling),
    c('legal_basis', 'text', (r) => r.legalBasis),
  ],
};

export const STAGE_SUBJECT: StagingSpec<SubjectRow> = {
  kind: '检查对象',
  table: 'stage_subject',
  key: ['code'],
  columns: [
    c('code', 'text', (r) => r.code),
    c('code_kind', 'text', (r) => r.codeKind),
    c('name', 'text', (r) => r.name),
    c('subject_type', 'text', (r) => r.subjectType),
    c('industry_code', 'text', (r) => r.industryCode),
    c('region_code', 'text', (r) => r.regionCode),
    c('credit_class', 'text', (r) => r.creditClass),
    c('departments', 'text[]', (r) => r.departments),
  ],
};

export const STAGE_INSPECTOR: StagingSpec<InspectorRow> = {
  kind: '执法人员',
  table: 'stage_inspector',
  key: ['certificate_no'],
  columns: [
    c('certificate_no', 'text', (r) => r.certificateNo),
    c('name', 'text', (r) => r.name),
    c('department_code', 'text', (r) => r.departmentCode),
    c('certificate_expires_on', 'date', (r) => r.expiresOn),
    c('expertise', 'text', (r) => r.expertise),
  ],
};

export const STAGE_PLAN: StagingSpec<PlanRow> = {
  kind: '抽查计划',
  table: 'stage_plan',
  key: ['code'],
  columns: [
    c('code', 'text', (r) => r.code),
    c('name', 'text', (r) => r.name),
    c('year', 'integer', (r) => r.year),
    c('initiator_code', 'text', (r) => r.initiatorCode),
    c('cooperators', 'text[]', (r) => r.cooperators),
    c('entered_on', 'date', (r) => r.enteredOn),
    c('published_on', 'date', (r) => r.publishedOn),
  ],
};

export const STAGE_TASK: StagingSpec<TaskRow> = {
  kind: '抽查任务',
  table: 'stage_task',
  key: ['code'],
  columns: [
    c('code', 'text', (r) => r.code),
    c('plan_code', 'text', (r) => r.planCode),
    c('name', 'text', (r) => r.name),
    c('initiator_code', 'text', (r) => r.initiatorCode),
    c('cooperators', 'text[]', (r) => r.cooperators),
    c('items', 'text[]', (r) => r.items),
    c('credit_tiered', 'boolean', (r) => r.creditTiered),
    c('starts_on', 'date', (r) => r.startsOn),
    c('due_on', 'date', (r) => r.dueOn),
    c('completed_on', 'date', (r) => r.completedOn),
    ...CREDIT_CLASSES.flatMap((cls, i) => [
      c<TaskRow>(`pool_${cls.toLowerCase()}`, 'integer', (r) => r.pools[i]),
      c<TaskRow>(`drawn_${cls.toLowerCase()}`, 'integer', (r) => r.drawn[i]),
    ]),
  ],
};

export const STAGE_INSPECTION: StagingSpec<InspectionRow> = {
  kind: '检查结果',
  table: 'stage_inspection',
  key: ['task_code', 'subject_code', 'department_code'],
  referenced: false,
  columns: [
    c('task_code', 'text', (r) => r.taskCode),
    c('subject_code', 'text', (r) => r.subjectCode),
    c('department_code', 'text', (r) => r.departmentCode),
    c('inspected_on', 'date', (r) => r.inspectedOn),
    c('methods', 'text[]', (r) => r.methods),
    c('categories', 'text[]', (r) => r.categories),
    c('published_on', 'date', (r) => r.publishedOn),
    c('follow_up', 'text', (r) => r.followUp),
    c('inspectors', 'text[]', (r) => r.inspectors),
  ],
};

export const STAGING_SPECS = [
  STAGE_DEPARTMENT, STAGE_ITEM, STAGE_SUBJECT, STAGE_INSPECTOR, STAGE_PLAN, STAGE_TASK, STAGE_INSPECTION,
] as StagingSpec<unknown>[];

/** Where a staged row came from, and whether it parsed cleanly. */
export interface RowOrigin {
  file: string;
  sheet: string | null;
  row: number;
  valid: boolean;
}

export async function createStagingTables(client: pg.PoolClient): Promise<void> {
  await client.query(STAGING_SPECS.map((spec) => {
    const columns = spec.columns.map((col) => `${col.name} ${col.type}`).join(', ');
    return `create temp table ${spec.table} (${columns}, src_file text not null, src_sheet text, src_row integer not null,
      valid boolean not null) on commit drop;`;
  }).join('\n'));
}

/**
 * Sample of a staged table's planner statistics, in hundreds of rows (the server's default is 100,
 * i.e. 30,000 rows). The checks only need row counts and how distinct keys and references are,
 * which a sample of 3,000 rows tells as well; the full sample cost 85 ms per 10^5 staged results.
 */
const STAGING_STATISTICS_TARGET = 10;

/**
 * Temporary tables get no automatic statistics: without an index and ANALYZE the reference
 * checks would scan a staged table once per row.
 */
export async function indexStagingTables(client: pg.PoolClient): Promise<void> {
  await client.query(`set local default_statistics_target = ${STAGING_STATISTICS_TARGET}`);
  for (const spec of STAGING_SPECS) {
    if (spec.referenced !== false) await client.query(`create index on ${spec.table} (${spec.key.join(', ')})`);
    await client.query(`analyze ${spec.table}`);
  }
  await client.query('set local default_statistics_target to default');
}

// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyText = (text: string) => (COPY_SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : text);
const ARRAY_SPECIAL = /["\\]/;
/** An array literal: every element quoted, so commas, braces and NULL spelt out stay text. */
function arrayLiteral(values: readonly string[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    literal += `${i === 0 ? '"' : ',"'}${ARRAY_SPECIAL.test(v) ? v.replace(/["\\]/g, (c) => `\\${c}`) : v}"`;
  }
  return `${literal}}`;
}

type CopyCell = (value: unknown) => string;
const NULL = '\\N';
/** One COPY field per staged type, chosen once per column rather than per value. */
const COPY_CELLS: Record<PgType, CopyCell> = {
  'text[]': (value) => (value === null || value === undefined ? NULL : copyText(arrayLiteral(value as string[]))),
  boolean: (value) => (value === null || value === undefined ? NULL : value ? 't' : 'f'),
  text: (value) => (value === null || value === undefined ? NULL : copyText(typeof value === 'string' ? value : String(value))),
  integer: (value) => (value === null || value === undefined ? NULL : String(value)),
  numeric: (value) => (value === null || value === undefined ? NULL : String(value)),
  date: (value) => (value === null || value === undefined ? NULL : String(value)),
};

/** Rows sent to PostgreSQL per write: large enough that COPY, not the stream, sets the pace. */
const CHUNK_ROWS = 500;

/**
 * Streams staged rows of one kind into its table with COPY (a first import of 10^5 rows costs
 * what COPY costs, not one statement per batch). One COPY is open per table read; `close` ends it
 * before the connection runs anything else.
 */
export class StagingWriter<R> {
  private copy: CopyStreamQuery | null = null;
  private failed: Error | null = null;
  private lines: string[] = [];
  private file = '';
  private fileText = '';
  private readonly values: ((row: R) => unknown)[];
  private readonly cells: CopyCell[];
  count = 0;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly spec: StagingSpec<R>,
  ) {
    this.values = spec.columns.map((col) => col.value);
    this.cells = spec.columns.map((col) => COPY_CELLS[col.type]);
  }

  /** Buffers one row; only when a chunk goes out is there something to wait for (no promise per row). */
  add(row: R, origin: RowOrigin): Promise<void> | undefined {
    let line = '';
    const { values, cells } = this;
    for (let i = 0; i < values.length; i++) line += `${cells[i](values[i](row))}\t`;
    if (origin.file !== this.file) [this.file, this.fileText] = [origin.file, copyText(origin.file)];
    line += `${this.fileText}\t${origin.sheet === null ? NULL : copyText(origin.sheet)}\t${origin.row}\t${origin.valid ? 't' : 'f'}`;
    this.lines.push(line);
    this.count++;
    return this.lines.length >= CHUNK_ROWS ? this.send() : undefined;
  }

  private async send(): Promise<void> {
    if (this.lines.length === 0) return;
    if (!this.copy) {
      const names = [...this.spec.columns.map((col) => col.name), 'src_file', 'src_sheet', 'src_row', 'valid'];
      this.copy = this.client.query(copyFrom(`copy ${this.spec.table} (${names.join(', ')}) from stdin`));
      this.copy.on('error', (error: Error) => (this.failed = error));
    }
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    if (this.failed) throw this.failed;
    if (!this.copy.write(chunk)) await Promise.race([once(this.copy, 'drain'), once(this.copy, 'error')]);
    if (this.failed) throw this.failed;
  }

  /** Sends what is buffered and ends the COPY (a later table of the same kind opens another). */
  async close(): Promise<void> {
    await this.send();
    const copy = this.copy;
    this.copy = null;
    if (!copy) return;
    copy.end();
    await finished(copy).catch((error: Error) => {
      throw this.failed ?? error;
    });
    if (this.failed) throw this.failed;
  }

  /**
   * Fails an open COPY (the server answers with an error), so the connection can roll back. A COPY
   * that has failed already (its connection lost, say) is over: sending CopyFail on it would wait forever.
   */
  async abort(): Promise<void> {
    const copy = this.copy;
    this.copy = null;
    this.lines = [];
    if (!copy || this.failed) return;
    copy.destroy(new Error('导入中止'));
    await finished(copy).catch(() => undefined);
  }
}
