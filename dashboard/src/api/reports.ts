/** Reports: list, draft, words, preview, issue, and what changed since. */
import { gql } from './client';

export interface Report {
  id: string;
  kind: 'SUMMARY' | 'CIRCULAR' | 'SELF_EVALUATION' | 'STATISTICS';
  from: string;
  to: string;
  asOf: string;
  office: string;
  number: string;
  overview: string[];
  requirements: string[];
  departmentCode: string | null;
  departmentName: string | null;
  status: 'DRAFT' | 'ISSUED';
  fileName: string | null;
  /** The name printed as issuer, and the account that was signed in when it was issued. */
  issuedBy: string | null;
  issuedByUsername: string | null;
  issuedAt: string | null;
  downloadUrl: string;
}

const FIELDS = 'id kind from to asOf office number overview requirements departmentCode departmentName status fileName issuedBy issuedByUsername issuedAt downloadUrl';

/** 张明（账号 zhangming）: the printed name, and the account behind it when that says more. */
export const issuerLabel = (r: Pick<Report, 'issuedBy' | 'issuedByUsername'>) =>
  `${r.issuedBy ?? ''}${r.issuedByUsername && r.issuedByUsername !== r.issuedBy ? `（账号 ${r.issuedByUsername}）` : ''}`;

export const fetchReports = async () => (await gql<{ reports: Report[] }>(`{ reports(first: 100) { ${FIELDS} } }`)).reports;

export const fetchReport = async (id: string) =>
  (await gql<{ report: Report | null }>(`query($id: ID!) { report(id: $id) { ${FIELDS} } }`, { id })).report;

export const createReport = async (kind: Report['kind'], from: string, to: string, departmentCode: string | null, asOf: string | null = null) =>
  (await gql<{ createReport: Report }>(
    `mutation($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {
      createReport(input: { kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf }) { ${FIELDS} } }`,
    { kind, from, to, department: departmentCode, asOf })).createReport;

/** Keeps a draft's office and words as the office's template for later drafts of that kind. */
export const saveTemplate = async (kind: 'SUMMARY' | 'CIRCULAR', template: Pick<Report, 'office' | 'overview' | 'requirements'>) =>
  (await gql<{ saveReportTemplate: { updatedAt: string } }>(
    `mutation($kind: NarrativeKind!, $template: ReportTemplateInput!) { saveReportTemplate(kind: $kind, template: $template) { updatedAt } }`,
    { kind, template })).saveReportTemplate;

export const saveText = async (id: string, text: Pick<Report, 'office' | 'number' | 'overview' | 'requirements'>) => (await gql<{ updateReportText: Report }>(
  `mutation($id: ID!, $text: ReportTextInput!) { updateReportText(id: $id, text: $text) { ${FIELDS} } }`, { id, text })).updateReportText;

export const preview = async (id: string, overview: string[]) =>
  (await gql<{ reportPreview: string[] }>(`query($id: ID!, $overview: [String!]!) { reportPreview(id: $id, overview: $overview) }`, { id, overview })).reportPreview;

/** The issuer is the signed-in account; `issuedBy` is only a display name next to it. */
export const issue = async (id: string, issuedBy: string | null) => (await gql<{ issueReport: Report }>(
  `mutation($id: ID!, $issuedBy: String) { issueReport(id: $id, issuedBy: $issuedBy) { ${FIELDS} } }`, { id, issuedBy })).issueReport;

export const changes = async (id: string) => (await gql<{ reportChanges: { name: string; issued: string; now: string }[] }>(
  `query($id: ID!) { reportChanges(id: $id) { name issued now } }`, { id })).reportChanges;
