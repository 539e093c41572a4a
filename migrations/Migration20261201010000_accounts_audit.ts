import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts, sessions and the audit trail (全过程留痕). Sessions keep only a hash of the token, so
 * a copy of the table signs nobody in. The audit trail is append-only by the database's own rule:
 * triggers refuse UPDATE, DELETE and TRUNCATE whoever asks, like the frozen issued reports.
 * Import batches and issued reports name the account that sent or issued them.
 */
export class Migration20261201010000_accounts_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table app_user (
  username text primary key check (username ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{1,39}$'),
  name text check (name is null or btrim(name) <> ''),
  role text not null check (role in ('OFFICE', 'LEADER', 'DEPARTMENT', 'EVALUATOR')),
  department_code text references department (code),
  password_hash text not null,
  disabled boolean not null default false,
  expires_on date,
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  constraint app_user_department check ((role = 'DEPARTMENT') = (department_code is not null))
);

create table app_session (
  token_hash bytea primary key,
  username text not null references app_user (username),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  ended_at timestamptz,
  client_address text
);
create index app_session_open_idx on app_session (username) where ended_at is null;

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  username text not null,
  role text check (role in ('OFFICE', 'LEADER', 'DEPARTMENT', 'EVALUATOR')),
  department_code text,
  source text not null check (source in ('web', 'api', 'cli')),
  client_address text,
  action text not null check (action ~ '^[A-Z_]+$'),
  target text,
  old_value jsonb,
  new_value jsonb,
  detail jsonb
);
create index audit_log_at_idx on audit_log (at);
create index audit_log_user_idx on audit_log (username, id);
create index audit_log_department_idx on audit_log (department_code, id) where department_code is not null;

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception using errcode = 'insufficient_privilege', constraint = 'audit_log_append_only',
    message = '操作记录只能追加，不能修改、删除或清空';
end $$;
create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only();

alter table import_batch add column username text, add column user_name text;
alter table report add column issued_by_username text;
`);
  }
}
