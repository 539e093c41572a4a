import type { Queryable } from './sql-filter';

export interface TaskRoles {
  departmentCode: string;
  isMember: boolean;
  /** Tasks it initiates with no other department. */
  own: number;
  jointInitiated: number;
  jointJoined: number;
  /** Credit-tiered tasks it takes part in, initiating or cooperating. */
  creditTiered: number;
}

/** Per department (members and the others), the tasks starting in the period by its part in them: one set-based query. */
export async function countTaskRoles(db: Queryable, period: { from: string; to: string }): Promise<TaskRoles[]> {
  const { rows } = await db.query<TaskRoles>(
    `select d.code as "departmentCode", d.is_member as "isMember",
       count(*) filter (where t.initiator_code = d.code and not t.is_joint)::int as own,
       count(*) filter (where t.initiator_code = d.code and t.is_joint)::int as "jointInitiated",
       count(*) filter (where t.initiator_code <> d.code and t.is_joint)::int as "jointJoined",
       count(*) filter (where t.credit_tiered)::int as "creditTiered"
     from (select code as task_code, initiator_code as department_code from task where starts_on between $1::date and $2::date
           union
           select c.task_code, c.department_code from task_cooperator c join task t on t.code = c.task_code
           where t.starts_on between $1::date and $2::date) p
     join department d on d.code = p.department_code
     join task t on t.code = p.task_code
     group by d.code, d.is_member`,
    [period.from, period.to],
  );
  return rows;
}
