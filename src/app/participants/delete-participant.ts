import type { Role } from '../../contracts/common';
import { isForeignKeyViolation } from '../../db/errors';
import { deleteParticipantRow } from '../../db/participant.repository';
import { canDeleteParticipant } from '../../domain/participants/record-rules';
import { AppError, forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404 } from '../pathway/shared';

/**
 * The director deletes a record registered by mistake, with a reason kept in the audit log. A person
 * with any pathway (referral, decision, programme, assignment, attendance, documents, payroll) is never
 * removed: the database refuses and the answer says to end the participation instead.
 */
export async function deleteParticipant(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { reason: string },
): Promise<void> {
  if (!canDeleteParticipant(ctx.actor.roles as Role[])) throw forbidden();
  await deps.db.transaction().execute(async (trx) => {
    const row = await participantOr404(trx, ctx, id);
    try {
      await deleteParticipantRow(trx, ctx.actor.centreId, id);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new AppError('PARTICIPANT_HAS_PATHWAY');
      throw error;
    }
    await audit(trx, ctx, 'participant.delete', 'participant', id, {
      name: `${row.first_name} ${row.last_name}`,
      reason: input.reason,
    });
  });
}
