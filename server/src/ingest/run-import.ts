import type pg from 'pg';
import { cliActor, departmentScope, type Actor } from '../auth/actor';
import { writeAudit } from '../auth/audit';
import { analyzeWritten, applyStaged, classify, type KindCount } from './apply';
import { RowReader } from './cells';
import { runChecks } from './checks';
import { IssueLog, type ImportIssue, type IssueSummary } from './issues';
import { deferTalliesFor, recomputeTallies } from '../store/tallies';
import { keepOthersMemberships, runScopeChecks } from './scope-checks';
import { KINDS, kindSpec, type KindName } from './kinds';
import { readDepartment } from './rows/department.row';
import { readInspection } from './rows/inspection.row';
import { readInspector } from './rows/inspector.row';
import { readItem } from './rows/item.row';
import { readPlan } from './rows/plan.row';
import { readSubject } from './rows/subject.row';
import { readTask } from './rows/task.row';
import { profileBackend, step } from './step-timing';
import { discoverTables, recordUnreadable, type ImportFile } from './sources/discover';
import { UnreadableFileError, type SourceTable } from './sources/table';
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

export interface ImportReport extends IssueSummary {
  /** committed: written; unchanged: valid but identical to what is stored; validated: a clean dry run; rejected: errors, nothing written. */
  outcome: 'committed' | 'unchanged' | 'validated' | 'rejected';
  batchId: number | null;
  files: string[];
  counts: { kind: KindName; inserted: number; updated: number; unchanged: number }[];
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

const SPACE_ONLY = /^\s*$/;
/** A row of empty cells (written without a closure or a trimmed copy per cell: 10^6 rows pass here). */
function isBlank(cells: readonly unknown[]): boolean {
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== 'string' || !SPACE_ONLY.test(cell)) return false;
  }
  return true;
}

/** Parses every row of every table into the staging tables, collecting row-level issues. */
async function stageFiles(
  client: pg.PoolClient, files: ImportFile[], issues: IssueLog,
): Promise<{ names: string[]; unreadable: Set<string>; staged: Map<KindName, number> }> {
  const names: string[] = [];
  const staged = new Map<KindName, number>();
  const unreadable = new Set<string>();
  for await (const table of discoverTables(files, issues)) {
    if (!names.includes(table.file)) names.push(table.file);
    const tableIssues = headerIssues(table);
    for (const issue of tableIssues) issues.add(issue);
    const parser = PARSERS[table.kind];
    if (tableIssues.some((i) => i.severity === 'error')) {
      unreadable.add(parser.spec.table);
      await table.rows[Symbol.asyncIterator]().return?.();
      continue;
    }
    const writer = new StagingWriter(client, parser.spec);
    const index = new Map(table.headers.map((h, i) => [h, i] as const).reverse());
    try {
      for await (const batch of table.rows) {
        for (const row of batch) {
          if (isBlank(row.cells)) continue;
          const where = { file: table.file, sheet: table.sheet, row: row.number };
          const reader = new RowReader(where, index, row.cells);
          const record = parser.read(reader);
          for (const issue of reader.issues) issues.add(issue);
          const sent = record === null ? undefined : writer.add(record, { ...where, valid: !reader.hasErrors });
          if (sent) await sent;
        }
      }
    } catch (error) {
      // Anything but an unreadable file ends the import: the open COPY fails first, so that the connection can roll back.
      if (!(error instanceof UnreadableFileError)) {
        await writer.abort();
        throw error;
      }
      recordUnreadable(error, table.file, table.sheet, issues);
    }
    // The rows read before an unreadable part stay staged: their own issues are reported too.
    await writer.close();
    staged.set(table.kind, (staged.get(table.kind) ?? 0) + writer.count);
  }
  return { names, unreadable, staged };
}

/** The budget of one statement inside an import's transaction (the pool's default is for requests). */
export const IMPORT_STATEMENT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Memory for the import's own transaction: its sorts, hashes and transition tables (10^6 rows) stay
 * in memory rather than spilling to temporary files, and the staging indexes build in one pass.
 * Local buffers (temporary tables) can only be sized before a session first touches one, so a
 * connection that never did gets them for good; one that did keeps what it has.
 */
const IMPORT_WORK_MEM = '256MB';
const IMPORT_TEMP_BUFFERS = '512MB';

async function useImportSettings(client: pg.PoolClient): Promise<void> {
  await client.query(`set local work_mem = '${IMPORT_WORK_MEM}'; set local maintenance_work_mem = '${IMPORT_WORK_MEM}'`);
  const { rows } = await client.query<{ fresh: boolean }>(`select pg_my_temp_schema() = 0 as fresh`);
  if (rows[0].fresh) await client.query(`set temp_buffers = '${IMPORT_TEMP_BUFFERS}'`);
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
    outcome: report.outcome, batchId: report.batchId, files: report.files, errors: report.errorCount, warnings: report.warningCount,
    counts: Object.fromEntries(report.counts.map(({ kind, ...c }) => [kind, c])),
  };
}

async function importInTransaction(pool: pg.Pool, files: ImportFile[], options: ImportOptions, actor: Actor): Promise<ImportReport> {
  const client = await pool.connect();
  // A connection lost mid-import (the server killed) is also emitted as an 'error' event on the
  // checked-out client; unheard, it would end the process. The failing query rejects as well, and
  // the transaction dies with the connection: nothing of the import is written.
  let lost: Error | undefined;
  const onLost = (error: Error) => (lost = error);
  client.on('error', onLost);
  const issues = new IssueLog();
  const scope = departmentScope(actor);
  try {
    await client.query('begin');
    // A province's import runs statements of minutes; the request budget of the pool would cut it short.
    await client.query(`set local statement_timeout = ${IMPORT_STATEMENT_TIMEOUT_MS}`);
    await useImportSettings(client);
    await profileBackend(client);
    // Imports run one at a time: two at once would classify the same new record twice.
    await client.query(`select pg_advisory_xact_lock(hashtext('hub:import'))`);
    await createStagingTables(client);
    const { names, unreadable, staged } = await step('read and stage', () => stageFiles(client, files, issues));
    await step('index staging', () => indexStagingTables(client));
    await step('checks', () => runChecks(client, unreadable, issues));
    if (scope) await step('scope checks', () => runScopeChecks(client, scope, issues));
    // Issues come in file and row order, as the user will walk through them in Excel.
    const summary = issues.summary();
    if (summary.errorCount > 0) {
      await client.query('rollback');
      return { outcome: 'rejected', batchId: null, files: names, counts: [], ...summary };
    }
    if (scope) await keepOthersMemberships(client, scope);
    const counts = await step('classify', () => classify(client, staged));
    const countList = KINDS.map((k) => ({ kind: k.name, ...(counts.get(k.name) as KindCount) }));
    const changes = countList.reduce((n, c) => n + c.inserted + c.updated, 0);
    if (options.dryRun || changes === 0) {
      // A re-import of the same files records no batch: nothing was written.
      await client.query('rollback');
      return { outcome: options.dryRun ? 'validated' : 'unchanged', batchId: null, files: names, counts: countList, ...summary };
    }
    const { rows } = await client.query<{ id: number }>(
      `insert into import_batch (source, file_names, counts, warning_count, username, user_name) values ($1, $2, $3, $4, $5, $6) returning id`,
      [options.source, names, JSON.stringify(Object.fromEntries(countList.map(({ kind, ...c }) => [kind, c]))), summary.warningCount,
        actor.username, actor.name],
    );
    const subjects = counts.get('检查对象') as KindCount;
    const deferred = await deferTalliesFor(client, subjects.inserted + subjects.updated);
    await step('apply', () => applyStaged(client, rows[0].id, counts));
    if (deferred) await step('recompute tallies', () => recomputeTallies(client));
    const report: ImportReport = { outcome: 'committed', batchId: rows[0].id, files: names, counts: countList, ...summary };
    await writeAudit(client, actor, { action: 'IMPORT', target: `批次 ${rows[0].id}`, detail: auditDetail(report) });
    await step('commit', () => client.query('commit'));
    await step('analyze', () => analyzeWritten(client, counts));
    return report;
  } catch (error) {
    if (!lost) await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.off('error', onLost);
    // A broken connection is closed, not handed to the next import.
    client.release(lost);
  }
}
