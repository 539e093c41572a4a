import { findDepartments } from '../store/repositories/department.repository';
import { findInspectionItems } from '../store/repositories/inspection-item.repository';
import { findInspections } from '../store/repositories/inspection.repository';
import { findInspectors } from '../store/repositories/inspector.repository';
import { findPlans } from '../store/repositories/plan.repository';
import type { Queryable } from '../store/repositories/sql-filter';
import { findSubjects } from '../store/repositories/subject.repository';
import { findTasks } from '../store/repositories/task.repository';

export interface SavedVisitRecord {
  task: { code: string; name: string };
  subject: { code: string; name: string };
  department: { code: string; name: string };
}

/** A saved visit's key is "task subject department": codes hold no spaces. */
async function findSavedVisits(db: Queryable, keys: readonly string[]): Promise<(SavedVisitRecord & { key: string })[]> {
  const parts = keys.map((key) => key.split(' '));
  const { rows } = await db.query(
    `select v.task_code || ' ' || v.subject_code || ' ' || v.department_code as key,
            json_build_object('code', t.code, 'name', t.name) as task,
            json_build_object('code', s.code, 'name', s.name) as subject,
            json_build_object('code', d.code, 'name', d.name) as department
     from unnest($1::text[], $2::text[], $3::text[]) as v(task_code, subject_code, department_code)
     join task t on t.code = v.task_code join subject s on s.code = v.subject_code join department d on d.code = v.department_code`,
    [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
  );
  return rows;
}

type Finder = (db: Queryable, keys: readonly string[]) => Promise<object[]>;
const keyed = (find: Finder, keyOf: (record: never) => string) => ({ find, keyOf: keyOf as (record: object) => string });

const FINDERS: Record<string, { find: Finder; keyOf: (record: object) => string }> = {
  TASK: keyed(findTasks, (r: { code: string }) => r.code),
  INSPECTION: keyed(findInspections, (r: { id: string }) => String(r.id)),
  DEPARTMENT: keyed(findDepartments, (r: { code: string }) => r.code),
  INSPECTION_ITEM: keyed(findInspectionItems, (r: { code: string }) => r.code),
  INSPECTOR: keyed(findInspectors, (r: { certificateNo: string }) => r.certificateNo),
  SUBJECT: keyed(findSubjects, (r: { code: string }) => r.code),
  PLAN: keyed(findPlans, (r: { code: string }) => r.code),
  SAVED_VISIT: keyed(findSavedVisits, (r: { key: string }) => r.key),
};

/** The records of one page of evidence, by key: one query per page (plus its relations), never per row. */
export async function loadEvidenceRecords(db: Queryable, kind: string, keys: readonly string[]): Promise<Map<string, object>> {
  const finder = FINDERS[kind];
  const records = await finder.find(db, keys);
  return new Map(records.map((record) => [finder.keyOf(record), record]));
}
