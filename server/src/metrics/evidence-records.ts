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

export interface VisitRecord {
  subject: { code: string; name: string };
  inspectedOn: string;
  departments: { code: string; name: string }[];
  tasks: { code: string; name: string }[];
}

/** A visit's key is "subject day"; its departments and tasks are read through the subject visit index. */
async function findVisits(db: Queryable, keys: readonly string[]): Promise<(VisitRecord & { key: string })[]> {
  const parts = keys.map((key) => key.split(' '));
  const { rows } = await db.query(
    `select v.subject_code || ' ' || v.day as key, json_build_object('code', s.code, 'name', s.name) as subject,
            v.day::text as "inspectedOn", x.departments, x.tasks
     from unnest($1::text[], $2::date[]) as v(subject_code, day)
     join subject s on s.code = v.subject_code
     cross join lateral (
       select (select json_agg(json_build_object('code', d.code, 'name', d.name) order by d.code)
               from department d where d.code = any (array_agg(i.department_code))) as departments,
              (select json_agg(json_build_object('code', t.code, 'name', t.name) order by t.code)
               from task t where t.code = any (array_agg(i.task_code))) as tasks
       from inspection i where i.subject_code = v.subject_code and i.inspected_on = v.day) x`,
    [parts.map((p) => p[0]), parts.map((p) => p[1])],
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
  VISIT: keyed(findVisits, (r: { key: string }) => r.key),
};

/** The records of one page of evidence, by key: one query per page (plus its relations), never per row. */
export async function loadEvidenceRecords(db: Queryable, kind: string, keys: readonly string[]): Promise<Map<string, object>> {
  const finder = FINDERS[kind];
  const records = await finder.find(db, keys);
  return new Map(records.map((record) => [finder.keyOf(record), record]));
}
