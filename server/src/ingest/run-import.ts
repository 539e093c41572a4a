import type pg from 'pg';
import { cliActor, departmentScope, type Actor } from '../auth/actor';
import { writeAudit } from '../auth/audit';
import { applyStaged, classify, type KindCount } from './apply';
import { RowReader } from './cells';
import { runChecks } from './checks';
import { keepOthersMemberships, runScopeChecks } from './scope-checks';
import type { ImportIssue } from './issues';
import { KINDS, kindSpec, type KindName } from './kinds';
import { readDepartment } from './rows/department.row';
import { readInspection } from './rows/inspection.row';
import { readInspector } from './rows/inspector.row';
import { readItem } from './rows/item.row';
import { readPlan } from './rows/plan.row';
import { readSubject } from './rows/subject.row';
import { readTask } from './rows/task.row';
import { discoverTables, type ImportFile } from './sources/discover';
import type { SourceTable } from './sources/table';
import {
  createStagingTables, indexStagingTables, STAGE_DEPARTMENT, STAGE_INSPECTION, STAGE_INSPECTOR, STAGE_ITEM, STAGE_PLAN, STAGE_SUBJECT,
  STAGE_TASK, StagingWriter, type StagingSpec,
} from './staging';

export type ImportSource = 'CLI' | 'UPLOAD' | 'DEMO';

export interface ImportOptions {
  source: ImportSource;
  /** Validate and count, then roll back: nothing is written. */
  dryRun?: boolean;
  /** Who sends the rows: recorded on the batch and in the audit; a member department's account may write only its own rows. */
  actor?: Actor;
}

export interface ImportReport {
  /** committed: written; unchanged: valid but identical to what is stored; validated: a clean dry run; rejected: errors, nothing written. */
  outcome: 'committed' | 'unchanged' | 'validated' | 'rejected';
  batchId: number | null;
  files: string[];
  counts: { kind: KindName; inserted: number; updated: number; unchanged: number }[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

interface RowParser {
  read: (r: RowReader) => unknown;
  spec: StagingSpec<unknown>;
}
const parser = <R>(read: (r: RowReader) => R | null, spec: StagingSpec<R>) => ({ read, spec }) as RowParser;
const PARSERS: Record<KindName, RowParser> = {
  部门: parser(readDepartment, STAGE_DEPARTMENT),
  抽查事项: parser(readItem, STAGE_ITEM),
  检查对象: parser(readSubject, STAGE_SUBJECT),
  执法人员: parser(readInspector, STAGE_INSPECTOR),
  抽查计划: parser(readPlan, STAGE_PLAN),
  抽查任务: parser(readTask, STAGE_TASK),
  检查结果: parser(readInspection, STAGE_INSPECTION),
};

/** Header problems of one table: missing required columns, repeated or unknown columns. */
function headerIssues(table: SourceTable): ImportIssue[] {
  const spec = kindSpec(table.kind);
  const known = new Set(spec.columns.map((c) => c.header));
  const issues: ImportIssue[] = [];
  const missing = spec.columns.filter((c) => c.required && !table.headers.includes(c.header)).map((c) => c.header);
  if (missing.length) {
    issues.push({
      severity: 'error', file: table.file, sheet: table.sheet, row: table.headerRow, column: null, value: missing.join('、'),
      message: `${table.kind}表缺少必填列：${missing.join('、')}`,
    });
  }
  const seen = new Set<string>();
  table.headers.forEach((header) => {
    if (header === '') return;
    const base = { file: table.file, sheet: table.sheet, row: table.headerRow, column: header, value: null };
    if (seen.has(header)) issues.push({ ...base, severity: 'error', message: '表头中该列出现了两次' });
    else if (!known.has(header)) issues.push({ ...base, severity: 'warning', message: '不是导入模板中的列，已忽略' });
    seen.add(header);
  });
  return issues;
}

/** Parses every row of every table into the staging tables, collecting row-level issues. */
async function stageFiles(
  client: pg.PoolClient, files: ImportFile[], issues: ImportIssue[],
): Promise<{ names: string[]; unreadable: Set<string> }> {
  const writers = new Map<KindName, StagingWriter<unknown>>();
  const names: string[] = [];
  const unreadable = new Set<string>();
  for await (const table of discoverTables(files, issues)) {
    if (!names.includes(table.file)) names.push(table.file);
    const tableIssues = headerIssues(table);
    issues.push(...tableIssues);
    const parser = PARSERS[table.kind];
    if (tableIssues.some((i) => i.severity === 'error')) {
      unreadable.add(parser.spec.table);
      continue;
    }
    let writer = writers.get(table.kind);
    if (!writer) writers.set(table.kind, (writer = new StagingWriter(client, parser.spec)));
    const index = new Map(table.headers.map((h, i) => [h, i] as const).reverse());
    for await (const row of table.rows) {
      if (row.cells.every((cell) => cell === null || String(cell).trim() === '')) continue;
      const where = { file: table.file, sheet: table.sheet, row: row.number };
      const reader = new RowReader(where, index, row.cells);
      const record = parser.read(reader);
      issues.push(...reader.issues);
      if (record !== null) await writer.add(record, { ...where, valid: !reader.hasErrors });
    }
  }
  for (const writer of writers.values()) await writer.flush();
  return { names, unreadable };
}

/**
 * One import is one transaction: stage every row, check rows and references over the whole
 * import, and write only when no error was found. Any failure rolls everything back.
 */
export async function runImport(pool: pg.Pool, files: ImportFile[], options: ImportOptions): Promise<ImportReport> {
  const actor = options.actor ?? cliActor();
  const report = await importInTransaction(pool, files, options, actor);
  // A committed import wrote its entry inside its own transaction; the others leave one after the rollback.
  if (report.outcome !== 'committed') {
    const action = report.outcome === 'rejected' ? 'IMPORT_REJECTED' : report.outcome === 'validated' ? 'IMPORT_DRY_RUN' : 'IMPORT';
    await writeAudit(pool, actor, { action, target: report.files.join('、').slice(0, 500), detail: auditDetail(report) });
  }
  return report;
}

function auditDetail(report: ImportReport) {
  return {
    outcome: report.outcome, batchId: report.batchId, files: report.files, errors: report.errors.length, warnings: report.warnings.length,
    counts: Object.fromEntries(report.counts.map(({ kind, ...c }) => [kind, c])),
  };
}

async function importInTransaction(pool: pg.Pool, files: ImportFile[], options: ImportOptions, actor: Actor): Promise<ImportReport> {
  const client = await pool.connect();
  const issues: ImportIssue[] = [];
  const scope = departmentScope(actor);
  try {
    await client.query('begin');
    // Imports run one at a time: two at once would classify the same new record twice.
    await client.query(`select pg_advisory_xact_lock(hashtext('hub:import'))`);
    await createStagingTables(client);
    const { names, unreadable } = await stageFiles(client, files, issues);
    await indexStagingTables(client);
    issues.push(...(await runChecks(client, unreadable)));
    if (scope) issues.push(...(await runScopeChecks(client, scope)));
    // Present issues in file and row order, as the user will walk through them in Excel.
    issues.sort((a, b) => a.file.localeCompare(b.file) || (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    if (errors.length > 0) {
      await client.query('rollback');
      return { outcome: 'rejected', batchId: null, files: names, counts: [], errors, warnings };
    }
    if (scope) await keepOthersMemberships(client, scope);
    const counts = await classify(client);
    const countList = KINDS.map((k) => ({ kind: k.name, ...(counts.get(k.name) as KindCount) }));
    const changes = countList.reduce((n, c) => n + c.inserted + c.updated, 0);
    if (options.dryRun || changes === 0) {
      // A re-import of the same files records no batch: nothing was written.
      await client.query('rollback');
      return { outcome: options.dryRun ? 'validated' : 'unchanged', batchId: null, files: names, counts: countList, errors, warnings };
    }
    const { rows } = await client.query<{ id: number }>(
      `insert into import_batch (source, file_names, counts, warning_count, username, user_name) values ($1, $2, $3, $4, $5, $6) returning id`,
      [options.source, names, JSON.stringify(Object.fromEntries(countList.map(({ kind, ...c }) => [kind, c]))), warnings.length,
        actor.username, actor.name],
    );
    await applyStaged(client, rows[0].id);
    const report: ImportReport = { outcome: 'committed', batchId: rows[0].id, files: names, counts: countList, errors, warnings };
    await writeAudit(client, actor, { action: 'IMPORT', target: `批次 ${rows[0].id}`, detail: auditDetail(report) });
    await client.query('commit');
    return report;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
