import { sql } from 'kysely';
import type { AnonymisationStep } from '../anonymisation-steps';
import { idsOf, rowsOf } from './rows';

/**
 * EU projects (migration 0016): the SM EFS participant rows keep their dates, support forms and the coded
 * statuses the project indicators count; the free-text notes go. The staff names who edited stay (staff).
 */
export const euProjectsStep: AnonymisationStep = {
  module: 'projects',
  tables: ['eu_project_participants'],
  async anonymise(trx, p) {
    await sql`update eu_project_participants set notes = null
      where centre_id = ${p.centreId} and participant_id = ${p.participantId}`.execute(trx);
  },
  auditEntityIds: (db, p) => idsOf(db, 'eu_project_participants', p.centreId, p.participantId),
  async copy(db, centreId, participantId) {
    return { eu_project_participants: await rowsOf(db, 'eu_project_participants', centreId, participantId) };
  },
};
