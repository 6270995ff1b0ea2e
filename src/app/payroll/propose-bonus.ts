import { findCentreSettings, findPayrollMonth, resetPayrollToDraft } from '../../db/payroll.repository';
import { upsertBonusProposal } from '../../db/payroll-adjustments.repository';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { AppError } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { benefitParametersOf, computeLines } from './compute-lines';

/**
 * The director proposes a motivation bonus (art. 15a) with a justification; the rules engine refuses
 * it in the trial month and above the legal limit. A closed month takes no bonus.
 */
export async function proposeBonus(
  deps: AppDeps,
  ctx: CallContext,
  input: { month: string; participantId: string; amountGrosze: number; justification: string },
) {
  requireAction(ctx, 'payroll.bonus');
  return deps.db.transaction().execute(async (trx) => {
    const payroll = await findPayrollMonth(trx, ctx.actor.centreId, input.month);
    if (payroll?.status === 'CLOSED')
      throw new AppError('INVALID_STATE', { message: `Lista wypłat za ${input.month} jest zamknięta.` });
    const { lines } = await computeLines(trx, ctx.actor.centreId, input.month);
    const line = lines.find((l) => l.participant_id === input.participantId && l.kind === 'BENEFIT');
    if (!line || line.status === 'CONTINUING_NO_BENEFIT')
      throw AppError.fields([
        {
          path: 'participantId',
          code: 'NOT_PARTICIPATING',
          message: 'Ta osoba nie uczestniczy w zajęciach w tym miesiącu.',
        },
      ]);
    const inputs = line.inputs as Parameters<typeof computeMonthlyBenefit>[0];
    const settings = await findCentreSettings(trx, ctx.actor.centreId);
    const check = computeMonthlyBenefit(
      { ...inputs, bonus: input.amountGrosze },
      benefitParametersOf(settings),
    );
    if (!check.ok)
      throw AppError.fields([{ path: 'amountGrosze', code: check.error.code, message: check.error.message }]);
    await upsertBonusProposal(trx, {
      centreId: ctx.actor.centreId,
      month: input.month,
      participantId: input.participantId,
      amountGrosze: input.amountGrosze,
      justification: input.justification,
      proposedBy: ctx.actor.userId,
    });
    if (payroll && payroll.status !== 'DRAFT') await resetPayrollToDraft(trx, payroll);
    await audit(trx, ctx, 'payroll.bonus', 'participant', input.participantId, {
      month: input.month,
      amount: input.amountGrosze,
      limit: check.value.bonusLimit,
    });
    return {
      month: input.month,
      participantId: input.participantId,
      amountGrosze: input.amountGrosze,
      limitGrosze: check.value.bonusLimit,
    };
  });
}
