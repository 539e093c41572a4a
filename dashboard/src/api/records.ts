/** Tasks and inspection results, a page at a time, and one of each in full. */
import { send } from './client';
import { graphql } from './generated';
import type {
  InspectionQuery, InspectionRowFieldsFragment, PublicationStatus, PublicationTimeliness, TaskQuery, TaskRowFieldsFragment, TaskStatus,
} from './generated/graphql';

/** What every connection answers with, whatever its nodes: the list pages share their paging on it. */
export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type TaskRow = TaskRowFieldsFragment;
export type TaskDetail = NonNullable<TaskQuery['task']>;
export type InspectionRow = InspectionRowFieldsFragment;
export type InspectionDetail = NonNullable<InspectionQuery['inspection']>;

/** 公示时效 on the cut-off (the server's PublicationTimeliness). */
export type Timeliness = PublicationTimeliness;
/** In the words of the evidence table and the circular's 附件2. */
export const TIMELINESS_NAMES: Record<Timeliness, string> = { ON_TIME: '按时', LATE: '逾期', PENDING: '期限内未公示', UNPUBLISHED_LATE: '逾期未公示' };

// Both take the cut-off from the operation's $asOf (the server's default, today, when it is null).
graphql(`fragment TaskRowFields on Task {
  code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status(asOf: $asOf) overdue(asOf: $asOf) }`);
graphql(`fragment InspectionRowFields on Inspection {
  id task { code name } subject { code name } department { code name } inspectedOn deadline publishedOn status
  timeliness(asOf: $asOf) foundProblem categories }`);

export interface TaskFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: TaskStatus | null;
  /** Only tasks 超期 (true) or not (false) as 超期任务数 counts them on the cut-off. */
  overdue?: boolean | null;
  search?: string | null;
  /** The day the status is judged on (超期); the server's default is today. */
  asOf?: string | null;
}

const TASKS = graphql(`query Tasks($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String,
  $first: Int!, $after: String, $asOf: String) {
  tasks(period: $period, departmentCode: $departmentCode, status: $status, overdue: $overdue, search: $search, first: $first, after: $after,
    asOf: $asOf) { totalCount nodes { ...TaskRowFields } pageInfo { hasNextPage endCursor } } }`);

export async function fetchTasks(filter: TaskFilter, first: number, after: string | null): Promise<Connection<TaskRow>> {
  return (await send(TASKS, { ...filter, first, after })).tasks;
}

const TASK = graphql(`query Task($code: String!, $asOf: String) { task(code: $code) {
  ...TaskRowFields plan { code name } items { code name } classDraws { creditClass poolCount drawnCount } } }`);

export async function fetchTask(code: string, asOf: string | null = null): Promise<TaskDetail | null> {
  return (await send(TASK, { code, asOf })).task;
}

export interface InspectionFilter {
  period?: { from: string; to: string } | null;
  departmentCode?: string | null;
  status?: PublicationStatus | null;
  foundProblem?: boolean | null;
  taskCode?: string | null;
  search?: string | null;
  /** 公示时效 on the cut-off: only results in that state. */
  timeliness?: Timeliness | null;
  asOf?: string | null;
}

const INSPECTIONS = graphql(`query Inspections($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean,
  $taskCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {
  inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,
    search: $search, first: $first, after: $after, timeliness: $timeliness, asOf: $asOf) {
    totalCount nodes { ...InspectionRowFields } pageInfo { hasNextPage endCursor } } }`);

export async function fetchInspections(filter: InspectionFilter, first: number, after: string | null): Promise<Connection<InspectionRow>> {
  return (await send(INSPECTIONS, { ...filter, first, after })).inspections;
}

const INSPECTION = graphql(`query Inspection($id: ID!, $asOf: String) { inspection(id: $id) {
  ...InspectionRowFields methods followUp inspectors { certificateNo name } } }`);

export async function fetchInspection(id: string, asOf: string | null = null): Promise<InspectionDetail | null> {
  return (await send(INSPECTION, { id, asOf })).inspection;
}
