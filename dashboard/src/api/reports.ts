/** Reports: list, draft, words, preview, issue, and what changed since. */
import { send } from './client';
import { graphql } from './generated';
import type { NarrativeKind, ReportFieldsFragment, ReportKind } from './generated/graphql';

export type Report = ReportFieldsFragment;

graphql(`fragment ReportFields on Report {
  id kind from to asOf office number overview requirements departmentCode departmentName status fileName issuedBy issuedByUsername issuedAt
  downloadUrl }`);

/** 张明（账号 zhangming）: the printed name, and the account behind it when that says more. */
export const issuerLabel = (r: Pick<Report, 'issuedBy' | 'issuedByUsername'>) =>
  `${r.issuedBy ?? ''}${r.issuedByUsername && r.issuedByUsername !== r.issuedBy ? `（账号 ${r.issuedByUsername}）` : ''}`;

const REPORTS = graphql(`query Reports { reports(first: 100) { ...ReportFields } }`);
const REPORT = graphql(`query Report($id: ID!) { report(id: $id) { ...ReportFields } }`);
const CREATE = graphql(`mutation CreateReport($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {
  createReport(input: { kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf }) { ...ReportFields } }`);
const SAVE_TEMPLATE = graphql(`mutation SaveReportTemplate($kind: NarrativeKind!, $template: ReportTemplateInput!) {
  saveReportTemplate(kind: $kind, template: $template) { updatedAt } }`);
const SAVE_TEXT = graphql(`mutation UpdateReportText($id: ID!, $text: ReportTextInput!) { updateReportText(id: $id, text: $text) { ...ReportFields } }`);
const PREVIEW = graphql(`query ReportPreview($id: ID!, $overview: [String!]!) { reportPreview(id: $id, overview: $overview) }`);
const ISSUE = graphql(`mutation IssueReport($id: ID!, $issuedBy: String) { issueReport(id: $id, issuedBy: $issuedBy) { ...ReportFields } }`);
const CHANGES = graphql(`query ReportChanges($id: ID!) { reportChanges(id: $id) { name issued now } }`);

export const fetchReports = async () => (await send(REPORTS)).reports;

export const fetchReport = async (id: string) => (await send(REPORT, { id })).report;

export const createReport = async (kind: ReportKind, from: string, to: string, departmentCode: string | null, asOf: string | null = null) =>
  (await send(CREATE, { kind, from, to, department: departmentCode, asOf })).createReport;

/** Keeps a draft's office and words as the office's template for later drafts of that kind. */
export const saveTemplate = async (kind: NarrativeKind, template: Pick<Report, 'office' | 'overview' | 'requirements'>) =>
  (await send(SAVE_TEMPLATE, { kind, template })).saveReportTemplate;

export const saveText = async (id: string, text: Pick<Report, 'office' | 'number' | 'overview' | 'requirements'>) =>
  (await send(SAVE_TEXT, { id, text })).updateReportText;

export const preview = async (id: string, overview: string[]) => (await send(PREVIEW, { id, overview })).reportPreview;

/** The issuer is the signed-in account; `issuedBy` is only a display name next to it. */
export const issue = async (id: string, issuedBy: string | null) => (await send(ISSUE, { id, issuedBy })).issueReport;

export const changes = async (id: string) => (await send(CHANGES, { id })).reportChanges;
