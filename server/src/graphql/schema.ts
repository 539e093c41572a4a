// type-graphql reads decorator metadata through this polyfill; load it before any decorated class.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertCatalog } from '../metrics/catalog-check';
import { assertEveryFieldGuarded, authChecker } from './auth-checker';
import { AccountResolver } from './resolvers/account.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { CalendarResolver } from './resolvers/calendar.resolver';
import { DataExtentResolver } from './resolvers/data-extent.resolver';
import { DeadlineSettingsResolver } from './resolvers/deadline-settings.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { ImportBatchResolver } from './resolvers/import-batch.resolver';
import { KpiResolver } from './resolvers/kpi.resolver';
import { KpiCatalogResolver } from './resolvers/kpi-catalog.resolver';
import { KpiSettingsResolver } from './resolvers/kpi-settings.resolver';
import { InspectionItemResolver } from './resolvers/inspection-item.resolver';
import { InspectionResolver } from './resolvers/inspection.resolver';
import { InspectorResolver } from './resolvers/inspector.resolver';
import { OversightResolver } from './resolvers/oversight.resolver';
import { PlanResolver } from './resolvers/plan.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { ResultCategoryResolver } from './resolvers/result-category.resolver';
import { SubjectResolver } from './resolvers/subject.resolver';
import { TaskResolver } from './resolvers/task.resolver';

export const RESOLVERS = [
  AuthResolver,
  AccountResolver,
  AuditResolver,
  DepartmentResolver,
  InspectionItemResolver,
  SubjectResolver,
  InspectorResolver,
  PlanResolver,
  TaskResolver,
  InspectionResolver,
  ImportBatchResolver,
  CalendarResolver,
  KpiResolver,
  KpiCatalogResolver,
  KpiSettingsResolver,
  DeadlineSettingsResolver,
  DataExtentResolver,
  ResultCategoryResolver,
  ReportResolver,
  OversightResolver,
] as const;

/**
 * The schema, with every field's door checked by `authChecker`; a root field without one fails
 * here, and so does a KPI catalogue entry naming a column its base set does not declare.
 */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  assertCatalog();
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: 'error' });
  assertEveryFieldGuarded(schema);
  return schema;
}

export const SCHEMA_FILE_HEADER = '# Generated from the code by npm run schema:write; do not edit.';

/** The text of schema.graphql: sorted, so that moving code around never changes the file. */
export async function printHubSchema(): Promise<string> {
  return `${SCHEMA_FILE_HEADER}\n\n${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
