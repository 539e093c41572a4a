import { Migration } from '@mikro-orm/migrations';

/**
 * Reports the office drafts and issues. A draft holds the office's words; issuing stores the
 * figures and the file as they were, with who issued it and when. The database itself refuses
 * to change or delete an issued report: what was sent to the departments stays as it was sent.
 */
export class Migration20261122060000_report extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table report (
  id bigserial primary key,
  kind text not null check (kind in ('summary', 'circular', 'self-evaluation', 'statistics')),
  period_from date not null,
  period_to date not null,
  as_of date not null,
  office text not null default '',
  number text not null default '',
  overview text[] not null default '{}',
  requirements text[] not null default '{}',
  status text not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED')),
  figures jsonb,
  file_name text,
  file bytea,
  issued_by text,
  issued_at timestamptz,
  created_at timestamptz not null default now(),
  check (period_from <= period_to),
  check ((status = 'ISSUED') = (figures is not null and file is not null and file_name is not null and issued_by is not null and issued_at is not null))
);

create function report_frozen() returns trigger language plpgsql as $$
begin
  if old.status = 'ISSUED' then
    raise exception using errcode = 'check_violation', constraint = 'report_frozen',
      message = format('报告 %s 已于 %s 签发，不能修改或删除', old.id, to_char(old.issued_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'));
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger report_frozen before update or delete on report for each row execute function report_frozen();
`);
  }
}
