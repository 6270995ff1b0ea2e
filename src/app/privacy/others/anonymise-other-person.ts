import { sql } from 'kysely';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import { audit, todayInPoland } from '../../pathway/shared';
import { openAnonymisationDoor } from '../anonymise-participant';
import { anonymiseOtherRows, otherAuditIds, otherRetentionEndsOn } from './other-kind-rows';
import { OTHER_KIND_DEFS } from './other-kinds';
import { findOtherPerson, lockOtherPerson, type OtherRef, scrubOtherAudit } from './other-person-lookup';

/**
 * Anonymises one approved person of a kind in one transaction: idempotent (done → skipped), re-checks the
 * period on the day it runs (new activity since the approval → NOT_DUE, nothing touched).
 */
export async function anonymiseOtherPerson(
  deps: AppDeps,
  ctx: CallContext,
  ref: OtherRef,
): Promise<'ANONYMISED' | 'ALREADY_DONE' | 'NOT_DUE' | 'NOT_APPROVED'> {
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  return deps.db.transaction().execute(async (trx) => {
    const approval = (
      await sql<{ id: string; status: string; pseudonym: string }>`select id::text as id, status, pseudonym
        from other_person_anonymisations where centre_id = ${centreId} and kind = ${ref.kind}
          and person_id = ${ref.id}::uuid for update`.execute(trx)
    ).rows[0];
    if (!approval) return 'NOT_APPROVED';
    if (approval.status === 'DONE') return 'ALREADY_DONE';
    const def = OTHER_KIND_DEFS[ref.kind];
    if (!(await lockOtherPerson(trx, centreId, ref))) return 'NOT_DUE';
    const p = await findOtherPerson(trx, centreId, today, ref);
    if (!p?.lastActivityOn || otherRetentionEndsOn(def.rule, p.lastActivityOn) >= today) return 'NOT_DUE';
    await openAnonymisationDoor(trx);
    const ids = await otherAuditIds(trx, def, centreId, ref.id);
    await anonymiseOtherRows(trx, def, centreId, p, approval.pseudonym);
    await scrubOtherAudit(trx, centreId, ids, p.tokens, approval.pseudonym);
    await sql`update other_person_anonymisations set status = 'DONE', done_at = ${deps.now()}
      where id = ${approval.id}::uuid`.execute(trx);
    await audit(trx, ctx, 'person.anonymise', ref.kind.toLowerCase(), ref.id, {
      person: approval.pseudonym,
      kind: ref.kind,
    });
    return 'ANONYMISED';
  });
}
