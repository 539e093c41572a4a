/** 预警, 报送情况 and the 督办通知单 downloads: the office's oversight of the departments. */
import { send } from './client';
import { graphql } from './generated';
import type { EarlyWarningsQuery, SubmissionStatusQuery, WarningKind as WarningKindType, WarningSettingFieldsFragment, WarningSettingInput } from './generated/graphql';

export type WarningKind = WarningKindType;
export type EarlyWarnings = EarlyWarningsQuery['earlyWarnings'];
export type WarningItem = EarlyWarnings['items'][number];
export type DepartmentWarnings = EarlyWarnings['departments'][number];
export type SubmissionStatus = SubmissionStatusQuery['submissionStatus'][number];
export type WarningSetting = WarningSettingFieldsFragment;

graphql(`fragment WarningSettingFields on WarningSetting { year jurisdiction leadWorkingDays }`);

const EARLY_WARNINGS = graphql(`query EarlyWarnings($asOf: String, $departmentCode: String, $first: Int!) {
  earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {
    asOf leadWorkingDays windowEnd departmentCode publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total
    departments { departmentCode departmentName publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total }
    items { kind departmentCode departmentName taskCode taskName inspectionId subjectCode subjectName inspectedOn dueOn participants } } }`);

/** Without a department: all (a department's account gets its own). `first` 0 asks for the counts only. */
export async function fetchEarlyWarnings(asOf: string | null, departmentCode: string | null, first: number): Promise<EarlyWarnings> {
  return (await send(EARLY_WARNINGS, { asOf, departmentCode, first })).earlyWarnings;
}

const SUBMISSION_STATUS = graphql(`query SubmissionStatus($period: PeriodInput!) {
  submissionStatus(period: $period) { departmentCode departmentName lastImportAt resultCount monthsWithoutResults } }`);

export async function fetchSubmissionStatus(period: { from: string; to: string }): Promise<SubmissionStatus[]> {
  return (await send(SUBMISSION_STATUS, { period })).submissionStatus;
}

const WARNING_SETTINGS = graphql(`query WarningSettings { warningSettings { ...WarningSettingFields } }`);

export async function fetchWarningSettings(): Promise<WarningSetting[]> {
  return (await send(WARNING_SETTINGS)).warningSettings;
}

const SET_WARNING_SETTING = graphql(`mutation SetWarningSetting($input: WarningSettingInput!) {
  setWarningSetting(input: $input) { ...WarningSettingFields } }`);

export async function saveWarningSetting(input: WarningSettingInput): Promise<WarningSetting> {
  return (await send(SET_WARNING_SETTING, { input })).setWarningSetting;
}

/** The department's 督办通知单 as of a day: /api/departments/:code/chase-notice. */
export function chaseNoticeUrl(departmentCode: string, format: 'docx' | 'xlsx', asOf: string | null): string {
  const q = new URLSearchParams({ format, ...(asOf ? { asOf } : {}) });
  return `/api/departments/${encodeURIComponent(departmentCode)}/chase-notice?${q}`;
}
