import type { Database } from '../database/database';

/** Placeholder until the demo loader lands: loads nothing. */
export async function ensureDemoData(_db: Database, _log: (line: string) => void): Promise<void> {}
