import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/connection';
import { scrubAuditDetails, scrubTokens } from '../../domain/privacy/anonymisation';

type Json = Record<string, unknown>;
const asJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * The centre's audit entries about a person (`about`, a condition on `audit_log`) keep only ids, days, codes
 * and field names, with the person as the pseudonym; any other entry of the centre (or of no centre) that
 * mentions one of the tokens has the mentions replaced. For a participant and for anyone else.
 */
export async function scrubAuditEntries(
  db: Db,
  centreId: string,
  about: RawBuilder<unknown>,
  tokens: readonly string[],
  ps: string,
) {
  const entries = await sql<{ id: number; details: unknown }>`
    select id, details from audit_log where centre_id = ${centreId} and (${about})`.execute(db);
  const seen = new Set<number>();
  for (const row of entries.rows) {
    seen.add(Number(row.id));
    const details = scrubAuditDetails((asJson(row.details) as Json) ?? {}, tokens, ps);
    await sql`update audit_log set details = ${JSON.stringify(details)}::jsonb where id = ${row.id}`.execute(
      db,
    );
  }
  if (tokens.length === 0) return;
  const mentions = await sql<{ id: number; details: unknown }>`
    select id, details from audit_log where (centre_id = ${centreId} or centre_id is null)
      and (${sql.join(
        tokens.map((t) => sql`position(${t} in lower(details::text)) > 0`),
        sql` or `,
      )})`.execute(db);
  for (const row of mentions.rows) {
    if (seen.has(Number(row.id))) continue;
    const details = scrubTokens(asJson(row.details), tokens, ps);
    await sql`update audit_log set details = ${JSON.stringify(details)}::jsonb where id = ${row.id}`.execute(
      db,
    );
  }
}
