import { Migration } from '@mikro-orm/migrations';

/**
 * An inspection result belongs to a department taking part in its task (its initiator or a
 * cooperator). Checked once per statement over the rows it wrote, so a bulk import pays one
 * set-based query rather than a lookup per row.
 */
export class Migration20261122010000_inspection_participation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function inspection_participation_check() returns trigger language plpgsql as $$
declare
  offender record;
begin
  select i.task_code, i.department_code into offender
  from written i join task t on t.code = i.task_code
  where i.department_code <> t.initiator_code
    and not exists (select 1 from task_cooperator c where c.task_code = i.task_code and c.department_code = i.department_code)
  limit 1;
  if found then
    raise exception using errcode = 'check_violation', constraint = 'inspection_participation',
      message = format('检查部门 %s 不是任务 %s 的发起部门或配合部门', offender.department_code, offender.task_code);
  end if;
  return null;
end $$;

-- A trigger with transition tables takes one event, hence two.
create trigger inspection_participation_on_insert after insert on inspection
  referencing new table as written for each statement execute function inspection_participation_check();
create trigger inspection_participation_on_update after update on inspection
  referencing new table as written for each statement execute function inspection_participation_check();
`);
  }
}
