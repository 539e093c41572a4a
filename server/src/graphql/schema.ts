import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CalendarResolver } from './resolvers/calendar.resolver';
import { DataExtentResolver } from './resolvers/data-extent.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { ImportBatchResolver } from './resolvers/import-batch.resolver';
import { KpiResolver } from './resolvers/kpi.resolver';
import { KpiSettingsResolver } from './resolvers/kpi-settings.resolver';
import { InspectionItemResolver } from './resolvers/inspection-item.resolver';
import { InspectionResolver } from './resolvers/inspection.resolver';
import { InspectorResolver } from './resolvers/inspector.resolver';
import { PlanResolver } from './resolvers/plan.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { ResultCategoryResolver } from './resolvers/result-category.resolver';
import { SubjectResolver } from './resolvers/subject.resolver';
import { TaskResolver } from './resolvers/task.resolver';

export const RESOLVERS = [
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
  KpiSettingsResolver,
  DataExtentResolver,
  ResultCategoryResolver,
  ReportResolver,
] as const;

export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

export const SCHEMA_FILE_HEADER = '# Generated from the code by npm run schema:write; do not edit.';

/** The text of schema.graphql: sorted, so that moving code around never changes the file. */
export async function printHubSchema(): Promise<string> {
  return `${SCHEMA_FILE_HEADER}\n\n${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
