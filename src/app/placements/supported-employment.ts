import type {
  SupportedApplication,
  SupportedClaim,
  SupportedEmployment,
  SupportedReferral,
} from '../../contracts/supported-employment.contract';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import { findCurrentProgramme } from '../../db/placement.repository';
import {
  findSupported,
  insertClaim,
  insertSupported,
  listClaims,
  listSupported,
  type SupportedRow,
  updateSupportedVersioned,
} from '../../db/supported-employment.repository';
import {
  checkApplication,
  checkClaim,
  checkEmployment,
  paymentDue,
  SUPPORTED_EMPLOYMENT_RULES,
} from '../../domain/placements/supported-employment';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { partnerOr404 } from '../partners/present-partner';
import { audit, centreOf, participantOr404 } from '../pathway/shared';
import { requireAction } from './shared';

const fail = (problems: { field: string; code: string; message: string }[]) => {
  if (problems.length)
    throw AppError.fields(problems.map((p) => ({ path: p.field, code: p.code, message: p.message })));
};

async function present(db: Db, centreId: string, rows: SupportedRow[]): Promise<SupportedEmployment[]> {
  const claims = await listClaims(
    db,
    centreId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const own = claims
      .filter((c) => c.supported_employment_id === r.id)
      .map((c) => {
        const checked = checkClaim({
          employmentFrom: r.employment_from ?? c.month,
          month: c.month,
          wageGross: c.wage_gross,
          refundWage: c.refund_wage,
          refundContributions: c.refund_contributions,
        });
        return {
          month: c.month,
          receivedOn: c.received_on,
          paymentDue: paymentDue(c.received_on),
          paidOn: c.paid_on,
          wageGross: c.wage_gross,
          refundWage: c.refund_wage,
          refundContributions: c.refund_contributions,
          total: checked.total,
          how: checked.how,
        };
      });
    return {
      id: r.id,
      participant: { id: r.participant_id, name: `${r.last_name} ${r.first_name}` },
      form: r.form,
      appliedOn: r.applied_on,
      justification: r.justification,
      pupReferralOn: r.pup_referral_on,
      pupName: r.pup_name,
      employer: r.employer_partner_id ? { id: r.employer_partner_id, name: r.employer_name ?? '' } : null,
      starostaAgreementNumber: r.starosta_agreement_number,
      starostaAgreementOn: r.starosta_agreement_on,
      employmentFrom: r.employment_from,
      employmentUntil: r.employment_until,
      claims: own,
      refundedTotal: own.reduce((s, c) => s + c.total, 0),
      rule: SUPPORTED_EMPLOYMENT_RULES.source,
      version: r.version,
    };
  });
}

async function oneOr404(db: Db, ctx: CallContext, id: string) {
  const row = await findSupported(db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  return (await present(db, ctx.actor.centreId, [row]))[0]!;
}

/** The centre's supported-employment cases (optionally one person's). */
export async function listSupportedEmployment(deps: AppDeps, ctx: CallContext, participantId?: string) {
  requireAction(ctx, 'supportedEmployment.view');
  const rows = await listSupported(deps.db, ctx.actor.centreId, participantId);
  await audit(deps.db, ctx, 'supportedEmployment.list', 'participant', participantId ?? null, {});
  return { items: await present(deps.db, ctx.actor.centreId, rows) };
}

/** Records the joint application; refused (nothing written) when the Act's conditions are not met. */
export async function applyForSupportedEmployment(
  deps: AppDeps,
  ctx: CallContext,
  input: SupportedApplication,
) {
  requireAction(ctx, 'supportedEmployment.manage');
  return deps.db.transaction().execute(async (trx) => {
    await participantOr404(trx, ctx, input.participantId);
    const programme = await findCurrentProgramme(trx, ctx.actor.centreId, input.participantId);
    if (!programme)
      throw AppError.fields([
        {
          path: 'participantId',
          code: 'NO_SIGNED_PROGRAMME',
          message: 'Ta osoba nie ma podpisanego IPZS ani kontraktu.',
        },
      ]);
    const { row: centre } = await centreOf(trx, ctx);
    fail(
      checkApplication({
        centreType: centre.type,
        appliedOn: input.appliedOn,
        admissionDate: programme.admission_date,
        lastDay: programme.last_day,
        signedByDirector: input.signedByDirector,
        signedBySocialWorker: input.signedBySocialWorker,
        signedByParticipant: input.signedByParticipant,
        justification: input.justification,
      }),
    );
    const { id } = await insertSupported(trx, {
      centre_id: ctx.actor.centreId,
      participant_id: input.participantId,
      programme_id: programme.id,
      form: input.form,
      applied_on: input.appliedOn,
      signed_by_director: input.signedByDirector,
      signed_by_social_worker: input.signedBySocialWorker,
      signed_by_participant: input.signedByParticipant,
      justification: input.justification,
      note: input.note,
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'supportedEmployment.apply', 'participant', input.participantId, { id });
    return oneOr404(trx, ctx, id);
  });
}

/** The PUP's referral and the starosta–employer agreement (employment of at least 6 months). */
export async function recordSupportedReferral(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: SupportedReferral,
) {
  requireAction(ctx, 'supportedEmployment.manage');
  return deps.db.transaction().execute(async (trx) => {
    const current = await oneOr404(trx, ctx, id);
    await partnerOr404(trx, ctx, input.employerPartnerId);
    const problems = checkEmployment({ from: input.employmentFrom, until: input.employmentUntil });
    if (input.pupReferralOn < current.appliedOn)
      problems.push({
        field: 'pupReferralOn',
        code: 'BEFORE_APPLICATION',
        message: 'Skierowanie z PUP nie może być wcześniejsze niż wniosek.',
      });
    fail(problems);
    const done = await updateSupportedVersioned(trx, ctx.actor.centreId, id, input.version, {
      pup_referral_on: input.pupReferralOn,
      pup_name: input.pupName,
      employer_partner_id: input.employerPartnerId,
      starosta_agreement_number: input.starostaAgreementNumber,
      starosta_agreement_on: input.starostaAgreementOn,
      employment_from: input.employmentFrom,
      employment_until: input.employmentUntil,
    });
    if (!done) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'supportedEmployment.referral', 'participant', current.participant.id, { id });
    return oneOr404(trx, ctx, id);
  });
}

/** One month's employer claim, checked against the refund period and the zasiłek limit; one claim a month. */
export async function recordSupportedClaim(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: SupportedClaim,
) {
  requireAction(ctx, 'supportedEmployment.manage');
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const current = await oneOr404(trx, ctx, id);
      if (!current.employmentFrom)
        throw new AppError('INVALID_STATE', {
          message: 'Najpierw zapisz umowę starosty z pracodawcą i datę zatrudnienia.',
        });
      fail(checkClaim({ employmentFrom: current.employmentFrom, ...input }).problems);
      await insertClaim(trx, {
        centre_id: ctx.actor.centreId,
        supported_employment_id: id,
        month: input.month,
        received_on: input.receivedOn,
        wage_gross: input.wageGross,
        refund_wage: input.refundWage,
        refund_contributions: input.refundContributions,
        paid_on: input.paidOn,
        recorded_by: ctx.actor.userId || null,
      });
      await audit(trx, ctx, 'supportedEmployment.claim', 'participant', current.participant.id, {
        id,
        month: input.month,
      });
      return oneOr404(trx, ctx, id);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'supported_employment_claims_month'))
      throw AppError.fields(
        [
          {
            path: 'month',
            code: 'DUPLICATE',
            message: `Wniosek pracodawcy za ${input.month} jest już zapisany.`,
          },
        ],
        'CONFLICT',
      );
    throw error;
  }
}
