import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';

describe('migrations', () => {
  const db = useTestDatabase();

  it('create every table of the data model', async () => {
    const { rows } = await db().pool.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'app_session', 'app_user', 'audit_log', 'credit_class_band', 'data_version', 'department', 'import_batch', 'inspection', 'inspection_burden_setting', 'inspection_inspector', 'inspection_item',
      'inspector', 'kpi_deadline_setting', 'kpi_target', 'plan', 'plan_cooperator', 'registry_region_tally', 'registry_tally', 'report', 'report_template', 'result_day_tally', 'saved_visit_day', 'subject', 'subject_registry', 'tally_deferral', 'task', 'task_class_draw',
      'task_cooperator', 'task_draw_summary', 'task_first_visit', 'task_item', 'task_item_month', 'task_participant_month', 'warning_setting', 'work_calendar_day',
    ]);
  });

  it('enforce the rules in the database, not only in the importer', async () => {
    const { pool } = db();
    await pool.query(`insert into import_batch (source, file_names, counts) values ('CLI', '{a.csv}', '{}')`);
    await pool.query(`insert into department values ('SCJGJ', '县市场监督管理局', '411422', 10, true, 1)`);
    await expect(
      pool.query(`insert into department values ('X', '某局', '4114', 1, true, 1)`),
    ).rejects.toThrow(/department_region_code_check/);
    await expect(
      pool.query(`insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id)
                  values ('T1', '任务', 'SCJGJ', true, '2024-03-01', '2024-02-01', 1)`),
    ).rejects.toThrow(/task_check/);
    await expect(
      pool.query(`insert into subject values ('CP-1', 'USCC', '某产品', 'PRODUCT', null, '411422', null, 1)`),
    ).rejects.toThrow(/subject_check/);
  });

  it('refuse a result of a department that takes no part in its task', async () => {
    const { pool } = db();
    await pool.query(`insert into department values ('SWJ', '县税务局', '411422', 5, true, 1), ('GAJ', '县公安局', '411422', 5, true, 1)`);
    await pool.query(`insert into task (code, name, initiator_code, credit_tiered, starts_on, due_on, batch_id)
                      values ('T2', '联合任务', 'SCJGJ', false, '2024-03-01', '2024-04-01', 1)`);
    await pool.query(`insert into task_cooperator values ('T2', 'SWJ')`);
    await pool.query(`insert into subject values ('9144030071526726XG', 'USCC', '甲公司', 'ENTERPRISE', null, '411422', 'A', 1)`);
    const result = (department: string) => pool.query(
      `insert into inspection (task_code, subject_code, department_code, inspected_on, methods, categories, batch_id)
       values ('T2', '9144030071526726XG', $1, '2024-03-05', '{ON_SITE}', '{NO_PROBLEM}', 1)`, [department]);
    await result('SCJGJ');
    await result('SWJ');
    await expect(result('GAJ')).rejects.toThrow('检查部门 GAJ 不是任务 T2 的发起部门或配合部门');
    await expect(pool.query(`update inspection set department_code = 'GAJ' where department_code = 'SWJ'`)).rejects.toThrow(/GAJ/);
  });
});
