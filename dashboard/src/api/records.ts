/** Tasks and inspection results, a page at a time, and one of each in full. */
import { gql } from './client';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface TaskRow {
  code: string;
  name: string;
  initiator: { code: string; name: string };
  cooperators: { code: string; name: string }[];
  startsOn: string;
  dueOn: string;
  completedOn: string | null;
  creditTiered: boolean;
  isJoint: boolean;
  status: 'COMPLETED' | 'OPEN' | 'OVERDUE';
}

export interface TaskDetail extends TaskRow {
  plan: { code: string; name: string } | null;
  items: { code: string; name: string }[];
  classDraws: { creditClass: string; poolCount: number; drawnCount: number }[];
}

export interface InspectionRow {
  id: string;
  task: { code: string; name: string };
  subject: { code: string; name: string };
  department: { code: string; name: string };
  inspectedOn: string;
  publishedOn: string | null;
  status: 'PUBLISHED' | 'UNPUBLISHED';
  foundProblem: boolean;
  categories: string[];
}

export interface InspectionDetail extends InspectionRow {
  methods: string[];
  followUp: string | null;
  inspectors: { certificateNo: string; name: string }[];
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

const TASK_FIELDS = 'code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status';
const INSPECTION_FIELDS = 'id task { code name } subject { code name } department { code name } inspectedOn publishedOn status foundProblem categories';

export interface TaskFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: string | null;
  search?: string | null;
  /** The day the status is judged on (超期); the server's default is today. */
  asOf?: string | null;
}

export async function fetchTasks(filter: TaskFilter, first: number, after: string | null): Promise<Connection<TaskRow>> {
  const data = await gql<{ tasks: Connection<TaskRow> }>(
    `query($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $search: String, $first: Int!, $after: String, $asOf: String) {
      tasks(period: $period, departmentCode: $departmentCode, status: $status, search: $search, first: $first, after: $after, asOf: $asOf) {
        totalCount nodes { ${TASK_FIELDS.replace('status', 'status(asOf: $asOf)')} } pageInfo { hasNextPage endCursor } } }`,
    { ...filter, first, after },
  );
  return data.tasks;
}

export async function fetchTask(code: string): Promise<TaskDetail | null> {
  const data = await gql<{ task: TaskDetail | null }>(
    `query($code: String!) { task(code: $code) { ${TASK_FIELDS} plan { code name } items { code name }
      classDraws { creditClass poolCount drawnCount } } }`,
    { code },
  );
  return data.task;
}

export interface InspectionFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: string | null;
  foundProblem?: boolean | null;
  taskCode?: string | null;
  search?: string | null;
}

export async function fetchInspections(filter: InspectionFilter, first: number, after: string | null): Promise<Connection<InspectionRow>> {
  const data = await gql<{ inspections: Connection<InspectionRow> }>(
    `query($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean, $taskCode: String,
           $search: String, $first: Int!, $after: String) {
      inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,
                  search: $search, first: $first, after: $after) {
        totalCount nodes { ${INSPECTION_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    { ...filter, first, after },
  );
  return data.inspections;
}

export async function fetchInspection(id: string): Promise<InspectionDetail | null> {
  const data = await gql<{ inspection: InspectionDetail | null }>(
    `query($id: ID!) { inspection(id: $id) { ${INSPECTION_FIELDS} methods followUp inspectors { certificateNo name } } }`,
    { id },
  );
  return data.inspection;
}
