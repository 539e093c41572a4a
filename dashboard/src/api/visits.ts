/** The 检查频次 page's own questions: joint-visit opportunities and the firms visited most. */
import { gql } from './client';

export interface DepartmentRef {
  code: string;
  name: string;
}

export interface JointOpportunity {
  departmentA: DepartmentRef;
  departmentB: DepartmentRef;
  subjects: number;
}

export interface SubjectVisit {
  department: DepartmentRef;
  inspectedOn: string;
  task: { code: string; name: string };
}

export interface PairSubject {
  subject: { code: string; name: string };
  visits: SubjectVisit[];
}

export interface VisitedSubject {
  subject: { code: string; name: string };
  visits: number;
  departments: number;
  results: number;
  lastVisitOn: string;
}

type Range = { from: string; to: string };

export async function fetchJointOpportunities(period: Range, first = 500): Promise<JointOpportunity[]> {
  const data = await gql<{ jointOpportunities: JointOpportunity[] }>(
    `query($period: PeriodInput!, $first: Int) { jointOpportunities(period: $period, first: $first) {
      departmentA { code name } departmentB { code name } subjects } }`,
    { period, first },
  );
  return data.jointOpportunities;
}

export async function fetchPairSubjects(period: Range, departmentA: string, departmentB: string, first = 100): Promise<PairSubject[]> {
  const data = await gql<{ jointOpportunitySubjects: PairSubject[] }>(
    `query($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {
      jointOpportunitySubjects(period: $period, departmentA: $a, departmentB: $b, first: $first) {
        subject { code name } visits { department { code name } inspectedOn task { code name } } } }`,
    { period, a: departmentA, b: departmentB, first },
  );
  return data.jointOpportunitySubjects;
}

export async function fetchMostVisited(period: Range, first = 20): Promise<VisitedSubject[]> {
  const data = await gql<{ mostVisitedSubjects: VisitedSubject[] }>(
    `query($period: PeriodInput!, $first: Int) { mostVisitedSubjects(period: $period, first: $first) {
      subject { code name } visits departments results lastVisitOn } }`,
    { period, first },
  );
  return data.mostVisitedSubjects;
}
