import { Migration } from '@mikro-orm/migrations';

/**
 * The supervision data model: departments, the item list, the two registries, plans, tasks,
 * inspection results, and the import batches that wrote them. Every rule that can be a
 * constraint is one, so that no client can store what the importer would reject.
 */
export class Migration20261122000000_initial_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table import_batch (
  id serial primary key,
  created_at timestamptz not null default now(),
  source text not null check (source in ('CLI', 'UPLOAD', 'DEMO')),
  file_names text[] not null check (cardinality(file_names) > 0),
  counts jsonb not null,
  warning_count integer not null default 0 check (warning_count >= 0)
);

create table department (
  code text primary key check (code ~ '^\\S{1,32}$'),
  name text not null check (btrim(name) <> ''),
  region_code char(6) not null check (region_code ~ '^[0-9]{6}$'),
  qualified_staff integer not null check (qualified_staff >= 0),
  is_member boolean not null default true,
  batch_id integer not null references import_batch (id)
);
create index department_region_idx on department (region_code);

create table inspection_item (
  code text primary key check (code ~ '^\\S{1,64}$'),
  name text not null check (btrim(name) <> ''),
  department_code text not null references department (code),
  category text not null check (category in ('KEY', 'GENERAL')),
  ratio_ceiling numeric(7, 4) check (ratio_ceiling > 0 and ratio_ceiling <= 100),
  legal_basis text,
  batch_id integer not null references import_batch (id)
);
create index inspection_item_department_idx on inspection_item (department_code);

create table subject (
  code text primary key check (code ~ '^\\S{1,64}$'),
  code_kind text not null check (code_kind in ('USCC', 'REGISTRATION_NUMBER', 'OBJECT_CODE')),
  name text not null check (btrim(name) <> ''),
  subject_type text not null check (subject_type in
    ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'PRODUCT', 'PROJECT', 'OTHER')),
  industry_code text,
  region_code char(6) not null check (region_code ~ '^[0-9]{6}$'),
  credit_class char(1) check (credit_class in ('A', 'B', 'C', 'D')),
  batch_id integer not null references import_batch (id),
  -- market entities are identified by a credit code or an older registration number only
  check ((subject_type in ('PRODUCT', 'PROJECT', 'OTHER')) = (code_kind = 'OBJECT_CODE'))
);
create index subject_type_idx on subject (subject_type);

create table subject_registry (
  subject_code text not null references subject (code) on delete cascade,
  department_code text not null references department (code),
  primary key (subject_code, department_code)
);
create index subject_registry_department_idx on subject_registry (department_code);

create table inspector (
  certificate_no text primary key check (certificate_no ~ '^\\S{1,64}$'),
  name text not null check (btrim(name) <> ''),
  department_code text not null references department (code),
  certificate_expires_on date not null,
  expertise text,
  batch_id integer not null references import_batch (id)
);
create index inspector_department_idx on inspector (department_code);

create table plan (
  code text primary key check (code ~ '^\\S{1,64}$'),
  name text not null check (btrim(name) <> ''),
  year integer not null check (year between 2000 and 2100),
  initiator_code text not null references department (code),
  entered_on date not null,
  published_on date,
  batch_id integer not null references import_batch (id)
);
create index plan_year_idx on plan (year);

create table plan_cooperator (
  plan_code text not null references plan (code) on delete cascade,
  department_code text not null references department (code),
  primary key (plan_code, department_code)
);

create table task (
  code text primary key check (code ~ '^\\S{1,64}$'),
  plan_code text references plan (code),
  name text not null check (btrim(name) <> ''),
  initiator_code text not null references department (code),
  credit_tiered boolean not null,
  starts_on date not null,
  due_on date not null,
  completed_on date,
  batch_id integer not null references import_batch (id),
  check (due_on >= starts_on),
  check (completed_on >= starts_on)
);
create index task_starts_on_idx on task (starts_on);
create index task_initiator_idx on task (initiator_code);

create table task_cooperator (
  task_code text not null references task (code) on delete cascade,
  department_code text not null references department (code),
  primary key (task_code, department_code)
);
create index task_cooperator_department_idx on task_cooperator (department_code);

create table task_item (
  task_code text not null references task (code) on delete cascade,
  item_code text not null references inspection_item (code),
  primary key (task_code, item_code)
);
create index task_item_item_idx on task_item (item_code);

create table task_class_draw (
  task_code text not null references task (code) on delete cascade,
  credit_class char(1) not null check (credit_class in ('A', 'B', 'C', 'D')),
  pool_count integer not null check (pool_count >= 0),
  drawn_count integer not null check (drawn_count >= 0 and drawn_count <= pool_count),
  primary key (task_code, credit_class)
);

create table inspection (
  id bigserial primary key,
  task_code text not null references task (code),
  subject_code text not null references subject (code),
  department_code text not null references department (code),
  inspected_on date not null,
  methods text[] not null check (cardinality(methods) > 0 and methods <@ array[
    'ON_SITE', 'DOCUMENT_REVIEW', 'ONLINE_MONITORING', 'TESTING', 'COMMISSIONED_AGENCY', 'ADOPTED_FINDINGS']),
  categories text[] not null check (cardinality(categories) > 0 and categories <@ array[
    'NO_PROBLEM', 'UNDISCLOSED_INFORMATION', 'FALSE_DISCLOSURE', 'UNREACHABLE_AT_ADDRESS', 'SERIOUS_OBSTRUCTION',
    'ORDERED_TO_CORRECT', 'PENDING_FOLLOW_UP', 'NO_RELEVANT_ACTIVITY', 'CLOSED_OR_LIQUIDATING',
    'DEREGISTERED_OR_REVOKED']),
  found_problem boolean not null generated always as (categories && array[
    'UNDISCLOSED_INFORMATION', 'FALSE_DISCLOSURE', 'UNREACHABLE_AT_ADDRESS', 'SERIOUS_OBSTRUCTION',
    'ORDERED_TO_CORRECT', 'PENDING_FOLLOW_UP']) stored,
  published_on date check (published_on >= inspected_on),
  follow_up text check (follow_up in
    ('NONE_NEEDED', 'RECTIFICATION_ORDERED', 'REFERRED_FOR_CASE', 'NOTIFIED_DEPARTMENT', 'RETURNED_TO_ROUTINE', 'OTHER')),
  batch_id integer not null references import_batch (id),
  unique (task_code, subject_code, department_code)
);
create index inspection_inspected_on_idx on inspection (inspected_on);
create index inspection_department_idx on inspection (department_code, inspected_on);
create index inspection_subject_idx on inspection (subject_code);

create table inspection_inspector (
  inspection_id bigint not null references inspection (id) on delete cascade,
  certificate_no text not null references inspector (certificate_no),
  primary key (inspection_id, certificate_no)
);
create index inspection_inspector_certificate_idx on inspection_inspector (certificate_no);

-- Days an administrator entered from the State Council's holiday notice; they override the
-- calendar the chinese-days package ships (and extend it past the package's last year).
create table work_calendar_day (
  day date primary key,
  is_working_day boolean not null,
  name text,
  updated_at timestamptz not null default now()
);
`);
  }
}
