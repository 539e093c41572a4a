/**
 * A member department's account writes only its own rows (谁检查、谁录入). Run by PostgreSQL over
 * the staged import with the account's department as $1; each offending row is an error like any
 * other. Subjects are shared between departments' registries: a department may add a subject and
 * register itself, never touch another department's membership, and change a subject's own facts
 * (name, type, region, credit class) only while no other department holds it.
 */
import type pg from 'pg';
import type { ImportIssue } from './issues';

const ORIGIN = 's.src_file, s.src_sheet, s.src_row';
const REFUSED = `'无权导入其他部门的数据：本账号属于 ' || $1::text`;

interface ScopeCheck {
  sql: string;
}

/** The row's own department column must be the account's. */
function ownColumn(stage: string, column: string, header: string): ScopeCheck {
  return {
    sql: `select ${ORIGIN}, '${header}' as col, s.${column} as val, ${REFUSED} as message
          from ${stage} s where s.${column} is distinct from $1::text`,
  };
}

/** A stored record under the same key that another department owns is not the account's to overwrite. */
function storedOwner(stage: string, table: string, key: string, column: string, header: string): ScopeCheck {
  return {
    sql: `select ${ORIGIN}, '${header}' as col, s.${key} as val, ${REFUSED} || '（该记录已由 ' || t.${column} || ' 报送）' as message
          from ${stage} s join ${table} t on t.${key} = s.${key}
          where s.${column} = $1::text and t.${column} <> $1::text`,
  };
}

const SUBJECT_FACTS = ['code_kind', 'name', 'subject_type', 'industry_code', 'region_code', 'credit_class'];

const CHECKS: ScopeCheck[] = [
  ownColumn('stage_department', 'code', '部门代码'),
  ownColumn('stage_item', 'department_code', '部门代码'),
  storedOwner('stage_item', 'inspection_item', 'code', 'department_code', '事项编码'),
  ownColumn('stage_inspector', 'department_code', '部门代码'),
  storedOwner('stage_inspector', 'inspector', 'certificate_no', 'department_code', '执法证号'),
  ownColumn('stage_plan', 'initiator_code', '发起部门代码'),
  storedOwner('stage_plan', 'plan', 'code', 'initiator_code', '计划编号'),
  ownColumn('stage_task', 'initiator_code', '发起部门代码'),
  storedOwner('stage_task', 'task', 'code', 'initiator_code', '任务编号'),
  ownColumn('stage_inspection', 'department_code', '检查部门代码'),
  {
    sql: `select ${ORIGIN}, '入库部门' as col, v as val, ${REFUSED} as message
          from stage_subject s cross join lateral unnest(s.departments) v where v <> $1::text`,
  },
  {
    sql: `select ${ORIGIN}, '入库部门' as col, array_to_string(s.departments, '、') as val,
            '成员单位账号导入检查对象时，入库部门须填本部门 ' || $1::text as message
          from stage_subject s where not ($1::text = any (s.departments))`,
  },
  {
    sql: `select ${ORIGIN}, '统一社会信用代码' as col, s.code as val,
            '该检查对象还由其他部门（' || o.others || '）入库：本账号只能登记本部门的入库，不能修改其名称、类型、行业、区划或信用等级' as message
          from stage_subject s join subject t on t.code = s.code
          cross join lateral (select string_agg(r.department_code, '、' order by r.department_code) as others
                              from subject_registry r where r.subject_code = s.code and r.department_code <> $1::text) o
          where o.others is not null
            and (${SUBJECT_FACTS.map((c) => `s.${c} is distinct from t.${c}`).join(' or ')})`,
  },
];

export async function runScopeChecks(client: pg.PoolClient, departmentCode: string): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  for (const check of CHECKS) {
    const { rows } = await client.query(check.sql, [departmentCode]);
    for (const r of rows) {
      issues.push({ severity: 'error', file: r.src_file, sheet: r.src_sheet, row: r.src_row, column: r.col, value: r.val, message: r.message });
    }
  }
  return issues;
}

/**
 * Before writing a department's subjects: their registry lists gain the memberships other
 * departments hold, so that replacing a subject's list keeps them.
 */
export async function keepOthersMemberships(client: pg.PoolClient, departmentCode: string): Promise<void> {
  await client.query(
    `update stage_subject s set departments = s.departments || o.others
     from (select r.subject_code, array_agg(r.department_code) as others from subject_registry r
           where r.department_code <> $1::text and r.subject_code in (select code from stage_subject)
           group by r.subject_code) o
     where o.subject_code = s.code`,
    [departmentCode],
  );
}
