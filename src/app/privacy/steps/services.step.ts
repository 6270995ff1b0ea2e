import { sql } from 'kysely';
import { scrubTokens } from '../../../domain/privacy/anonymisation';
import type { AnonymisationStep } from '../anonymisation-steps';
import { mentions, rowsOf } from './rows';

/**
 * Services (migration 0017): a crew member's job days keep their dates and hours (the register and the
 * income figures count them); what was practised stays unless it names the person, then the name becomes
 * the pseudonym. Crew lists hold only ids.
 */
export const servicesStep: AnonymisationStep = {
  module: 'services',
  tables: ['service_job_days', 'service_job_crew', 'service_stand_crew'],
  async anonymise(trx, p) {
    if (p.tokens.length === 0) return;
    const days = await sql<{ job_id: string; date: string; practised: string }>`
      select job_id, date::text as date, practised from service_job_days
      where centre_id = ${p.centreId} and participant_id = ${p.participantId}
        and (${mentions('practised', p.tokens)})`.execute(trx);
    for (const d of days.rows)
      await sql`update service_job_days set practised = ${String(scrubTokens(d.practised, p.tokens, p.pseudonym))}
        where participant_id = ${p.participantId} and job_id = ${d.job_id} and date = ${d.date}::date`.execute(
        trx,
      );
  },
  async copy(db, centreId, participantId) {
    return {
      service_job_crew: await rowsOf(db, 'service_job_crew', centreId, participantId),
      service_job_days: await rowsOf(db, 'service_job_days', centreId, participantId),
      service_stand_crew: await rowsOf(db, 'service_stand_crew', centreId, participantId),
    };
  },
};
