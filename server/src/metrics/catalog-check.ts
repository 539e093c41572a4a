import { KPI } from '../domain/kpi-keys';
import { BASE_SETS, readsCostly } from './base-sets';
import { conditionColumns } from './conditions';
import { KPI_DEFINITIONS, type KpiDefinition, type KpiPart } from './definitions';

/**
 * The catalogue against the base sets' declarations, run when the server starts: a KPI naming a
 * column its base does not offer (or its tally cannot count) fails at boot, not at the first query.
 * Returns the problems; `assertCatalog` throws them.
 */
export function catalogProblems(catalog: readonly KpiDefinition[] = KPI_DEFINITIONS): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const constants = new Set<string>(Object.values(KPI));
  for (const kpi of catalog) {
    if (keys.has(kpi.key)) problems.push(`${kpi.key}: key used twice`);
    keys.add(kpi.key);
    if (!constants.has(kpi.key)) problems.push(`${kpi.key}: no constant in domain/kpi-keys.ts`);
    if ((kpi.unit === 'COUNT') !== (kpi.denominator === null)) problems.push(`${kpi.key}: a COUNT has no denominator, a RATIO has one`);
    const parts: [string, KpiPart | null][] = [['numerator', kpi.numerator], ['denominator', kpi.denominator]];
    for (const [role, part] of parts) {
      if (!part) continue;
      const base = BASE_SETS[part.base];
      if (!base) {
        problems.push(`${kpi.key} ${role}: unknown base set ${part.base}`);
        continue;
      }
      const columns = conditionColumns(part.where);
      const costly = readsCostly(part.base, columns);
      for (const column of columns) {
        if (!base.flags.includes(column)) problems.push(`${kpi.key} ${role}: ${part.base} has no flag column ${column}`);
        else if (costly && !base.costly!.tally.flags.includes(column)) problems.push(`${kpi.key} ${role}: the ${part.base} tally of its costly flags cannot count ${column}`);
        else if (!costly && base.tally && !base.tally.flags.includes(column)) problems.push(`${kpi.key} ${role}: the ${part.base} tally cannot count ${column}`);
      }
      if (costly && part.sum !== undefined) problems.push(`${kpi.key} ${role}: a sum over the ${part.base} tally of its costly flags is not defined`);
      if (part.sum !== undefined) {
        if (!base.numbers.includes(part.sum)) problems.push(`${kpi.key} ${role}: ${part.base} has no number column ${part.sum}`);
        if (base.tally) problems.push(`${kpi.key} ${role}: a sum over the ${part.base} tally is not defined`);
      }
    }
  }
  for (const key of constants) if (!keys.has(key)) problems.push(`${key}: a constant in domain/kpi-keys.ts without a catalogue entry`);
  return problems;
}

export function assertCatalog(catalog: readonly KpiDefinition[] = KPI_DEFINITIONS): void {
  const problems = catalogProblems(catalog);
  if (problems.length) throw new Error(`the KPI catalogue does not match the base sets:\n${problems.join('\n')}`);
}
