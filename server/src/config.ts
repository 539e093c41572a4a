import path from 'node:path';

export interface AppConfig {
  /** An external PostgreSQL; when absent an embedded one is started with its data under dataDir. */
  databaseUrl: string | null;
  /** The tables' owner on that server, for migrations; the hub itself then runs as DATABASE_URL's role. */
  databaseOwnerUrl: string | null;
  dataDir: string;
  port: number;
  host: string;
  /** Load the demo data set when the database holds no department yet. */
  loadDemo: boolean;
  /** The address users reach the hub at; links written into documents start with it, never with a request's Host. */
  publicUrl: string;
  /** The longest a single SQL statement of a request may run; imports set their own, longer budget. */
  statementTimeoutMs: number;
  /** Nightly backups go here (BACKUP_DIR); null: no scheduled backups. */
  backupDir: string | null;
  /** Local time of the nightly backup (BACKUP_TIME, HH:MM). */
  backupTime: { hour: number; minute: number };
  /** How many scheduled backups to keep (BACKUP_KEEP); older ones are deleted. */
  backupKeep: number;
  /** A session ends after this many hours without a request. */
  sessionIdleHours: number;
  /** How many KPI answers the hub keeps per process (KPI_CACHE_ENTRIES; 0: none), keyed by data version. */
  kpiCacheEntries: number;
  /** PostgreSQL work_mem of the hub's connections, in MB (QUERY_WORK_MEM_MB). */
  queryWorkMemMb: number;
}

/**
 * PostgreSQL's default of 4 MB makes a province's year of tasks and draws spill its hashes and
 * sorts to disk (docs/benchmarks/kpis.md); each of the pool's 8 connections may use a few times
 * this at once, well within a machine of a few GB.
 */
export const DEFAULT_QUERY_WORK_MEM_MB = 32;

function parseWorkMem(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_QUERY_WORK_MEM_MB;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 1 || mb > 1024) {
    throw new ConfigError(`QUERY_WORK_MEM_MB 应为 1–1024 的整数（每个数据库连接做排序、哈希可用的内存，MB），实为「${raw}」`);
  }
  return mb;
}

export const DEFAULT_KPI_CACHE_ENTRIES = 500;

function parseCacheEntries(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_KPI_CACHE_ENTRIES;
  const entries = Number(raw);
  if (!Number.isInteger(entries) || entries < 0 || entries > 100_000) {
    throw new ConfigError(`KPI_CACHE_ENTRIES 应为 0–100000 的整数（缓存的指标答复条数，0 为不缓存），实为「${raw}」`);
  }
  return entries;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT 应为 0–65535 的整数，实为「${raw}」`);
  return port;
}

function parseHours(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const hours = Number(raw);
  if (!(hours > 0 && hours <= 24 * 30)) throw new ConfigError(`SESSION_IDLE_HOURS 应为 0–720 之间的小时数，实为「${raw}」`);
  return hours;
}

function parseFlag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} 应为 1 或 0，实为「${raw}」`);
}

function parsePublicUrl(raw: string | undefined, fallback: string): string {
  const value = raw?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_URL 应为完整网址，如 https://hub.example.gov.cn，实为「${value}」`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`PUBLIC_URL 应为 http:// 或 https:// 开头、不带查询参数的网址，实为「${value}」`);
  }
  return url.toString().replace(/\/$/, '');
}

function parseTimeout(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000) throw new ConfigError(`STATEMENT_TIMEOUT_MS 应为 100–3600000 的整数（毫秒），实为「${raw}」`);
  return ms;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

function parseTime(raw: string | undefined): { hour: number; minute: number } {
  const value = raw?.trim() || '02:30';
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  const [hour, minute] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new ConfigError(`BACKUP_TIME 应为 24 小时制的「时:分」，如 02:30，实为「${raw}」`);
  }
  return { hour, minute };
}

function parseKeep(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 14;
  const keep = Number(raw);
  if (!Number.isInteger(keep) || keep < 1 || keep > 10000) throw new ConfigError(`BACKUP_KEEP 应为不小于 1 的整数（保留的备份份数），实为「${raw}」`);
  return keep;
}

/** Reads and validates the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const databaseOwnerUrl = env.DATABASE_OWNER_URL?.trim() || null;
  for (const [name, url] of [['DATABASE_URL', databaseUrl], ['DATABASE_OWNER_URL', databaseOwnerUrl]] as const) {
    if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} 应以 postgres:// 开头，实为「${url}」`);
  }
  if (databaseOwnerUrl && !databaseUrl) throw new ConfigError('设置了 DATABASE_OWNER_URL 却没有 DATABASE_URL：前者只用于外部 PostgreSQL');
  const port = parsePort(env.PORT, 4000);
  return {
    databaseUrl,
    databaseOwnerUrl,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || '.data'),
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    publicUrl: parsePublicUrl(env.PUBLIC_URL, `http://127.0.0.1:${port}`),
    statementTimeoutMs: parseTimeout(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS),
    // With a server of their own, users decide whether demo rows may go in it.
    loadDemo: parseFlag('LOAD_DEMO', env.LOAD_DEMO, databaseUrl === null),
    backupDir: env.BACKUP_DIR?.trim() ? path.resolve(cwd, env.BACKUP_DIR.trim()) : null,
    backupTime: parseTime(env.BACKUP_TIME),
    backupKeep: parseKeep(env.BACKUP_KEEP),
    sessionIdleHours: parseHours(env.SESSION_IDLE_HOURS, 8),
    kpiCacheEntries: parseCacheEntries(env.KPI_CACHE_ENTRIES),
    queryWorkMemMb: parseWorkMem(env.QUERY_WORK_MEM_MB),
  };
}
