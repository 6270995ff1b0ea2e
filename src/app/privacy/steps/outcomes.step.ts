import { sql } from 'kysely';
import type { AnonymisationStep } from '../anonymisation-steps';
import { idsOf, rowsOf } from './rows';

/** Reports (migration 0014): outcomes at exit and follow-up — the note goes, work and effects stay. */
export const outcomesStep: AnonymisationStep = {
  module: 'reports',
  tables: ['participant_outcomes'],
  async anonymise(trx, p) {
    await sql`update participant_outcomes set note = null
      where centre_id = ${p.centreId} and participant_id = ${p.participantId}`.execute(trx);
  },
  auditEntityIds: (db, p) => idsOf(db, 'participant_outcomes', p.centreId, p.participantId),
  async copy(db, centreId, participantId) {
    return { participant_outcomes: await rowsOf(db, 'participant_outcomes', centreId, participantId) };
  },
};
