import { sql } from 'kysely';
import { scrubTokens } from '../../../domain/privacy/anonymisation';
import type { AnonymisationStep } from '../anonymisation-steps';

type TransferText = {
  id: string;
  data: unknown;
  note: string | null;
  consent_note: string | null;
  refusal_reason: string | null;
};

/**
 * Network transfers (migration 0027): a transfer of the person — sent by this centre or received into it —
 * keeps its dates, status, consent scope and categories (the network's figures); the data still travelling,
 * the note, the consent note and the refusal reason have every value naming the person replaced by the
 * pseudonym (the data's shape stays, so a waiting transfer can still be answered).
 */
export const networkTransfersStep: AnonymisationStep = {
  module: 'networks',
  tables: ['network_transfers'],
  async anonymise(trx, p) {
    const rows = await sql<TransferText>`select id::text as id, data, note, consent_note, refusal_reason
      from network_transfers
      where (from_centre_id = ${p.centreId} and participant_id = ${p.participantId})
         or (to_centre_id = ${p.centreId} and received_participant_id = ${p.participantId})`.execute(trx);
    const scrub = (v: unknown) => scrubTokens(v, p.tokens, p.pseudonym);
    for (const r of rows.rows) {
      const data = typeof r.data === 'string' ? JSON.parse(r.data) : r.data;
      await sql`update network_transfers set
          data = ${data === null ? null : JSON.stringify(scrub(data))}::jsonb,
          note = ${r.note === null ? null : String(scrub(r.note))},
          consent_note = ${r.consent_note === null ? null : String(scrub(r.consent_note))},
          refusal_reason = ${r.refusal_reason === null ? null : String(scrub(r.refusal_reason))}
        where id = ${r.id}::uuid`.execute(trx);
    }
  },
  async auditEntityIds(db, p) {
    const found = await sql<{ id: string }>`select id::text as id from network_transfers
      where (from_centre_id = ${p.centreId} and participant_id = ${p.participantId})
         or (to_centre_id = ${p.centreId} and received_participant_id = ${p.participantId})`.execute(db);
    return found.rows.map((r) => r.id);
  },
  async copy(db, centreId, participantId) {
    const found = await sql<Record<string, unknown>>`select t.id, t.status, t.consent_on::text as consent_on,
        t.consent_scope, t.categories, t.note, to_char(t.sent_at, 'YYYY-MM-DD') as sent_on,
        to_char(t.responded_at, 'YYYY-MM-DD') as responded_on, f.name as from_centre, c.name as to_centre
      from network_transfers t join centres f on f.id = t.from_centre_id join centres c on c.id = t.to_centre_id
      where (t.from_centre_id = ${centreId} and t.participant_id = ${participantId})
         or (t.to_centre_id = ${centreId} and t.received_participant_id = ${participantId})
      order by t.sent_at`.execute(db);
    return { network_transfers: found.rows };
  },
};
