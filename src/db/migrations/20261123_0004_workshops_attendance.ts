import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Workshops, the monthly class programme (art. 14 ust. 1a) and the daily attendance register.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table workshops (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      name text not null,
      type text not null,
      place text,
      capacity int,
      active boolean not null default true,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index workshops_name on workshops (centre_id, lower(name));

    create table workshop_instructors (
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      user_id uuid not null references users (id),
      primary key (workshop_id, user_id)
    );

    create table workshop_assignments (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      participant_id uuid not null references participants (id),
      from_date date not null,
      to_date date,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      check (to_date is null or to_date >= from_date)
    );
    create unique index workshop_assignments_open on workshop_assignments (participant_id) where to_date is null;
    create index workshop_assignments_workshop_idx on workshop_assignments (centre_id, workshop_id, from_date);

    create table class_programmes (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      month char(7) not null,
      weekday_hours jsonb not null,
      day_hours jsonb not null default '{}',
      status text not null default 'DRAFT',
      approved_by uuid references users (id),
      approved_at timestamptz,
      version int not null default 1,
      updated_at timestamptz not null default now(),
      unique (workshop_id, month)
    );

    create table attendance_entries (
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      date date not null,
      workshop_id uuid not null references workshops (id),
      status text not null,
      hours real,
      meal boolean not null default false,
      sick_note_number text,
      sick_note_from date,
      sick_note_to date,
      day_off_approved boolean not null default false,
      version int not null default 1,
      updated_by uuid references users (id),
      updated_at timestamptz not null default now(),
      primary key (participant_id, date)
    );
    create index attendance_entries_workshop_month_idx on attendance_entries (centre_id, workshop_id, date);

    create table social_activities (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null,
      date date not null,
      hours real not null check (hours > 0 and hours <= 12),
      title text not null,
      staff_name text,
      note text,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index social_activities_centre_date_idx on social_activities (centre_id, date);

    create table social_activity_participants (
      centre_id uuid not null references centres (id),
      activity_id uuid not null references social_activities (id),
      participant_id uuid not null references participants (id),
      primary key (activity_id, participant_id)
    );
    create index social_activity_participants_person_idx on social_activity_participants (centre_id, participant_id);

    create table attendance_months (
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      month char(7) not null,
      status text not null,
      locked_by uuid references users (id),
      locked_at timestamptz,
      reopen_reason text,
      reopened_by uuid references users (id),
      reopened_at timestamptz,
      primary key (workshop_id, month)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table attendance_months;
    drop table social_activity_participants;
    drop table social_activities;
    drop table attendance_entries;
    drop table class_programmes;
    drop table workshop_assignments;
    drop table workshop_instructors;
    drop table workshops;
  `.execute(db);
}
