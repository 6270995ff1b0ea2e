import { sql } from 'kysely';
import { scrubTokens } from '../../../domain/privacy/anonymisation';
import type { AnonymisationStep } from '../anonymisation-steps';
import { mentions } from './rows';

/**
 * In-kind help (migration 0018): a movement handed to the participant keeps its quantities (the stock
 * figures); a note that names the person has the name replaced. The movements are append-only by design
 * of the module, not by a trigger, so the note can be rewritten here.
 */
export const inkindStep: AnonymisationStep = {
  module: 'inkind',
  tables: [],
  async anonymise(trx, p) {
    if (p.tokens.length === 0) return;
    const notes = await sql<{ id: string; note: string }>`select id::text as id, note from inkind_movements
      where centre_id = ${p.centreId} and (${mentions('note', p.tokens)})`.execute(trx);
    for (const n of notes.rows)
      await sql`update inkind_movements set note = ${String(scrubTokens(n.note, p.tokens, p.pseudonym))}
        where id = ${n.id}::uuid`.execute(trx);
  },
};
