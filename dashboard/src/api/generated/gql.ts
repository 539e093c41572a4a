/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AccountFields on UserAccount {\n  username name role roleName departmentCode departmentName expiresOn disabled lockedUntil lastLoginAt createdAt }": typeof types.AccountFieldsFragmentDoc,
    "query Accounts { users { ...AccountFields } }": typeof types.AccountsDocument,
    "mutation CreateAccount($input: UserAccountInput!) { createUser(input: $input) { ...AccountFields } }": typeof types.CreateAccountDocument,
    "mutation ResetPassword($username: String!, $password: String!) {\n  resetPassword(username: $username, password: $password) { ...AccountFields } }": typeof types.ResetPasswordDocument,
    "mutation SetAccountDisabled($username: String!, $disabled: Boolean!) {\n  setUserDisabled(username: $username, disabled: $disabled) { ...AccountFields } }": typeof types.SetAccountDisabledDocument,
    "mutation SetAccountExpiry($username: String!, $expiresOn: String) {\n  setUserExpiry(username: $username, expiresOn: $expiresOn) { ...AccountFields } }": typeof types.SetAccountExpiryDocument,
    "fragment AuditEntryFields on AuditEntry {\n  id at username role roleName departmentCode source clientAddress action actionName target detail }": typeof types.AuditEntryFieldsFragmentDoc,
    "query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { totalCount nodes { ...AuditEntryFields } pageInfo { hasNextPage endCursor } } }": typeof types.AuditLogDocument,
    "fragment UserFields on User { username name role roleName departmentCode departmentName }": typeof types.UserFieldsFragmentDoc,
    "query Me { me { ...UserFields } }": typeof types.MeDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { expiresAt user { ...UserFields } } }": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "fragment WarningSettingFields on WarningSetting { year jurisdiction leadWorkingDays }": typeof types.WarningSettingFieldsFragmentDoc,
    "query EarlyWarnings($asOf: String, $departmentCode: String, $first: Int!) {\n  earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {\n    asOf leadWorkingDays windowEnd departmentCode publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total\n    departments { departmentCode departmentName publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total }\n    items { kind departmentCode departmentName taskCode taskName inspectionId subjectCode subjectName inspectedOn dueOn participants } } }": typeof types.EarlyWarningsDocument,
    "query SubmissionStatus($period: PeriodInput!) {\n  submissionStatus(period: $period) { departmentCode departmentName lastImportAt resultCount monthsWithoutResults } }": typeof types.SubmissionStatusDocument,
    "query WarningSettings { warningSettings { ...WarningSettingFields } }": typeof types.WarningSettingsDocument,
    "mutation SetWarningSetting($input: WarningSettingInput!) {\n  setWarningSetting(input: $input) { ...WarningSettingFields } }": typeof types.SetWarningSettingDocument,
    "fragment KpiFields on Kpi { key name unit value numerator denominator target comparator met definition source }": typeof types.KpiFieldsFragmentDoc,
    "fragment SeriesPointFields on KpiSeriesPoint { label from to value numerator denominator met }": typeof types.SeriesPointFieldsFragmentDoc,
    "fragment KpiCatalogEntryFields on KpiCatalogEntry { key name unit definition source periodAdditive departmentRule }": typeof types.KpiCatalogEntryFieldsFragmentDoc,
    "query Kpis($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String, $keys: [String!]) {\n  kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode, keys: $keys) { ...KpiFields } }": typeof types.KpisDocument,
    "query KpiCatalog { kpiCatalog { ...KpiCatalogEntryFields } }": typeof types.KpiCatalogDocument,
    "query Series($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeries(key: $key, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { ...SeriesPointFields } }": typeof types.SeriesDocument,
    "query SeriesSet($keys: [String!]!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeriesSet(keys: $keys, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { key points { ...SeriesPointFields } } }": typeof types.SeriesSetDocument,
    "query League($period: KpiPeriodInput!, $keys: [String!]) {\n  departmentKpis(period: $period, keys: $keys) { code name rank score missedTargets kpis { ...KpiFields } } }": typeof types.LeagueDocument,
    "query PublicationDeadline($day: String!) { publicationDeadline(inspectedOn: $day) }": typeof types.PublicationDeadlineDocument,
    "query DepartmentTotals($period: KpiPeriodInput!) { departmentKpiTotals(period: $period) {\n  nonMember { ...KpiFields } nonMemberDepartments { code name } total { ...KpiFields } reconciliation { key note } } }": typeof types.DepartmentTotalsDocument,
    "query DataExtent { dataExtent { firstDay lastDay } }": typeof types.DataExtentDocument,
    "query MemberDepartments { departments(first: 500, isMember: true) { nodes { code name } } }": typeof types.MemberDepartmentsDocument,
    "query Evidence($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String,\n  $departmentCode: String, $regionCode: String, $descending: Boolean!, $sortBy: String) {\n  kpiEvidence(key: $key, period: $period, part: $part, first: $first, after: $after, departmentCode: $departmentCode, regionCode: $regionCode,\n    descending: $descending, sortBy: $sortBy) {\n    kind totalCount columns { name type } nodes { key cells link } pageInfo { hasNextPage endCursor } } }": typeof types.EvidenceDocument,
    "query ResultCategories($period: PeriodInput!, $departmentCode: String, $regionCode: String) {\n  resultCategories(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { name count } }": typeof types.ResultCategoriesDocument,
    "fragment TaskRowFields on Task {\n  code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status(asOf: $asOf) overdue(asOf: $asOf) }": typeof types.TaskRowFieldsFragmentDoc,
    "fragment InspectionRowFields on Inspection {\n  id task { code name } subject { code name } department { code name } inspectedOn deadline publishedOn status\n  timeliness(asOf: $asOf) foundProblem categories }": typeof types.InspectionRowFieldsFragmentDoc,
    "query Tasks($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String,\n  $first: Int!, $after: String, $asOf: String) {\n  tasks(period: $period, departmentCode: $departmentCode, status: $status, overdue: $overdue, search: $search, first: $first, after: $after,\n    asOf: $asOf) { totalCount nodes { ...TaskRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.TasksDocument,
    "query Task($code: String!, $asOf: String) { task(code: $code) {\n  ...TaskRowFields plan { code name } items { code name } classDraws { creditClass poolCount drawnCount } } }": typeof types.TaskDocument,
    "query Inspections($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean,\n  $taskCode: String, $subjectCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {\n  inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,\n    subjectCode: $subjectCode, search: $search, first: $first, after: $after, timeliness: $timeliness, asOf: $asOf) {\n    totalCount nodes { ...InspectionRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.InspectionsDocument,
    "query Inspection($id: ID!, $asOf: String) { inspection(id: $id) {\n  ...InspectionRowFields methods followUp inspectors { certificateNo name } } }": typeof types.InspectionDocument,
    "fragment ReportFields on Report {\n  id kind from to asOf office number overview requirements departmentCode departmentName status fileName issuedBy issuedByUsername issuedAt\n  downloadUrl }": typeof types.ReportFieldsFragmentDoc,
    "query Reports { reports(first: 100) { ...ReportFields } }": typeof types.ReportsDocument,
    "query Report($id: ID!) { report(id: $id) { ...ReportFields } }": typeof types.ReportDocument,
    "mutation CreateReport($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {\n  createReport(input: { kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf }) { ...ReportFields } }": typeof types.CreateReportDocument,
    "mutation SaveReportTemplate($kind: NarrativeKind!, $template: ReportTemplateInput!) {\n  saveReportTemplate(kind: $kind, template: $template) { updatedAt } }": typeof types.SaveReportTemplateDocument,
    "mutation UpdateReportText($id: ID!, $text: ReportTextInput!) { updateReportText(id: $id, text: $text) { ...ReportFields } }": typeof types.UpdateReportTextDocument,
    "query ReportPreview($id: ID!, $overview: [String!]!) { reportPreview(id: $id, overview: $overview) }": typeof types.ReportPreviewDocument,
    "mutation IssueReport($id: ID!, $issuedBy: String) { issueReport(id: $id, issuedBy: $issuedBy) { ...ReportFields } }": typeof types.IssueReportDocument,
    "query ReportChanges($id: ID!) { reportChanges(id: $id) { name issued now } }": typeof types.ReportChangesDocument,
    "query Batches {\n  importBatches(first: 20) { nodes { id createdAt source username userName fileNames counts { kind inserted updated unchanged } } } }": typeof types.BatchesDocument,
    "query JointOpportunities($period: PeriodInput!, $first: Int) {\n  jointOpportunities(period: $period, first: $first) { departmentA { code name } departmentB { code name } subjects } }": typeof types.JointOpportunitiesDocument,
    "query PairSubjects($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {\n  jointOpportunitySubjects(period: $period, departmentA: $a, departmentB: $b, first: $first) {\n    subject { code name } visits { department { code name } inspectedOn task { code name } } } }": typeof types.PairSubjectsDocument,
    "query MostVisited($period: PeriodInput!, $first: Int) {\n  mostVisitedSubjects(period: $period, first: $first) { subject { code name } visits departments results lastVisitOn } }": typeof types.MostVisitedDocument,
};
const documents: Documents = {
    "fragment AccountFields on UserAccount {\n  username name role roleName departmentCode departmentName expiresOn disabled lockedUntil lastLoginAt createdAt }": types.AccountFieldsFragmentDoc,
    "query Accounts { users { ...AccountFields } }": types.AccountsDocument,
    "mutation CreateAccount($input: UserAccountInput!) { createUser(input: $input) { ...AccountFields } }": types.CreateAccountDocument,
    "mutation ResetPassword($username: String!, $password: String!) {\n  resetPassword(username: $username, password: $password) { ...AccountFields } }": types.ResetPasswordDocument,
    "mutation SetAccountDisabled($username: String!, $disabled: Boolean!) {\n  setUserDisabled(username: $username, disabled: $disabled) { ...AccountFields } }": types.SetAccountDisabledDocument,
    "mutation SetAccountExpiry($username: String!, $expiresOn: String) {\n  setUserExpiry(username: $username, expiresOn: $expiresOn) { ...AccountFields } }": types.SetAccountExpiryDocument,
    "fragment AuditEntryFields on AuditEntry {\n  id at username role roleName departmentCode source clientAddress action actionName target detail }": types.AuditEntryFieldsFragmentDoc,
    "query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { totalCount nodes { ...AuditEntryFields } pageInfo { hasNextPage endCursor } } }": types.AuditLogDocument,
    "fragment UserFields on User { username name role roleName departmentCode departmentName }": types.UserFieldsFragmentDoc,
    "query Me { me { ...UserFields } }": types.MeDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { expiresAt user { ...UserFields } } }": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "fragment WarningSettingFields on WarningSetting { year jurisdiction leadWorkingDays }": types.WarningSettingFieldsFragmentDoc,
    "query EarlyWarnings($asOf: String, $departmentCode: String, $first: Int!) {\n  earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {\n    asOf leadWorkingDays windowEnd departmentCode publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total\n    departments { departmentCode departmentName publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total }\n    items { kind departmentCode departmentName taskCode taskName inspectionId subjectCode subjectName inspectedOn dueOn participants } } }": types.EarlyWarningsDocument,
    "query SubmissionStatus($period: PeriodInput!) {\n  submissionStatus(period: $period) { departmentCode departmentName lastImportAt resultCount monthsWithoutResults } }": types.SubmissionStatusDocument,
    "query WarningSettings { warningSettings { ...WarningSettingFields } }": types.WarningSettingsDocument,
    "mutation SetWarningSetting($input: WarningSettingInput!) {\n  setWarningSetting(input: $input) { ...WarningSettingFields } }": types.SetWarningSettingDocument,
    "fragment KpiFields on Kpi { key name unit value numerator denominator target comparator met definition source }": types.KpiFieldsFragmentDoc,
    "fragment SeriesPointFields on KpiSeriesPoint { label from to value numerator denominator met }": types.SeriesPointFieldsFragmentDoc,
    "fragment KpiCatalogEntryFields on KpiCatalogEntry { key name unit definition source periodAdditive departmentRule }": types.KpiCatalogEntryFieldsFragmentDoc,
    "query Kpis($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String, $keys: [String!]) {\n  kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode, keys: $keys) { ...KpiFields } }": types.KpisDocument,
    "query KpiCatalog { kpiCatalog { ...KpiCatalogEntryFields } }": types.KpiCatalogDocument,
    "query Series($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeries(key: $key, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { ...SeriesPointFields } }": types.SeriesDocument,
    "query SeriesSet($keys: [String!]!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeriesSet(keys: $keys, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { key points { ...SeriesPointFields } } }": types.SeriesSetDocument,
    "query League($period: KpiPeriodInput!, $keys: [String!]) {\n  departmentKpis(period: $period, keys: $keys) { code name rank score missedTargets kpis { ...KpiFields } } }": types.LeagueDocument,
    "query PublicationDeadline($day: String!) { publicationDeadline(inspectedOn: $day) }": types.PublicationDeadlineDocument,
    "query DepartmentTotals($period: KpiPeriodInput!) { departmentKpiTotals(period: $period) {\n  nonMember { ...KpiFields } nonMemberDepartments { code name } total { ...KpiFields } reconciliation { key note } } }": types.DepartmentTotalsDocument,
    "query DataExtent { dataExtent { firstDay lastDay } }": types.DataExtentDocument,
    "query MemberDepartments { departments(first: 500, isMember: true) { nodes { code name } } }": types.MemberDepartmentsDocument,
    "query Evidence($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String,\n  $departmentCode: String, $regionCode: String, $descending: Boolean!, $sortBy: String) {\n  kpiEvidence(key: $key, period: $period, part: $part, first: $first, after: $after, departmentCode: $departmentCode, regionCode: $regionCode,\n    descending: $descending, sortBy: $sortBy) {\n    kind totalCount columns { name type } nodes { key cells link } pageInfo { hasNextPage endCursor } } }": types.EvidenceDocument,
    "query ResultCategories($period: PeriodInput!, $departmentCode: String, $regionCode: String) {\n  resultCategories(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { name count } }": types.ResultCategoriesDocument,
    "fragment TaskRowFields on Task {\n  code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status(asOf: $asOf) overdue(asOf: $asOf) }": types.TaskRowFieldsFragmentDoc,
    "fragment InspectionRowFields on Inspection {\n  id task { code name } subject { code name } department { code name } inspectedOn deadline publishedOn status\n  timeliness(asOf: $asOf) foundProblem categories }": types.InspectionRowFieldsFragmentDoc,
    "query Tasks($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String,\n  $first: Int!, $after: String, $asOf: String) {\n  tasks(period: $period, departmentCode: $departmentCode, status: $status, overdue: $overdue, search: $search, first: $first, after: $after,\n    asOf: $asOf) { totalCount nodes { ...TaskRowFields } pageInfo { hasNextPage endCursor } } }": types.TasksDocument,
    "query Task($code: String!, $asOf: String) { task(code: $code) {\n  ...TaskRowFields plan { code name } items { code name } classDraws { creditClass poolCount drawnCount } } }": types.TaskDocument,
    "query Inspections($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean,\n  $taskCode: String, $subjectCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {\n  inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,\n    subjectCode: $subjectCode, search: $search, first: $first, after: $after, timeliness: $timeliness, asOf: $asOf) {\n    totalCount nodes { ...InspectionRowFields } pageInfo { hasNextPage endCursor } } }": types.InspectionsDocument,
    "query Inspection($id: ID!, $asOf: String) { inspection(id: $id) {\n  ...InspectionRowFields methods followUp inspectors { certificateNo name } } }": types.InspectionDocument,
    "fragment ReportFields on Report {\n  id kind from to asOf office number overview requirements departmentCode departmentName status fileName issuedBy issuedByUsername issuedAt\n  downloadUrl }": types.ReportFieldsFragmentDoc,
    "query Reports { reports(first: 100) { ...ReportFields } }": types.ReportsDocument,
    "query Report($id: ID!) { report(id: $id) { ...ReportFields } }": types.ReportDocument,
    "mutation CreateReport($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {\n  createReport(input: { kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf }) { ...ReportFields } }": types.CreateReportDocument,
    "mutation SaveReportTemplate($kind: NarrativeKind!, $template: ReportTemplateInput!) {\n  saveReportTemplate(kind: $kind, template: $template) { updatedAt } }": types.SaveReportTemplateDocument,
    "mutation UpdateReportText($id: ID!, $text: ReportTextInput!) { updateReportText(id: $id, text: $text) { ...ReportFields } }": types.UpdateReportTextDocument,
    "query ReportPreview($id: ID!, $overview: [String!]!) { reportPreview(id: $id, overview: $overview) }": types.ReportPreviewDocument,
    "mutation IssueReport($id: ID!, $issuedBy: String) { issueReport(id: $id, issuedBy: $issuedBy) { ...ReportFields } }": types.IssueReportDocument,
    "query ReportChanges($id: ID!) { reportChanges(id: $id) { name issued now } }": types.ReportChangesDocument,
    "query Batches {\n  importBatches(first: 20) { nodes { id createdAt source username userName fileNames counts { kind inserted updated unchanged } } } }": types.BatchesDocument,
    "query JointOpportunities($period: PeriodInput!, $first: Int) {\n  jointOpportunities(period: $period, first: $first) { departmentA { code name } departmentB { code name } subjects } }": types.JointOpportunitiesDocument,
    "query PairSubjects($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {\n  jointOpportunitySubjects(period: $period, departmentA: $a, departmentB: $b, first: $first) {\n    subject { code name } visits { department { code name } inspectedOn task { code name } } } }": types.PairSubjectsDocument,
    "query MostVisited($period: PeriodInput!, $first: Int) {\n  mostVisitedSubjects(period: $period, first: $first) { subject { code name } visits departments results lastVisitOn } }": types.MostVisitedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountFields on UserAccount {\n  username name role roleName departmentCode departmentName expiresOn disabled lockedUntil lastLoginAt createdAt }"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Accounts { users { ...AccountFields } }"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccount($input: UserAccountInput!) { createUser(input: $input) { ...AccountFields } }"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($username: String!, $password: String!) {\n  resetPassword(username: $username, password: $password) { ...AccountFields } }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccountDisabled($username: String!, $disabled: Boolean!) {\n  setUserDisabled(username: $username, disabled: $disabled) { ...AccountFields } }"): typeof import('./graphql').SetAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccountExpiry($username: String!, $expiresOn: String) {\n  setUserExpiry(username: $username, expiresOn: $expiresOn) { ...AccountFields } }"): typeof import('./graphql').SetAccountExpiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryFields on AuditEntry {\n  id at username role roleName departmentCode source clientAddress action actionName target detail }"): typeof import('./graphql').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { totalCount nodes { ...AuditEntryFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User { username name role roleName departmentCode departmentName }"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...UserFields } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { expiresAt user { ...UserFields } } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WarningSettingFields on WarningSetting { year jurisdiction leadWorkingDays }"): typeof import('./graphql').WarningSettingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EarlyWarnings($asOf: String, $departmentCode: String, $first: Int!) {\n  earlyWarnings(asOf: $asOf, departmentCode: $departmentCode, first: $first) {\n    asOf leadWorkingDays windowEnd departmentCode publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total\n    departments { departmentCode departmentName publicationsDueSoon publicationsOverdue tasksDueSoon tasksOverdue total }\n    items { kind departmentCode departmentName taskCode taskName inspectionId subjectCode subjectName inspectedOn dueOn participants } } }"): typeof import('./graphql').EarlyWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubmissionStatus($period: PeriodInput!) {\n  submissionStatus(period: $period) { departmentCode departmentName lastImportAt resultCount monthsWithoutResults } }"): typeof import('./graphql').SubmissionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningSettings { warningSettings { ...WarningSettingFields } }"): typeof import('./graphql').WarningSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetWarningSetting($input: WarningSettingInput!) {\n  setWarningSetting(input: $input) { ...WarningSettingFields } }"): typeof import('./graphql').SetWarningSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KpiFields on Kpi { key name unit value numerator denominator target comparator met definition source }"): typeof import('./graphql').KpiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SeriesPointFields on KpiSeriesPoint { label from to value numerator denominator met }"): typeof import('./graphql').SeriesPointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KpiCatalogEntryFields on KpiCatalogEntry { key name unit definition source periodAdditive departmentRule }"): typeof import('./graphql').KpiCatalogEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Kpis($period: KpiPeriodInput!, $departmentCode: String, $regionCode: String, $keys: [String!]) {\n  kpis(period: $period, departmentCode: $departmentCode, regionCode: $regionCode, keys: $keys) { ...KpiFields } }"): typeof import('./graphql').KpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpiCatalog { kpiCatalog { ...KpiCatalogEntryFields } }"): typeof import('./graphql').KpiCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Series($key: String!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeries(key: $key, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { ...SeriesPointFields } }"): typeof import('./graphql').SeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeriesSet($keys: [String!]!, $from: String!, $to: String!, $granularity: Granularity!, $cumulative: Boolean!,\n  $departmentCode: String, $regionCode: String, $asOf: String) {\n  kpiSeriesSet(keys: $keys, from: $from, to: $to, granularity: $granularity, cumulative: $cumulative, departmentCode: $departmentCode,\n    regionCode: $regionCode, asOf: $asOf) { key points { ...SeriesPointFields } } }"): typeof import('./graphql').SeriesSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query League($period: KpiPeriodInput!, $keys: [String!]) {\n  departmentKpis(period: $period, keys: $keys) { code name rank score missedTargets kpis { ...KpiFields } } }"): typeof import('./graphql').LeagueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicationDeadline($day: String!) { publicationDeadline(inspectedOn: $day) }"): typeof import('./graphql').PublicationDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentTotals($period: KpiPeriodInput!) { departmentKpiTotals(period: $period) {\n  nonMember { ...KpiFields } nonMemberDepartments { code name } total { ...KpiFields } reconciliation { key note } } }"): typeof import('./graphql').DepartmentTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataExtent { dataExtent { firstDay lastDay } }"): typeof import('./graphql').DataExtentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberDepartments { departments(first: 500, isMember: true) { nodes { code name } } }"): typeof import('./graphql').MemberDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Evidence($key: String!, $period: KpiPeriodInput!, $part: KpiPart!, $first: Int!, $after: String,\n  $departmentCode: String, $regionCode: String, $descending: Boolean!, $sortBy: String) {\n  kpiEvidence(key: $key, period: $period, part: $part, first: $first, after: $after, departmentCode: $departmentCode, regionCode: $regionCode,\n    descending: $descending, sortBy: $sortBy) {\n    kind totalCount columns { name type } nodes { key cells link } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').EvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResultCategories($period: PeriodInput!, $departmentCode: String, $regionCode: String) {\n  resultCategories(period: $period, departmentCode: $departmentCode, regionCode: $regionCode) { name count } }"): typeof import('./graphql').ResultCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskRowFields on Task {\n  code name initiator { code name } cooperators { code name } startsOn dueOn completedOn creditTiered isJoint status(asOf: $asOf) overdue(asOf: $asOf) }"): typeof import('./graphql').TaskRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InspectionRowFields on Inspection {\n  id task { code name } subject { code name } department { code name } inspectedOn deadline publishedOn status\n  timeliness(asOf: $asOf) foundProblem categories }"): typeof import('./graphql').InspectionRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tasks($period: PeriodInput, $departmentCode: String, $status: TaskStatus, $overdue: Boolean, $search: String,\n  $first: Int!, $after: String, $asOf: String) {\n  tasks(period: $period, departmentCode: $departmentCode, status: $status, overdue: $overdue, search: $search, first: $first, after: $after,\n    asOf: $asOf) { totalCount nodes { ...TaskRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').TasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Task($code: String!, $asOf: String) { task(code: $code) {\n  ...TaskRowFields plan { code name } items { code name } classDraws { creditClass poolCount drawnCount } } }"): typeof import('./graphql').TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inspections($period: PeriodInput, $departmentCode: String, $status: PublicationStatus, $foundProblem: Boolean,\n  $taskCode: String, $subjectCode: String, $search: String, $first: Int!, $after: String, $timeliness: PublicationTimeliness, $asOf: String) {\n  inspections(period: $period, departmentCode: $departmentCode, status: $status, foundProblem: $foundProblem, taskCode: $taskCode,\n    subjectCode: $subjectCode, search: $search, first: $first, after: $after, timeliness: $timeliness, asOf: $asOf) {\n    totalCount nodes { ...InspectionRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').InspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inspection($id: ID!, $asOf: String) { inspection(id: $id) {\n  ...InspectionRowFields methods followUp inspectors { certificateNo name } } }"): typeof import('./graphql').InspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportFields on Report {\n  id kind from to asOf office number overview requirements departmentCode departmentName status fileName issuedBy issuedByUsername issuedAt\n  downloadUrl }"): typeof import('./graphql').ReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reports { reports(first: 100) { ...ReportFields } }"): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Report($id: ID!) { report(id: $id) { ...ReportFields } }"): typeof import('./graphql').ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReport($kind: ReportKind!, $from: String!, $to: String!, $department: String, $asOf: String) {\n  createReport(input: { kind: $kind, from: $from, to: $to, departmentCode: $department, asOf: $asOf }) { ...ReportFields } }"): typeof import('./graphql').CreateReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveReportTemplate($kind: NarrativeKind!, $template: ReportTemplateInput!) {\n  saveReportTemplate(kind: $kind, template: $template) { updatedAt } }"): typeof import('./graphql').SaveReportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReportText($id: ID!, $text: ReportTextInput!) { updateReportText(id: $id, text: $text) { ...ReportFields } }"): typeof import('./graphql').UpdateReportTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportPreview($id: ID!, $overview: [String!]!) { reportPreview(id: $id, overview: $overview) }"): typeof import('./graphql').ReportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueReport($id: ID!, $issuedBy: String) { issueReport(id: $id, issuedBy: $issuedBy) { ...ReportFields } }"): typeof import('./graphql').IssueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportChanges($id: ID!) { reportChanges(id: $id) { name issued now } }"): typeof import('./graphql').ReportChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Batches {\n  importBatches(first: 20) { nodes { id createdAt source username userName fileNames counts { kind inserted updated unchanged } } } }"): typeof import('./graphql').BatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointOpportunities($period: PeriodInput!, $first: Int) {\n  jointOpportunities(period: $period, first: $first) { departmentA { code name } departmentB { code name } subjects } }"): typeof import('./graphql').JointOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PairSubjects($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {\n  jointOpportunitySubjects(period: $period, departmentA: $a, departmentB: $b, first: $first) {\n    subject { code name } visits { department { code name } inspectedOn task { code name } } } }"): typeof import('./graphql').PairSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MostVisited($period: PeriodInput!, $first: Int) {\n  mostVisitedSubjects(period: $period, first: $first) { subject { code name } visits departments results lastVisitOn } }"): typeof import('./graphql').MostVisitedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
