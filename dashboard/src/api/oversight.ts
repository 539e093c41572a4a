/** 预警, 报送情况 and the 督办通知单 downloads: the office's oversight of the departments. */
import { gql } from './client';

export type WarningKind = 'PUBLICATION_OVERDUE' | 'TASK_OVERDUE' | 'PUBLICATION_DUE_SOON' | 'TASK_DUE_SOON';

export interface WarningCounts {
  publicationsDueSoon: number;
  publicationsOverdue: number;
  tasksDueSoon: number;
  tasksOverdue: number;
  total: number;
}

export interface DepartmentWarnings extends WarningCounts {
  departmentCode: string;
  departmentName: string;
}

export interface WarningItem {
  kind: WarningKind;
  departmentCode: string;
  departmentName: string;
  taskCode: string;
  taskName: string;
  inspectionId: string | null;
  subjectCode: string | null;
  subjectName: string | null;
  inspectedOn: string | null;
  dueOn: string;
  participants: string[];
}

export interface EarlyWarnings extends WarningCounts {
  asOf: string;
  leadWorkingDays: number;
  windowEnd: string;
  departmentCode: string | null;
  departments: DepartmentWarnings[];
  items: WarningItem[];
}

export interface SubmissionStatus {
  departmentCode: string;
  departmentName: string;
  lastImportAt: string | null;
  resultCount: number;
  monthsWithoutResults: string[];
}

export interface WarningSetting {
  year: number;
  jurisdiction: string;
  leadWorkingDays: number;
}

const COUNTS = 'publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total';

/** Without a department: all (a department's account gets its own). `first` 0 asks for the counts only. */
export async function fetchEarlyWarnings(asOf: string | null, departmentCode: string | null, first: number): Promise<EarlyWarnings> {
  const data = await gql<{ earlyWarnings: EarlyWarnings }>(
    `query($asOf: String, $departmentCode: String, $first: Int!) {
      earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {
        asOf leadWorkingDays windowEnd departmentCode ${COUNTS}
        departments { departmentCode departmentName ${COUNTS} }
        items { kind departmentCode departmentName taskCode taskName inspectionId subjectCode subjectName inspectedOn dueOn participants } } }`,
    { asOf, departmentCode, first },
  );
  return data.earlyWarnings;
}

export async function fetchSubmissionStatus(period: { from: string; to: string }): Promise<SubmissionStatus[]> {
  const data = await gql<{ submissionStatus: SubmissionStatus[] }>(
    `query($period: PeriodInput!) { submissionStatus(period: $period) { departmentCode departmentName lastImportAt resultCount monthsWithoutResults } }`,
    { period },
  );
  return data.submissionStatus;
}

export async function fetchWarningSettings(): Promise<WarningSetting[]> {
  return (await gql<{ warningSettings: WarningSetting[] }>('{ warningSettings { year jurisdiction leadWorkingDays } }')).warningSettings;
}

export async function saveWarningSetting(input: WarningSetting): Promise<WarningSetting> {
  const data = await gql<{ setWarningSetting: WarningSetting }>(
    `mutation($input: WarningSettingInput!) { setWarningSetting(input: $input) { year jurisdiction leadWorkingDays } }`,
    { input },
  );
  return data.setWarningSetting;
}

/** The department's 督办通知单 as of a day: /api/departments/:code/chase-notice. */
export function chaseNoticeUrl(departmentCode: string, format: 'docx' | 'xlsx', asOf: string | null): string {
  const q = new URLSearchParams({ format, ...(asOf ? { asOf } : {}) });
  return `/api/departments/${encodeURIComponent(departmentCode)}/chase-notice?${q}`;
}
