/** The 检查频次 page's own questions: joint-visit opportunities and the firms visited most. */
import { send } from './client';
import { graphql } from './generated';
import type { JointOpportunitiesQuery, MostVisitedQuery, PairSubjectsQuery } from './generated/graphql';

export type JointOpportunity = JointOpportunitiesQuery['jointOpportunities'][number];
export type PairSubject = PairSubjectsQuery['jointOpportunitySubjects'][number];
export type VisitedSubject = MostVisitedQuery['mostVisitedSubjects'][number];

type Range = { from: string; to: string };

const JOINT_OPPORTUNITIES = graphql(`query JointOpportunities($period: PeriodInput!, $first: Int) {
  jointOpportunities(period: $period, first: $first) { departmentA { code name } departmentB { code name } subjects } }`);

const PAIR_SUBJECTS = graphql(`query PairSubjects($period: PeriodInput!, $a: String!, $b: String!, $first: Int) {
  jointOpportunitySubjects(period: $period, departmentA: $a, departmentB: $b, first: $first) {
    subject { code name } visits { department { code name } inspectedOn task { code name } } } }`);

const MOST_VISITED = graphql(`query MostVisited($period: PeriodInput!, $first: Int) {
  mostVisitedSubjects(period: $period, first: $first) { subject { code name } visits departments results lastVisitOn } }`);

export async function fetchJointOpportunities(period: Range, first = 500): Promise<JointOpportunity[]> {
  return (await send(JOINT_OPPORTUNITIES, { period, first })).jointOpportunities;
}

export async function fetchPairSubjects(period: Range, departmentA: string, departmentB: string, first = 100): Promise<PairSubject[]> {
  return (await send(PAIR_SUBJECTS, { period, a: departmentA, b: departmentB, first })).jointOpportunitySubjects;
}

export async function fetchMostVisited(period: Range, first = 20): Promise<VisitedSubject[]> {
  return (await send(MOST_VISITED, { period, first })).mostVisitedSubjects;
}
