import type { Queryable } from './sql-filter';

export interface DataExtent {
  firstDay: string | null;
  lastDay: string | null;
}

/** The days the data spans: task starts and inspections, each end read from its index. */
export async function findDataExtent(db: Queryable): Promise<DataExtent> {
  const { rows } = await db.query<DataExtent>(
    `select least((select min(starts_on) from task), (select min(inspected_on) from inspection))::text as "firstDay",
            greatest((select max(starts_on) from task), (select max(inspected_on) from inspection))::text as "lastDay"`,
  );
  return rows[0];
}
