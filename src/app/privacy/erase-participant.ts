import { sql } from 'kysely';
import { identifyingTokens, pseudonymOf } from '../../domain/privacy/anonymisation';
import { deleteParticipantRow } from '../../db/participant.repository';
import { isForeignKeyViolation } from '../../db/errors';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404, todayInPoland } from '../pathway/shared';
import { runAnonymisationSteps } from './anonymisation-steps';
import { erasureBlocked } from './erasure-blocked';
import { findErasureBlockers, removeMistakenDependants } from './erasure-dependants';
import { openAnonymisationDoor, scrubAudit } from './anonymise-participant';
import { requireAction } from './present-authorisation';
import { retentionRefusal } from './retention-refusal';

/**
 * Erasure on the person's request (GDPR art. 17) where the law allows it: a record with no pathway (a
 * mistake, a contact that never became a referral) is deleted — with what only signed it up in the newer
 * modules (decision 0023) — and the audit entries about it then keep only the pseudonym. A person who was
 * referred, took part or was paid is refused with the reason: the Act orders the data kept (art. 8b
 * ust. 5; GDPR art. 17 ust. 3 lit. b) — they can be rectified, and anonymised once the period is over. A
 * record other modules must keep (an event attended, a day worked, a transfer waiting …) is refused with
 * those reasons. One transaction: a refusal or a race writes nothing.
 */
export async function eraseParticipant(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  _input: { reason: string },
): Promise<{ person: string }> {
  requireAction(ctx, 'privacy.erase');
  const centreId = ctx.actor.centreId;
  const row = await participantOr404(deps.db, ctx, id);
  const refusal = await retentionRefusal(deps, centreId, id);
  if (refusal) throw refusal;

  const pseudonym = pseudonymOf(id);
  const tokens = identifyingTokens({
    firstName: row.first_name,
    lastName: row.last_name,
    pesel: row.pesel,
    phone: row.phone,
    email: row.email,
    bankAccount: row.bank_account,
    street: row.street,
    buildingNo: row.building_no,
  });
  try {
    await deps.db.transaction().execute(async (trx) => {
      // The row locked first: a registration, a crew day or a transfer added meanwhile waits for this answer.
      const locked = await sql<{ id: string }>`select id from participants
        where centre_id = ${centreId} and id = ${id} for update`.execute(trx);
      if (locked.rows.length === 0) throw notFound();
      const blockers = await findErasureBlockers(trx, centreId, id, todayInPoland(deps));
      if (blockers.length > 0) throw erasureBlocked(blockers);

      await openAnonymisationDoor(trx);
      // While the person's rows still exist, so the entries about them are found by their ids.
      await scrubAudit(trx, centreId, id, tokens, pseudonym);
      await runAnonymisationSteps(trx, { centreId, participantId: id, pseudonym, tokens });
      await removeMistakenDependants(trx, centreId, id);
      await deleteParticipantRow(trx, centreId, id);
      // The reason is free text about the person (it may name them in any grammatical case): it is asked
      // for, but the entry keeps only the pseudonym, as every other entry about an erased person.
      await audit(trx, ctx, 'participant.delete', 'participant', id, { person: pseudonym });
      await audit(trx, ctx, 'participant.erase', 'participant', id, {
        person: pseudonym,
        legalBasis: 'art. 17 RODO',
      });
    });
  } catch (error) {
    // A module added later whose rows point at the person (or one written in a race): refused, not a 500.
    if (isForeignKeyViolation(error)) throw erasureBlocked([heldBy(error)]);
    throw error;
  }
  return { person: pseudonym };
}

/** The refusal when the database itself found rows about the person (the table named, for the administrator). */
function heldBy(error: unknown): string {
  const e = error as { table?: string; detail?: string };
  const table =
    e.table && e.table !== 'participants' ? e.table : (/table "([a-z_]+)"/.exec(e.detail ?? '')?.[1] ?? '');
  return (
    `w innym module są zapisy o tej osobie${table ? ` (${table})` : ''}, które ` +
    `muszą zostać — usuń je tam albo sprostuj dane.`
  );
}
