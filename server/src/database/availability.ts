/** The Chinese answer for requests that arrive while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时不可用（正在恢复连接），请稍后重试；未完成的操作没有写入任何数据';
export const DATABASE_UNAVAILABLE_CODE = 'DATABASE_UNAVAILABLE';

const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
// SQLSTATE: 08xxx connection exceptions, 57P01–57P03 the server shutting down, crashed or starting up.
const SQL_STATES = /^(08...|57P0[123])$/;
// The last one is MikroORM's (knex) pool giving up on connecting after its acquire timeout.
const MESSAGES = /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|terminating connection|Timeout acquiring a connection/i;

/** Whether an error (of pg, of MikroORM's driver, or one wrapping such an error) means "the database is not there". */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NODE_CODES.has(e.code) || SQL_STATES.test(e.code))) return true;
  if (typeof e.sqlState === 'string' && SQL_STATES.test(e.sqlState)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  // An AggregateError (a connection refused on both 127.0.0.1 and ::1) and wrapped causes.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.originalError, depth + 1);
}

/**
 * Whether the hub can reach its database right now. Marked down when a connection is lost (or by
 * the embedded server's watchdog), it then probes until an answer comes back: requests in between
 * get a 503 at once instead of waiting on connection attempts.
 */
export class DatabaseAvailability {
  private down = false;
  private probing: Promise<void> | null = null;
  private closed = false;
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(private readonly probe: () => Promise<unknown>, private readonly log: (line: string) => void = console.error) {}

  get up(): boolean {
    return !this.down;
  }

  /** Records an error; true when it was the database going away (the caller then answers 503). */
  report(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    this.markDown(error instanceof Error ? error.message : String(error));
    return true;
  }

  markDown(reason: string): void {
    if (this.closed) return;
    if (!this.down) {
      this.down = true;
      this.log(`数据库连接中断（${reason}），正在恢复；期间的请求回答 503`);
      for (const listener of this.listeners) listener(false);
    }
    this.probing ??= this.probeUntilUp().finally(() => (this.probing = null));
  }

  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the database answers (at once when it is up). */
  async whenUp(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.down) {
      if (Date.now() > deadline) throw new Error('数据库在限定时间内没有恢复');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.closed = true;
  }

  private async probeUntilUp(): Promise<void> {
    const started = Date.now();
    for (let wait = 100; !this.closed; wait = Math.min(wait * 2, 2_000)) {
      try {
        await this.probe();
        this.down = false;
        this.log(`数据库已恢复连接（中断 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
        for (const listener of this.listeners) listener(true);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
