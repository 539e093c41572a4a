import { readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * Profiling of an import on stderr, off unless asked (an import in service says nothing):
 * IMPORT_TIMING=1 prints each step's time, IMPORT_EXPLAIN=1 also runs each write statement under
 * EXPLAIN (ANALYZE, BUFFERS), which executes it and shows where its time went (triggers and
 * foreign-key checks included).
 */
const timing = process.env.IMPORT_TIMING === '1' || process.env.IMPORT_EXPLAIN === '1';
const explain = process.env.IMPORT_EXPLAIN === '1';

let backend: number | null = null;

/** CPU seconds the import's PostgreSQL backend has used (Linux, same machine), for the profile. */
function backendCpu(): number {
  if (backend === null) return 0;
  try {
    const fields = readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Names the connection whose backend's CPU time the profile reports. */
export async function profileBackend(client: pg.ClientBase): Promise<void> {
  if (!timing) return;
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  backend = rows[0].pid;
}

const print = (label: string, started: number, cpu?: NodeJS.CpuUsage, pgCpu?: number) => {
  const used = cpu ? process.cpuUsage(cpu) : null;
  const node = used ? `（CPU：Node ${((used.user + used.system) / 1e6).toFixed(2)} s，PostgreSQL ${(backendCpu() - (pgCpu ?? 0)).toFixed(2)} s）` : '';
  process.stderr.write(`[import] ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s${node}\n`);
};

export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  if (!timing) return run();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pgCpu = backendCpu();
  try {
    return await run();
  } finally {
    print(label, started, cpu, pgCpu);
  }
}

/** A statement inside a step, timed on its own line when profiling (its result is returned). */
export function part<T>(label: string, run: () => Promise<T>): Promise<T> {
  return step(`  ${label}`, run);
}

/** A write statement whose result is not read. */
export async function write(client: pg.ClientBase, label: string, sql: string, params: unknown[] = []): Promise<void> {
  if (!timing) {
    await client.query(sql, params);
    return;
  }
  const started = performance.now();
  const pgCpu = backendCpu();
  if (explain) {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${sql}`, params);
    process.stderr.write(`[import] ${label}\n${rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}\n`);
  } else {
    await client.query(sql, params);
  }
  print(`  ${label}`, started, process.cpuUsage(), pgCpu);
}
