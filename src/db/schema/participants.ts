// Participants and the history of corrections to their records (migrations 0002, 0008).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

export interface ParticipantsTable {
  id: Generated<string>;
  /** The day the person was given the information clause (art. 8b ust. 2–3, GDPR art. 13). */
  informed_on: ColumnType<string | null, string | null | undefined, string | null>;
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
  status_since: string | null;
  paid_in_cash: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type ParticipantRow = Selectable<ParticipantsTable>;
export type NewParticipantRow = Insertable<ParticipantsTable>;
/** One field of a participant's record changed by one correction (values as stored). */
export interface ParticipantFieldChange {
  field: string;
  from: unknown;
  to: unknown;
}
export interface ParticipantChangesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  version: number;
  changed_by: string | null;
  changed_by_email: string | null;
  changed_at: Timestamp;
  changes: Json<ParticipantFieldChange[]>;
}
export type ParticipantChangeRow = Selectable<ParticipantChangesTable>;
