// Authorisations to process personal data and the privacy settings (migration 0011).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

/** A written authorisation to process participants' data with its confidentiality pledge (art. 8b ust. 4). */
export interface StaffAuthorisationsTable {
  id: Generated<string>;
  centre_id: string;
  user_id: string;
  number: string;
  scope: string;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  pledge_signed_on: string | null;
  issued_by: string | null;
  issued_by_name: string;
  /** ISSUED (by a person in the app), SETUP, DEMO or MIGRATION (transitional, to confirm on paper). */
  source: Generated<string>;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  created_at: Timestamp;
}
export type StaffAuthorisationRow = Selectable<StaffAuthorisationsTable>;
/** The centre's information clause (art. 8b ust. 2–3, GDPR art. 13); absent row = the default text. */
export interface PrivacySettingsTable {
  centre_id: string;
  information_clause: string;
  updated_at: Timestamp;
  updated_by: string | null;
}
