// Events, standing groups, volunteers and in-kind help (issue 18, migration 0018).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

/** A person who is not a CIS participant (senior, guest of a course): name, contact, year of birth, consent. */
export interface EventPersonsTable {
  id: Generated<string>;
  centre_id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  birth_year: number | null;
  consent_on: string;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventPersonRow = Selectable<EventPersonsTable>;
export interface EventsTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  title: string;
  description: string | null;
  programme: string | null;
  place: string | null;
  starts_on: string;
  ends_on: string;
  organiser_partner_id: string | null;
  capacity: number | null;
  waiting_list: Generated<boolean>;
  completion_percent: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventRow = Selectable<EventsTable>;
export interface EventSessionsTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  held_on: string;
  starts_at: string;
  ends_at: string;
  topic: string;
  created_at: Timestamp;
}
export type EventSessionRow = Selectable<EventSessionsTable>;
export interface EventRegistrationsTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  kind: string;
  participant_id: string | null;
  person_id: string | null;
  user_id: string | null;
  guest_name: string | null;
  status: string;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventRegistrationRow = Selectable<EventRegistrationsTable>;
export interface EventAttendanceTable {
  centre_id: string;
  session_id: string;
  registration_id: string;
  present: boolean;
  recorded_by: string | null;
  recorded_at: Timestamp;
}
export interface EventCertificatesTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  registration_id: string;
  number: string;
  issued_on: string;
  holder_name: string;
  minutes_attended: number;
  issued_by: string | null;
  created_at: Timestamp;
}
export type EventCertificateRow = Selectable<EventCertificatesTable>;
export interface StandingGroupsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  description: string | null;
  meeting_rule: string | null;
  partner_id: string | null;
  created_at: Timestamp;
}
export interface GroupMembersTable {
  id: Generated<string>;
  centre_id: string;
  group_id: string;
  participant_id: string | null;
  person_id: string | null;
  joined_on: string;
  left_on: string | null;
  created_at: Timestamp;
}
export interface GroupMeetingsTable {
  id: Generated<string>;
  centre_id: string;
  group_id: string;
  held_on: string;
  topic: string;
  created_at: Timestamp;
}
export interface GroupAttendanceTable {
  centre_id: string;
  meeting_id: string;
  member_id: string;
  present: boolean;
}
export interface VolunteersTable {
  id: Generated<string>;
  centre_id: string;
  first_name: string;
  last_name: string;
  sex: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
  guardian_name: string | null;
  guardian_consent_on: string | null;
  insurance_note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  updated_at: Date | null;
}
export type VolunteerRow = Selectable<VolunteersTable>;
export interface VolunteerAgreementsTable {
  id: Generated<string>;
  centre_id: string;
  volunteer_id: string;
  number: string;
  signed_on: string;
  valid_from: string;
  valid_until: string | null;
  scope: string;
  written: boolean;
  created_at: Timestamp;
  version: Generated<number>;
  updated_at: Date | null;
}
export interface VolunteerActivitiesTable {
  id: Generated<string>;
  centre_id: string;
  volunteer_id: string;
  done_on: string;
  activity: string;
  description: string | null;
  minutes: number;
  created_at: Timestamp;
}
export interface InkindDonationsTable {
  id: Generated<string>;
  centre_id: string;
  donor_partner_id: string | null;
  donor_name: string | null;
  donor_address: string | null;
  received_on: string;
  document_no: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export interface InkindItemsTable {
  id: Generated<string>;
  centre_id: string;
  donation_id: string | null;
  made_from_item_id: string | null;
  name: string;
  unit: string;
  value_grosze: ColumnType<string | number | null, number | null, number | null>;
  created_at: Timestamp;
}
/** Append-only: a transfer writes one row per holder (−q, +q) under one operation id; nothing is updated. */
export interface InkindMovementsTable {
  id: Generated<string>;
  centre_id: string;
  item_id: string;
  operation_id: string;
  holder_kind: string;
  holder_id: string | null;
  delta: ColumnType<string | number, number, never>;
  step: string;
  moved_on: string;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}
export interface InkindDeliveriesTable {
  id: Generated<string>;
  centre_id: string;
  operation_id: string;
  number: string;
  recipient_partner_id: string;
  delivered_on: string;
  received_by: string | null;
  created_at: Timestamp;
}
