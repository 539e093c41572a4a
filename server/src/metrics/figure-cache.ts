import type { Queryable } from '../store/repositories/sql-filter';

/**
 * Figures kept per data version (the data_version migration: every statement that writes what the
 * figures read gives the version a new value). A key holds the version it was computed under, so
 * an entry can never answer after the data changed; old versions' entries simply stop being asked
 * for and age out. Least recently used entries go first once `capacity` is reached.
 *
 * Entries are promises: requests asking the same at once (the cockpit's cards) share one
 * computation. A failed one is dropped, and a request that was waiting on another's (say, one
 * cancelled because its client went away) computes for itself.
 */
export class FigureCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(readonly capacity: number) {
    if (!(Number.isInteger(capacity) && capacity >= 0)) throw new Error(`cache capacity must be a whole number, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const held = this.entries.get(key) as Promise<T> | undefined;
    if (held) {
      this.entries.delete(key);
      this.entries.set(key, held);
      return held.catch(() => this.get(key, compute));
    }
    const value = compute();
    if (this.capacity === 0) return value;
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** The data's current version: one primary-key read. */
export async function dataVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query(`select version from data_version`);
  return rows[0].version as string;
}
