import { sql } from 'kysely';
import { scrubTokens } from '../../../domain/privacy/anonymisation';
import type { AnonymisationStep } from '../anonymisation-steps';
import { mentions } from './rows';

/**
 * The public's enquiries from the network's service catalogue (migration 0027) hold no participant id: an
 * enquiry to this centre whose name, e-mail, phone or message carries one of the person's identifying
 * values becomes the pseudonym with no contact, its message scrubbed; the service, status and dates stay
 * (the catalogue's figures). A namesake's enquiry is anonymised too — the safe side.
 */
export const networkEnquiriesStep: AnonymisationStep = {
  module: 'network-catalogue',
  tables: ['network_enquiries'],
  async anonymise(trx, p) {
    if (p.tokens.length === 0) return;
    const hit = sql.join(
      ['full_name', 'email', 'phone', 'message'].map((c) => sql`(${mentions(c, p.tokens)})`),
      sql` or `,
    );
    const rows = await sql<{ id: string; message: string }>`select id::text as id, message
      from network_enquiries where centre_id = ${p.centreId} and (${hit})`.execute(trx);
    for (const r of rows.rows)
      await sql`update network_enquiries set full_name = ${p.pseudonym}, email = null, phone = null,
          message = ${String(scrubTokens(r.message, p.tokens, p.pseudonym))}
        where id = ${r.id}::uuid`.execute(trx);
  },
};
