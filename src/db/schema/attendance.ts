// Workshops, class programmes, the attendance register, social activities (migration 0004).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

export interface WorkshopsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  type: string;
  place: string | null;
  capacity: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type WorkshopRow = Selectable<WorkshopsTable>;
export interface WorkshopInstructorsTable {
  centre_id: string;
  workshop_id: string;
  user_id: string;
}
export interface WorkshopAssignmentsTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  participant_id: string;
  from_date: string;
  to_date: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export interface ClassProgrammesTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  month: string;
  weekday_hours: Json<number[]>;
  day_hours: Json<Record<string, number>>;
  status: Generated<string>;
  approved_by: string | null;
  approved_at: Date | null;
  version: Generated<number>;
  updated_at: Timestamp;
}
export type ClassProgrammeRow = Selectable<ClassProgrammesTable>;
export interface AttendanceEntriesTable {
  centre_id: string;
  participant_id: string;
  date: string;
  workshop_id: string;
  status: string;
  hours: number | null;
  meal: Generated<boolean>;
  sick_note_number: string | null;
  sick_note_from: string | null;
  sick_note_to: string | null;
  day_off_approved: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}
export type AttendanceEntryRow = Selectable<AttendanceEntriesTable>;
export interface AttendanceMonthsTable {
  centre_id: string;
  workshop_id: string;
  month: string;
  status: string;
  locked_by: string | null;
  locked_at: Date | null;
  reopen_reason: string | null;
  reopened_by: string | null;
  reopened_at: Date | null;
}
export interface SocialActivitiesTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  date: string;
  hours: number;
  title: string;
  staff_name: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export interface SocialActivityParticipantsTable {
  centre_id: string;
  activity_id: string;
  participant_id: string;
}
