import path from 'node:path';

export interface AppConfig {
  /** An external PostgreSQL; when absent an embedded one is started with its data under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  port: number;
  host: string;
  /** Load the demo data set when the database holds no department yet. */
  loadDemo: boolean;
  /** A session ends after this many hours without a request. */
  sessionIdleHours: number;
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

/** Reads and validates the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL 应以 postgres:// 开头，实为「${databaseUrl}」`);
  }
  return {
    databaseUrl,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || '.data'),
    port: parsePort(env.PORT, 4000),
    host: env.HOST?.trim() || '127.0.0.1',
    // With a server of their own, users decide whether demo rows may go in it.
    loadDemo: parseFlag('LOAD_DEMO', env.LOAD_DEMO, databaseUrl === null),
    sessionIdleHours: parseHours(env.SESSION_IDLE_HOURS, 8),
  };
}
