import type {
  Art200AgreementDetail,
  Art200AgreementInput,
  Art200AgreementUpdate,
} from '../../contracts/art200.contract';
import type { FieldError } from '../../contracts/errors';
import {
  art200NumberTaken,
  insertArt200Agreement,
  listArt200Agreements as listRows,
  listArt200Enrolments,
  lockArt200Agreement,
  maxArt200HoursOfAgreement,
  updateArt200AgreementVersioned,
} from '../../db/art200.repository';
import type { Db } from '../../db/connection';
import { checkArt200Agreement, checkArt200Enrolment } from '../../domain/art200/art200-rules';
import { art200ParametersOn } from '../../domain/art200/parameters';
import { AppError, notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { partnerOr404 } from '../partners/present-partner';
import { audit, todayInPoland } from '../pathway/shared';
import {
  agreementTerms,
  art200AgreementOr404,
  presentArt200Agreement,
  presentArt200Enrolment,
  presentArt200Parameters,
} from './shared';

/** The centre's art. 200 agreements, newest first, with the limits in force today. */
export async function listArt200Agreements(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'art200.view');
  const rows = await listRows(deps.db, ctx.actor.centreId);
  return {
    items: rows.map(presentArt200Agreement),
    parameters: presentArt200Parameters(art200ParametersOn(todayInPoland(deps))),
  };
}

/** One agreement with the people enrolled under it and the limits of the rule set of its first day. */
export async function getArt200Agreement(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'art200.view');
  return art200AgreementDetail(deps.db, ctx, id);
}

export async function art200AgreementDetail(
  db: Db,
  ctx: CallContext,
  id: string,
): Promise<Art200AgreementDetail> {
  const row = await art200AgreementOr404(db, ctx, id);
  const enrolments = await listArt200Enrolments(db, ctx.actor.centreId, id);
  return {
    ...presentArt200Agreement(row),
    enrolments: enrolments.map((e) => presentArt200Enrolment(e, row)),
    parameters: presentArt200Parameters(art200ParametersOn(row.valid_from)),
  };
}

/** Every check of an agreement: the partner (PUP or starostwo), the unique number, the dates and limits. */
async function checkInput(db: Db, ctx: CallContext, input: Art200AgreementInput, id: string | null) {
  const partner = await partnerOr404(db, ctx, input.partnerId);
  const errors: FieldError[] = checkArt200Agreement(
    {
      partnerKind: partner.kind,
      partnerArchived: partner.archived_at !== null,
      signedOn: input.signedOn,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      dailyHoursLimit: input.dailyHoursLimit,
      maxMonths: input.maxMonths,
    },
    art200ParametersOn(input.validFrom),
  ).map((p) => ({ path: p.field, code: p.code, message: p.message }));
  if (await art200NumberTaken(db, ctx.actor.centreId, input.number, id))
    errors.push({
      path: 'number',
      code: 'ART200_NUMBER_TAKEN',
      message: `Porozumienie nr ${input.number} jest już w rejestrze tego centrum.`,
    });
  return errors;
}

const columns = (input: Art200AgreementInput) => ({
  partner_id: input.partnerId,
  number: input.number,
  signed_on: input.signedOn,
  valid_from: input.validFrom,
  valid_until: input.validUntil,
  activities: input.activities,
  expected_effects: input.expectedEffects,
  measurement: input.measurement,
  daily_hours_limit: input.dailyHoursLimit,
  max_months: input.maxMonths,
  planned_people: input.plannedPeople,
});

/** Registers an agreement with the starosta (nothing written on any error). */
export async function createArt200Agreement(deps: AppDeps, ctx: CallContext, input: Art200AgreementInput) {
  requireAction(ctx, 'art200.manage');
  return deps.db.transaction().execute(async (trx) => {
    const errors = await checkInput(trx, ctx, input, null);
    if (errors.length) throw AppError.fields(errors);
    const { id } = await insertArt200Agreement(trx, {
      ...columns(input),
      centre_id: ctx.actor.centreId,
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'art200.agreement.create', 'art200_agreement', id, {
      number: input.number,
      partnerId: input.partnerId,
    });
    return art200AgreementDetail(trx, ctx, id);
  });
}

/**
 * Corrects an agreement against the version the user saw. The people already enrolled must still fit
 * (their periods inside the new dates and months); hours already recorded above a lowered daily limit
 * keep the limit where it was.
 */
export async function updateArt200Agreement(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: Art200AgreementUpdate,
) {
  requireAction(ctx, 'art200.manage');
  const centreId = ctx.actor.centreId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockArt200Agreement(trx, centreId, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const errors = await checkInput(trx, ctx, input, id);
    const terms = agreementTerms({
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      daily_hours_limit: input.dailyHoursLimit,
      max_months: input.maxMonths,
    });
    for (const e of await listArt200Enrolments(trx, centreId, id)) {
      const misfit = checkArt200Enrolment(
        { startDate: e.start_date, plannedEndDate: e.planned_end_date },
        terms,
      )[0];
      if (misfit) {
        errors.push({
          path: misfit.field === 'startDate' ? 'validFrom' : 'validUntil',
          code: 'ART200_ENROLMENT_OUTSIDE',
          message: `Po zmianie nie zmieści się udział osoby ${e.last_name} ${e.first_name}: ${misfit.message}`,
        });
        break;
      }
    }
    const maxHours = await maxArt200HoursOfAgreement(trx, centreId, id);
    if (maxHours !== null && maxHours > input.dailyHoursLimit)
      errors.push({
        path: 'dailyHoursLimit',
        code: 'ART200_HOURS_RECORDED_ABOVE',
        message:
          `Wpisano już dni po ${String(maxHours).replace('.', ',')} godz. — limitu ` +
          `nie można obniżyć poniżej nich.`,
      });
    if (errors.length) throw AppError.fields(errors);
    if (!(await updateArt200AgreementVersioned(trx, centreId, id, input.version, columns(input))))
      throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'art200.agreement.update', 'art200_agreement', id, { number: input.number });
    return art200AgreementDetail(trx, ctx, id);
  });
}
