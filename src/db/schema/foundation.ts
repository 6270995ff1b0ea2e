// The instance, centres, accounts, sessions and the audit log (migration 0001).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp, Json } from './column-types';

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
  /** The TOTP step (unix time / 30 s) of the last accepted code; that code and older ones are refused. */
  totp_last_step: number | null;
}
/** Failed logins per throttled key (pair e-mail + address, address, account); see src/app/auth/login-throttle.ts. */
export interface LoginFailuresTable {
  key: string;
  failures: number;
  first_failed_at: Timestamp;
  last_failed_at: Timestamp;
  locked_until: Timestamp | null;
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
