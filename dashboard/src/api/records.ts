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
  /** 超期 as 超期任务数 counts it on the cut-off: past due and not done, or done after its due date. */
  overdue: boolean;
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
  /** 公示期限: the 20th working day after the inspection. */
  deadline: string;
  publishedOn: string | null;
  status: 'PUBLISHED' | 'UNPUBLISHED';
  timeliness: Timeliness;
  foundProblem: boolean;
  categories: string[];
}

export interface InspectionDetail extends InspectionRow {
  methods: string[];
  followUp: string | null;
  inspectors: { certificateNo: string; name: string }[];
}

/** 公示时效 on the cut-off (the server's PublicationTimeliness). */
export type Timeliness = 'ON_TIME' | 'LATE' | 'PENDING' | 'UNPUBLISHED_LATE';
/** In the words of the evidence table and the circular's 附件2. */
export const TIMELINESS_NAMES: Record<Timeliness, string> = { ON_TIME: '按时', LATE: '逾期', PENDING: '期限内未公示', UNPUBLISHED_LATE: '逾期未公示' };

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

// Both take the cut-off from the operation's $asOf (the server's default, today, when it is null).
const TASK_FIELDS = 'code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status(asOf: $asOf) overdue(asOf: $asOf)';
const INSPECTION_FIELDS = `id task { code name } subject { code name } department { code name } inspectedOn deadline publishedOn status
  timeliness(asOf: $asOf) foundProblem categories`;

export interface TaskFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: string | null;
  /** Only tasks 超期 (true) or not (false) as 超期任务数 counts them on the cut-off. */
  overdue?: boolean | null;
  search?: string | null;
  /** The day the status is judged on (超期); the server's default is today. */
  asOf?: string | null;
}

export async function fetchTasks(filter: TaskFilter, first: number, after: string | null): Promise<Connection<TaskRow>> {
  const data = await gql<{ tasks: Connection<TaskRow> }>(
    `query($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String, $first: Int!, $after: String,
           $asOf: String) {
      tasks(period: $period, departmentCode: $departmentCode, status: $status, overdue: $overdue, search: $search, first: $first, after: $after,
            asOf: $asOf) {
        totalCount nodes { ${TASK_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    { ...filter, first, after },
  );
  return data.tasks;
}

export async function fetchTask(code: string, asOf: string | null = null): Promise<TaskDetail | null> {
  const data = await gql<{ task: TaskDetail | null }>(
    `query($code: String!, $asOf: String) { task(code: $code) { ${TASK_FIELDS} plan { code name } items { code name }
      classDraws { creditClass poolCount drawnCount } } }`,
    { code, asOf },
  );
  return data.task;
}

export interface InspectionFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: string | null;
  foundProblem?: boolean | null;
  taskCode?: string | null;
  /** One firm's results: its visit history. */
  subjectCode?: string | null;
  search?: string | null;
  /** 公示时效 on the cut-off: only results in that state. */
  timeliness?: Timeliness | null;
  asOf?: string | null;
}

export async function fetchInspections(filter: InspectionFilter, first: number, after: string | null): Promise<Connection<InspectionRow>> {
  const data = await gql<{ inspections: Connection<InspectionRow> }>(
    `query($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean, $taskCode: String,
           $subjectCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {
      inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,
                  subjectCode: $subjectCode, search: $search, first: $first, after: $after, timeliness: $timeliness, asOf: $asOf) {
        totalCount nodes { ${INSPECTION_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    { ...filter, first, after },
  );
  return data.inspections;
}

export async function fetchInspection(id: string, asOf: string | null = null): Promise<InspectionDetail | null> {
  const data = await gql<{ inspection: InspectionDetail | null }>(
    `query($id: ID!, $asOf: String) { inspection(id: $id) { ${INSPECTION_FIELDS} methods followUp inspectors { certificateNo name } } }`,
    { id, asOf },
  );
  return data.inspection;
}
