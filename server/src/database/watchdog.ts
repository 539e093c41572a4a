import type { DatabaseAvailability } from './availability';
import type { EmbeddedDatabase } from './embedded';

export interface Watchdog {
  /** Restarts so far, for the log and tests. */
  readonly restarts: number;
  stop(): void;
}

/**
 * Keeps the hub's embedded PostgreSQL alive: when its process dies (kill -9, out of memory) it is
 * started again on the same port and data, retrying with a growing pause while it will not start
 * (a dead server's last backends may hold its shared memory for a moment).
 */
export function watchEmbedded(
  embedded: EmbeddedDatabase, availability: DatabaseAvailability, log: (line: string) => void = console.error, everyMs = 250,
): Watchdog {
  let stopped = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | null = null;

  async function revive(): Promise<void> {
    availability.markDown('内置 PostgreSQL 进程已退出');
    for (let wait = 200; !stopped; wait = Math.min(wait * 2, 10_000)) {
      try {
        await embedded.restart();
        restarts += 1;
        log(`内置 PostgreSQL 已重新启动（第 ${restarts} 次）`);
        return;
      } catch (error) {
        log(`内置 PostgreSQL 重新启动失败，${(wait / 1000).toFixed(1)} 秒后重试：${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  function tick(): void {
    if (stopped) return;
    const next = () => {
      if (!stopped) timer = setTimeout(tick, everyMs).unref();
    };
    if (embedded.alive()) return next();
    void revive().finally(next);
  }
  timer = setTimeout(tick, everyMs).unref();

  return {
    get restarts() {
      return restarts;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
