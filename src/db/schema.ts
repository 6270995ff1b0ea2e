import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Kysely's view of the tables. Row ↔ domain mapping lives in each repository. */
export interface Database {
  instance: InstanceTable;
  centres: CentresTable;
  users: UsersTable;
  centre_members: CentreMembersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  participants: ParticipantsTable;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface InstanceTable {
  id: Generated<number>;
  setup_completed_at: Date | null;
  demo: Generated<boolean>;
}

export interface CentresTable {
  id: Generated<string>;
  type: 'CIS' | 'KIS';
  name: string;
  regon: string;
  nip: string;
  street: string;
  building_no: string;
  flat_no: string | null;
  postal_code: string;
  city: string;
  gmina_code: string;
  email: string | null;
  phone: string | null;
  founding_institution_name: string;
  founding_institution_type: 'JST' | 'NGO' | 'CHURCH_LEGAL_PERSON' | 'SOCIAL_COOPERATIVE';
  status_date: string;
  settings: Json<Record<string, unknown>>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  full_name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  is_active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface CentreMembersTable {
  centre_id: string;
  user_id: string;
  roles: string[];
  is_active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  current_centre_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  centre_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
}

export type CentreRow = Selectable<CentresTable>;
export type NewCentreRow = Insertable<CentresTable>;
export type CentreUpdate = Updateable<CentresTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface ParticipantsTable {
  id: Generated<string>;
  centre_id: string;
  first_name: string;
  last_name: string;
  name_key: string;
  pesel: string | null;
  birth_date: string;
  sex: 'F' | 'M';
  citizenship: Generated<string>;
  street: string | null;
  building_no: string | null;
  flat_no: string | null;
  postal_code: string | null;
  city: string | null;
  gmina_code: string | null;
  phone: string | null;
  email: string | null;
  education_level: string | null;
  bank_account: string | null;
  status: Generated<string>;
  eligibility_groups: Generated<string[]>;
  eligibility_justification: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ParticipantRow = Selectable<ParticipantsTable>;
export type NewParticipantRow = Insertable<ParticipantsTable>;
