// Staff register, outcomes and annual reports (issue 15, migration 0014).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

/** The staff register (issue 15): employees and other staff, for art. 11 and the annual reports. */
export interface StaffMembersTable {
  id: Generated<string>;
  centre_id: string;
  full_name: string;
  sex: 'F' | 'M' | null;
  function: string;
  basis: string;
  /** Working time in thousandths of a full-time post (1000 = full time). */
  fte_milli: number;
  conducts_classes: Generated<boolean>;
  from_date: string;
  to_date: string | null;
  user_id: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type StaffMemberRow = Selectable<StaffMembersTable>;
/** A participant's situation recorded at an exit or a follow-up (issue 15; the reports' outcome rows). */
export interface ParticipantOutcomesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string | null;
  follow_up_id: string | null;
  source: 'EXIT' | 'FOLLOW_UP';
  observed_on: string;
  work: string;
  employment_form: string | null;
  contract_type: string | null;
  social_effects: Generated<string[]>;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}
export type ParticipantOutcomeRow = Selectable<ParticipantOutcomesTable>;
/** One version of a centre's annual report: draft → signed → sent (frozen snapshot); a correction is a new version. */
export interface AnnualReportsTable {
  id: Generated<string>;
  centre_id: string;
  year: number;
  version: number;
  status: Generated<'DRAFT' | 'SIGNED' | 'SENT'>;
  narrative: Json<Record<string, string>>;
  snapshot: Json<unknown> | null;
  row_version: Generated<number>;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  sent_at: Date | null;
  sent_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type AnnualReportRow = Selectable<AnnualReportsTable>;
