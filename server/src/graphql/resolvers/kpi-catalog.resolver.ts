import { Authorized, Query, Resolver } from 'type-graphql';
import { SIGNED_IN } from '../../domain/roles';
import { KPI_DEFINITIONS } from '../../metrics/definitions';
import { DepartmentRule, KpiUnit } from '../types/kpi.type';
import { KpiCatalogEntryType } from '../types/kpi-catalog.type';

/** What a page needs to know of every KPI before any figure: the catalogue without its SQL. */
export function kpiCatalog(): KpiCatalogEntryType[] {
  return KPI_DEFINITIONS.map((k) => ({
    key: k.key,
    name: k.name,
    unit: k.unit as KpiUnit,
    definition: k.definition,
    source: k.source,
    periodAdditive: k.periodAdditive,
    departmentRule: k.departmentRule as DepartmentRule,
    defaultTarget: k.defaultTarget?.target ?? null,
    defaultComparator: k.defaultTarget?.comparator ?? null,
    evidence: k.evidence,
  }));
}

@Resolver()
export class KpiCatalogResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [KpiCatalogEntryType], { description: '指标目录：每项指标的键、名称、单位、口径与依据，顺序同 kpis' })
  kpiCatalog(): KpiCatalogEntryType[] {
    return kpiCatalog();
  }
}
