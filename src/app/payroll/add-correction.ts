import { findPayrollMonth, resetPayrollToDraft } from '../../db/payroll.repository';
import { insertPayrollCorrection, participantExists } from '../../db/payroll-adjustments.repository';
import { AppError } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';

/** A correction of a closed month: a separate entry with a reason, paid or recovered in a chosen open month. */
export async function addCorrection(
  deps: AppDeps,
  ctx: CallContext,
  input: {
    participantId: string;
    concernsMonth: string;
    settleMonth: string;
    amountGrosze: number;
    reason: string;
  },
) {
  requireAction(ctx, 'payroll.correct');
  return deps.db.transaction().execute(async (trx) => {
    if (!(await participantExists(trx, ctx.actor.centreId, input.participantId)))
      throw AppError.fields([
        { path: 'participantId', code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w centrum.' },
      ]);
    const settle = await findPayrollMonth(trx, ctx.actor.centreId, input.settleMonth);
    if (settle?.status === 'CLOSED')
      throw AppError.fields([
        {
          path: 'settleMonth',
          code: 'MONTH_CLOSED',
          message: `Lista wypłat za ${input.settleMonth} jest zamknięta — wybierz otwarty miesiąc.`,
        },
      ]);
    const row = await insertPayrollCorrection(trx, {
      centreId: ctx.actor.centreId,
      ...input,
      createdBy: ctx.actor.userId,
    });
    if (settle && settle.status !== 'DRAFT') await resetPayrollToDraft(trx, settle);
    await audit(trx, ctx, 'payroll.correction', 'participant', input.participantId, {
      concernsMonth: input.concernsMonth,
      settleMonth: input.settleMonth,
      amount: input.amountGrosze,
    });
    return { id: row.id, ...input };
  });
}
