// Referral, eligibility, programmes (IPZS / KIS contract), follow-ups, document numbers (migration 0003).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

export interface ReferralsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  applicant_type: string;
  referring_body_kind: Generated<string>;
  referring_body: string | null;
  referring_body_address: string | null;
  referred_on: string;
  received_on: string;
  consent_given: boolean;
  consent_on: string | null;
  ops_opinion_required: boolean;
  ops_opinion_on: string | null;
  ops_opinion: string | null;
  status: Generated<string>;
  status_since: string;
  notes: string | null;
  /** The referring institution in the partner registry (issue 16), when known. */
  partner_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type ReferralRow = Selectable<ReferralsTable>;
export interface ParticipantDocumentsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string | null;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  description: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}
export interface EligibilityEvidenceTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  group_code: string;
  document_type: string;
  document_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  valid_until: string | null;
  document_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type EvidenceRow = Selectable<EligibilityEvidenceTable>;
export interface EligibilityDecisionsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string;
  decided_on: string;
  outcome: 'ELIGIBLE' | 'REFUSED';
  waiting_list: Generated<boolean>;
  groups: string[];
  declared_benefits: string[];
  declaration_signed: boolean;
  justification: string | null;
  reasons: Json<unknown>;
  note: string | null;
  decided_by: string | null;
  created_at: Timestamp;
}
export type DecisionRow = Selectable<EligibilityDecisionsTable>;
export interface ProgrammesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string | null;
  kind: 'IPZS' | 'KIS_CONTRACT';
  number: string;
  status: Generated<string>;
  admission_date: string;
  trial_last_day: string | null;
  base_end: string | null;
  extension_months: Generated<number>;
  planned_end: string;
  signed_on: string | null;
  workshop: string | null;
  weekly_hours: number | null;
  disability_degree: Generated<string>;
  vocational_scope: Generated<string>;
  vocational_forms: Generated<string>;
  social_scope: Generated<string>;
  social_forms: Generated<string>;
  responsible_persons: Json<{ name: string; role: string }[]>;
  contract_number: string | null;
  contract_ops: string | null;
  contract_from: string | null;
  contract_to: string | null;
  exit_type: string | null;
  last_day: string | null;
  exit_event_date: string | null;
  continuation_until: string | null;
  closed_on: string | null;
  decision_number: string | null;
  decision_on: string | null;
  complaint_court: string | null;
  exit_justification: string | null;
  vocational_skills: Generated<string[]>;
  social_skills: Generated<string[]>;
  certificate_number: string | null;
  certificate_issued_on: string | null;
  /** The participant's application for the integration benefit, and the director's grant (art. 15 ust. 4). */
  benefit_application_on: Generated<string | null>;
  benefit_granted_on: Generated<string | null>;
  benefit_granted_by: Generated<string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type ProgrammeRow = Selectable<ProgrammesTable>;
export type NewProgrammeRow = Insertable<ProgrammesTable>;
export interface ProgrammeVersionsTable {
  id: Generated<string>;
  centre_id: string;
  programme_id: string;
  version: number;
  change_kind: string;
  changed_fields: string[];
  reason: string | null;
  snapshot: Json<unknown>;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: Timestamp;
}
export interface FollowUpsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string;
  label: string;
  due_on: string;
  done_on: string | null;
  outcome: string | null;
  note: string | null;
  recorded_by: string | null;
}
export interface DocumentCountersTable {
  centre_id: string;
  kind: string;
  year: number;
  last: number;
}
