import { sql } from 'kysely';
import { REMOVED, scrubTokens } from '../../../domain/privacy/anonymisation';
import type { AnonymisationStep } from '../anonymisation-steps';
import { mentions, rowsOf } from './rows';

const TABLES = ['placements', 'placement_days', 'graduate_contacts', 'supported_employment'] as const;

/**
 * Placements, graduates and supported employment (migration 0024, decision 0024): the dates, hours, statuses,
 * ratings, employment and form stay (the register, the graduates' figures and the refund claims count them);
 * the notes, the cancel reason, the tutor's opinion and recommendation, the support justification go, and
 * any other text naming the person (goals, skills, support given, employer) has the name replaced. The
 * employer's tutor and the PUP are not the person and stay.
 */
export const placementsStep: AnonymisationStep = {
  module: 'placements',
  tables: TABLES,
  async anonymise(trx, p) {
    const mine = sql`centre_id = ${p.centreId} and participant_id = ${p.participantId}`;
    const scrub = (v: unknown) => scrubTokens(v, p.tokens, p.pseudonym);
    const placements = await sql<{ id: string; learning_goals: string; evaluation: unknown }>`
      select id::text as id, learning_goals, evaluation from placements where ${mine}`.execute(trx);
    for (const row of placements.rows) {
      const raw = typeof row.evaluation === 'string' ? JSON.parse(row.evaluation) : row.evaluation;
      const evaluation =
        raw && typeof raw === 'object'
          ? {
              ...(scrub(raw) as Record<string, unknown>),
              tutorOpinion: REMOVED,
              ...('recommendation' in raw ? { recommendation: null } : {}),
            }
          : null;
      await sql`update placements set learning_goals = ${String(scrub(row.learning_goals))},
          evaluation = ${evaluation === null ? null : JSON.stringify(evaluation)}::jsonb,
          cancel_reason = case when cancel_reason is null then null else ${REMOVED} end
        where id = ${row.id}::uuid`.execute(trx);
    }
    await sql`update placement_days set note = null where ${mine}`.execute(trx);
    await sql`update supported_employment set justification = null, note = null where ${mine}`.execute(trx);
    await sql`update graduate_contacts set note = null where ${mine}`.execute(trx);
    if (p.tokens.length === 0) return;
    const contacts = await sql<{ id: string; employer: string | null; support_given: string | null }>`
      select id::text as id, employer, support_given from graduate_contacts where ${mine}
        and ((${mentions('employer', p.tokens)}) or (${mentions('support_given', p.tokens)}))`.execute(trx);
    for (const r of contacts.rows)
      await sql`update graduate_contacts set
          employer = ${r.employer === null ? null : String(scrub(r.employer))},
          support_given = ${r.support_given === null ? null : String(scrub(r.support_given))}
        where id = ${r.id}::uuid`.execute(trx);
  },
  async auditEntityIds(db, p) {
    const found = await sql<{ id: string }>`
      select id::text as id from placements where centre_id = ${p.centreId} and participant_id = ${p.participantId}
      union all select id::text from graduate_contacts
        where centre_id = ${p.centreId} and participant_id = ${p.participantId}
      union all select id::text from supported_employment
        where centre_id = ${p.centreId} and participant_id = ${p.participantId}`.execute(db);
    return found.rows.map((r) => r.id);
  },
  async copy(db, centreId, participantId) {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of TABLES) out[table] = await rowsOf(db, table, centreId, participantId);
    return out;
  },
};
