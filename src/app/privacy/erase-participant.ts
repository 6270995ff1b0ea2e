import { sql } from 'kysely';
import { identifyingTokens, pseudonymOf, scrubTokens } from '../../domain/privacy/anonymisation';
import { shortDate } from '../../reports/pdf/wording';
import { deleteParticipant } from '../participants/delete-participant';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404 } from '../pathway/shared';
import { openAnonymisationDoor, scrubAudit } from './anonymise-participant';
import { requireAction } from './present-authorisation';
import { retentionStandingOf } from './retention-standing';

/** Whether anything of the person's pathway exists (then the retention duty applies). */
async function hasPathway(deps: AppDeps, centreId: string, id: string): Promise<boolean> {
  const found = await sql<{ n: number }>`select (
      (select count(*) from referrals where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from programmes where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from workshop_assignments where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from attendance_entries where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from payroll_lines where centre_id = ${centreId} and participant_id = ${id})
    + (select count(*) from participant_documents where centre_id = ${centreId} and participant_id = ${id})
    )::int as n`.execute(deps.db);
  return (found.rows[0]?.n ?? 0) > 0;
}

/**
 * Erasure on the person's request (GDPR art. 17) where the law allows it: a record with no pathway (a
 * mistake, a contact that never became a referral) is deleted through the records module's "delete
 * mistaken record", and the audit entries about it then keep only the pseudonym. A person who was
 * referred, took part or was paid is refused with the reason: the Act orders the data kept (art. 8b
 * ust. 5; GDPR art. 17 ust. 3 lit. b) — they can be rectified, and anonymised once the period is over.
 */
export async function eraseParticipant(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { reason: string },
): Promise<{ person: string }> {
  requireAction(ctx, 'privacy.erase');
  const centreId = ctx.actor.centreId;
  const row = await participantOr404(deps.db, ctx, id);
  if (await hasPathway(deps, centreId, id)) {
    const standing = await retentionStandingOf(deps.db, centreId, id, deps);
    const message = standing?.due
      ? 'Tych danych nie usuwa się na żądanie: okres przechowywania (art. 8b ust. 5 ustawy) już minął — ' +
        'zatwierdź ich anonimizację w widoku „Przechowywanie danych”.'
      : standing?.retentionEndsOn
        ? 'Tych danych nie można usunąć: ustawa nakazuje przechowywać je do ' +
          `${shortDate(standing.retentionEndsOn)} (10 lat od końca roku, w którym zakończono świadczenie usług, ` +
          'art. 8b ust. 5; art. 17 ust. 3 lit. b RODO). Można je sprostować.'
        : undefined;
    throw new AppError('ERASURE_FORBIDDEN_BY_RETENTION', {
      ...(message ? { message } : {}),
      details: { retentionEndsOn: standing?.retentionEndsOn ?? null },
    });
  }

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
  await deleteParticipant(deps, ctx, id, { reason: String(scrubTokens(input.reason, tokens, pseudonym)) });
  await deps.db.transaction().execute(async (trx) => {
    await openAnonymisationDoor(trx);
    await scrubAudit(trx, centreId, id, tokens, pseudonym);
    await audit(trx, ctx, 'participant.erase', 'participant', id, {
      person: pseudonym,
      legalBasis: 'art. 17 RODO',
    });
  });
  return { person: pseudonym };
}
