// Retention and anonymisation (issue 14, migration 0020).
import type { Generated, Selectable } from 'kysely';

/** The director's approval to anonymise one person after the retention period, and its outcome (0018). */
export interface RetentionAnonymisationsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  pseudonym: string;
  services_ended_on: string;
  retention_ends_on: string;
  status: Generated<'APPROVED' | 'DONE'>;
  approved_by: string | null;
  approved_at: Generated<Date>;
  job_id: string | null;
  done_at: Date | null;
}
export type RetentionAnonymisationRow = Selectable<RetentionAnonymisationsTable>;
// Issue 17: services the centre sells (art. 9) — migration 20261202_0017_services.
