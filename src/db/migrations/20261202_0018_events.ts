import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 18: events and courses (sessions, registrations, attendance, numbered certificates), standing
// groups (the senior club), volunteers (agreements, hours) and in-kind help (donations, append-only
// movements of material between holders, deliveries).
export async function up(db: Kysely<any>): Promise<void> {
  // A light person record for people who are not CIS participants: no special-category data.
  await sql`
    create table event_persons (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      full_name text not null,
      email text,
      phone text,
      birth_year int,
      consent_on date not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint event_persons_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table events (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null,
      title text not null,
      description text,
      programme text,
      place text,
      starts_on date not null,
      ends_on date not null,
      organiser_partner_id uuid references partners (id),
      capacity int,
      waiting_list boolean not null default false,
      completion_percent int not null default 80,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint events_id_centre_unique unique (id, centre_id),
      constraint events_dates check (ends_on >= starts_on),
      constraint events_capacity check (capacity is null or capacity > 0)
    )
  `.execute(db);
  await sql`create index events_centre_idx on events (centre_id, starts_on)`.execute(db);
  await sql`
    create table event_sessions (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      event_id uuid not null,
      held_on date not null,
      starts_at text not null,
      ends_at text not null,
      topic text not null,
      created_at timestamptz not null default now(),
      constraint event_sessions_event_fk foreign key (event_id, centre_id) references events (id, centre_id),
      constraint event_sessions_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`create index event_sessions_event_idx on event_sessions (centre_id, event_id, held_on)`.execute(
    db,
  );
  await sql`
    create table event_registrations (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      event_id uuid not null,
      kind text not null,
      participant_id uuid references participants (id),
      person_id uuid,
      user_id uuid references users (id),
      guest_name text,
      status text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint event_registrations_event_fk foreign key (event_id, centre_id) references events (id, centre_id),
      constraint event_registrations_person_fk foreign key (person_id, centre_id)
        references event_persons (id, centre_id),
      constraint event_registrations_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`create unique index event_registrations_participant_unique on event_registrations (event_id, participant_id) where participant_id is not null and status <> 'CANCELLED'`.execute(
    db,
  );
  await sql`create unique index event_registrations_person_unique on event_registrations (event_id, person_id) where person_id is not null and status <> 'CANCELLED'`.execute(
    db,
  );
  await sql`create unique index event_registrations_user_unique on event_registrations (event_id, user_id) where user_id is not null and status <> 'CANCELLED'`.execute(
    db,
  );
  await sql`
    create table event_attendance (
      centre_id uuid not null references centres (id),
      session_id uuid not null,
      registration_id uuid not null,
      present boolean not null,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      primary key (session_id, registration_id),
      constraint event_attendance_session_fk foreign key (session_id, centre_id)
        references event_sessions (id, centre_id),
      constraint event_attendance_registration_fk foreign key (registration_id, centre_id)
        references event_registrations (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table event_certificates (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      event_id uuid not null,
      registration_id uuid not null,
      number text not null,
      issued_on date not null,
      holder_name text not null,
      minutes_attended int not null,
      issued_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint event_certificates_event_fk foreign key (event_id, centre_id) references events (id, centre_id),
      constraint event_certificates_registration_fk foreign key (registration_id, centre_id)
        references event_registrations (id, centre_id),
      constraint event_certificates_number_unique unique (centre_id, number),
      constraint event_certificates_registration_unique unique (registration_id)
    )
  `.execute(db);

  // Standing groups (the senior club "Ogród Inspiracji"): members, regular meetings, attendance.
  await sql`
    create table standing_groups (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      name text not null,
      description text,
      meeting_rule text,
      partner_id uuid references partners (id),
      created_at timestamptz not null default now(),
      constraint standing_groups_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table group_members (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      group_id uuid not null,
      participant_id uuid references participants (id),
      person_id uuid,
      joined_on date not null,
      left_on date,
      created_at timestamptz not null default now(),
      constraint group_members_group_fk foreign key (group_id, centre_id) references standing_groups (id, centre_id),
      constraint group_members_person_fk foreign key (person_id, centre_id) references event_persons (id, centre_id),
      constraint group_members_id_centre_unique unique (id, centre_id),
      constraint group_members_one_person check ((participant_id is null) <> (person_id is null))
    )
  `.execute(db);
  await sql`
    create table group_meetings (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      group_id uuid not null,
      held_on date not null,
      topic text not null,
      created_at timestamptz not null default now(),
      constraint group_meetings_group_fk foreign key (group_id, centre_id) references standing_groups (id, centre_id),
      constraint group_meetings_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table group_attendance (
      centre_id uuid not null references centres (id),
      meeting_id uuid not null,
      member_id uuid not null,
      present boolean not null,
      primary key (meeting_id, member_id),
      constraint group_attendance_meeting_fk foreign key (meeting_id, centre_id) references group_meetings (id, centre_id),
      constraint group_attendance_member_fk foreign key (member_id, centre_id) references group_members (id, centre_id)
    )
  `.execute(db);

  // Volunteers (the public-benefit and volunteering act, art. 42–46).
  await sql`
    create table volunteers (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      first_name text not null,
      last_name text not null,
      sex text not null,
      birth_date date not null,
      email text,
      phone text,
      guardian_name text,
      guardian_consent_on date,
      insurance_note text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint volunteers_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table volunteer_agreements (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      volunteer_id uuid not null,
      number text not null,
      signed_on date not null,
      valid_from date not null,
      valid_until date,
      scope text not null,
      written boolean not null,
      created_at timestamptz not null default now(),
      constraint volunteer_agreements_volunteer_fk foreign key (volunteer_id, centre_id)
        references volunteers (id, centre_id),
      constraint volunteer_agreements_number_unique unique (centre_id, number)
    )
  `.execute(db);
  await sql`
    create table volunteer_activities (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      volunteer_id uuid not null,
      done_on date not null,
      activity text not null,
      description text,
      minutes int not null check (minutes > 0),
      created_at timestamptz not null default now(),
      constraint volunteer_activities_volunteer_fk foreign key (volunteer_id, centre_id)
        references volunteers (id, centre_id)
    )
  `.execute(db);

  // In-kind help: donations of items; append-only movements (two rows per transfer, one per holder).
  await sql`
    create table inkind_donations (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      donor_partner_id uuid references partners (id),
      donor_name text,
      donor_address text,
      received_on date not null,
      document_no text,
      notes text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint inkind_donations_id_centre_unique unique (id, centre_id),
      constraint inkind_donations_donor check ((donor_partner_id is null) <> (donor_name is null))
    )
  `.execute(db);
  await sql`
    create table inkind_items (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      donation_id uuid,
      made_from_item_id uuid,
      name text not null,
      unit text not null,
      value_grosze bigint,
      created_at timestamptz not null default now(),
      constraint inkind_items_donation_fk foreign key (donation_id, centre_id)
        references inkind_donations (id, centre_id),
      constraint inkind_items_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`
    create table inkind_movements (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      item_id uuid not null,
      operation_id uuid not null,
      holder_kind text not null,
      holder_id uuid,
      delta bigint not null,
      step text not null,
      moved_on date not null,
      note text,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint inkind_movements_item_fk foreign key (item_id, centre_id) references inkind_items (id, centre_id)
    )
  `.execute(db);
  await sql`create index inkind_movements_item_idx on inkind_movements (centre_id, item_id, holder_kind, holder_id)`.execute(
    db,
  );
  await sql`create index inkind_movements_operation_idx on inkind_movements (centre_id, operation_id)`.execute(
    db,
  );
  await sql`
    create table inkind_deliveries (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      operation_id uuid not null unique,
      number text not null,
      recipient_partner_id uuid not null references partners (id),
      delivered_on date not null,
      received_by text,
      created_at timestamptz not null default now(),
      constraint inkind_deliveries_number_unique unique (centre_id, number)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'inkind_deliveries',
    'inkind_movements',
    'inkind_items',
    'inkind_donations',
    'volunteer_activities',
    'volunteer_agreements',
    'volunteers',
    'group_attendance',
    'group_meetings',
    'group_members',
    'standing_groups',
    'event_certificates',
    'event_attendance',
    'event_registrations',
    'event_sessions',
    'events',
    'event_persons',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
