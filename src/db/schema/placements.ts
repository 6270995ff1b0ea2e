// Practical placements at partner employers and the follow-up of graduates (issue 16, migration 0024).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, Timestamp } from './column-types';

/** numeric columns come back as strings from PostgreSQL and PGlite. */
type Numeric = ColumnType<string, number, number>;

export interface PlacementEvaluation {
  ratings: Record<string, number>;
  skills: string[];
  tutorOpinion: string;
  recommendation: string | null;
  evaluatedBy: string;
}

export interface PlacementsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string;
  partner_id: string;
  agreement_id: string | null;
  workshop_id: string;
  number: string | null;
  status: Generated<string>;
  position: string;
  place: string;
  tutor_name: string;
  tutor_phone: string | null;
  centre_tutor: string;
  start_date: string;
  end_date: string;
  schedule: string;
  daily_hours: Numeric;
  learning_goals: string;
  signed_on: string | null;
  evaluation: Json<PlacementEvaluation | null>;
  evaluated_on: string | null;
  cancel_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type PlacementRow = Selectable<PlacementsTable>;

export interface PlacementDaysTable {
  placement_id: string;
  centre_id: string;
  participant_id: string;
  date: string;
  hours: Numeric;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface GraduateContactsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string;
  contacted_on: string;
  channel: string;
  employment: string;
  employer: string | null;
  support_given: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  created_at: Timestamp;
}
export type GraduateContactRow = Selectable<GraduateContactsTable>;

export interface SupportedEmploymentTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string;
  form: string;
  applied_on: string;
  signed_by_director: boolean;
  signed_by_social_worker: boolean;
  signed_by_participant: boolean;
  justification: string | null;
  pup_referral_on: string | null;
  pup_name: string | null;
  employer_partner_id: string | null;
  starosta_agreement_number: string | null;
  starosta_agreement_on: string | null;
  employment_from: string | null;
  employment_until: string | null;
  note: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type SupportedEmploymentRow = Selectable<SupportedEmploymentTable>;

export interface SupportedEmploymentClaimsTable {
  id: Generated<string>;
  centre_id: string;
  supported_employment_id: string;
  month: string;
  received_on: string;
  wage_gross: number;
  refund_wage: number;
  refund_contributions: number;
  paid_on: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}
