import type pg from 'pg';

/**
 * How a writer keeps the registry tallies and `task.is_joint` (migrations kpi_facts,
 * region_registry_tally, tallies_by_statement). The statement triggers update them by the
 * difference a statement made, at about 100 µs per 入库 row; a recompute from the rows costs
 * about 5 µs per stored 入库 row. A writer that changes more than a twentieth of the registry
 * defers the triggers and recomputes once, in its own transaction, before it commits.
 */
const TRIGGER_TO_RECOMPUTE_COST = 20;

/**
 * Defers the tally triggers for this transaction when recomputing is cheaper than letting them
 * run over `subjects` written subjects. The database refuses to commit a deferred transaction
 * that has not called `recomputeTallies`.
 */
export async function deferTalliesFor(client: pg.ClientBase, subjects: number): Promise<boolean> {
  // The planner's estimate is enough here, and free: every import ends with ANALYZE.
  const { rows } = await client.query<{ stored: number }>(
    `select greatest(reltuples, 0)::float8 as stored from pg_class where oid = 'public.subject'::regclass`);
  if (subjects * TRIGGER_TO_RECOMPUTE_COST < rows[0].stored) return false;
  await client.query('select defer_registry_tallies()');
  return true;
}

/** Recomputes every tally from the rows and lifts the deferral (the last write of a deferred transaction). */
export async function recomputeTallies(client: pg.ClientBase): Promise<void> {
  await client.query('select recompute_registry_tallies()');
}
