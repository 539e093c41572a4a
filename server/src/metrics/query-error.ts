/** A question the caller got wrong: an unknown KPI or department, a period that ends before it starts. */
export class KpiQueryError extends Error {}
