// The art. 200 track: agreements with the starosta, people enrolled under them, their hours (migration 0035).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

/** numeric columns come back as strings from PostgreSQL and PGlite. */
type Numeric = ColumnType<string, number, number>;

export interface Art200AgreementsTable {
  id: Generated<string>;
  centre_id: string;
  partner_id: string;
  number: string;
  signed_on: string | null;
  valid_from: string;
  valid_until: string;
  activities: string;
  expected_effects: string;
  measurement: string;
  daily_hours_limit: Numeric;
  max_months: number;
  planned_people: number | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type Art200AgreementRow = Selectable<Art200AgreementsTable>;

export interface Art200EnrolmentsTable {
  id: Generated<string>;
  centre_id: string;
  agreement_id: string;
  first_name: string;
  last_name: string;
  pesel: string | null;
  pup_reference: string | null;
  start_date: string;
  planned_end_date: string;
  ended_on: string | null;
  end_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type Art200EnrolmentRow = Selectable<Art200EnrolmentsTable>;

export interface Art200HoursTable {
  enrolment_id: string;
  centre_id: string;
  date: string;
  hours: Numeric;
  recorded_by: string | null;
  recorded_at: Timestamp;
}
