// EU projects and the SM EFS participant data (issue 16, migration 0016).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

/** An EU-funded project the centre runs or takes part in (issue 16, item 5). */
export interface EuProjectsTable {
  id: Generated<string>;
  centre_id: string;
  number: string;
  title: string;
  programme: string;
  priority: string;
  action: string | null;
  start_date: string;
  end_date: string;
  /** The leader when it is a partner; null when the centre leads. */
  leader_partner_id: string | null;
  support_forms: Generated<string[]>;
  /** Target values per indicator code. */
  targets: Json<Record<string, number>>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type EuProjectRow = Selectable<EuProjectsTable>;
export interface EuProjectPartnersTable {
  centre_id: string;
  project_id: string;
  partner_id: string;
}
/** A participant enrolled in an EU project, with the monitoring (SM EFS) data the record does not hold. */
export interface EuProjectParticipantsTable {
  id: Generated<string>;
  centre_id: string;
  project_id: string;
  participant_id: string;
  project_start: string;
  project_end: string | null;
  support_start: string;
  support_end: string | null;
  support_forms: Generated<string[]>;
  labour_market_status: string | null;
  long_term_unemployed: boolean | null;
  education_end_planned: string | null;
  degurba: string | null;
  foreign_origin: string | null;
  third_country_national: string | null;
  minority: string | null;
  homeless: string | null;
  disability: string | null;
  exit_situation: string | null;
  exit_as_planned: boolean | null;
  business_started_on: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by_name: string | null;
  updated_by_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type EuProjectParticipantRow = Selectable<EuProjectParticipantsTable>;

// Issue 18: events and courses, standing groups, volunteers, in-kind help (migration 0018).
