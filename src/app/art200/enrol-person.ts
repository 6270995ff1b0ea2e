import type { Art200EnrolmentEnd, Art200EnrolmentInput } from '../../contracts/art200.contract';
import type { FieldError } from '../../contracts/errors';
import {
  art200HoursSpan,
  art200PeselEnrolled,
  insertArt200Enrolment,
  lockArt200Agreement,
  lockArt200Enrolment,
  updateArt200EnrolmentVersioned,
} from '../../db/art200.repository';
import { checkArt200Enrolment } from '../../domain/art200/art200-rules';
import { AppError, notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { art200AgreementDetail } from './manage-agreements';
import { agreementTerms } from './shared';

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Enrols a person under the agreement: a light record of their own (not a participant of the Act — no
 * referral, IPZS or benefit), their period inside the agreement and its months. Nothing written on any error.
 */
export async function enrolArt200Person(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  input: Art200EnrolmentInput,
) {
  requireAction(ctx, 'art200.manage');
  const centreId = ctx.actor.centreId;
  return deps.db.transaction().execute(async (trx) => {
    const agreement = await lockArt200Agreement(trx, centreId, agreementId);
    if (!agreement) throw notFound();
    const errors: FieldError[] = checkArt200Enrolment(input, agreementTerms(agreement)).map((p) => ({
      path: p.field,
      code: p.code,
      message: p.message,
    }));
    if (input.pesel && (await art200PeselEnrolled(trx, centreId, agreementId, input.pesel)))
      errors.push({
        path: 'pesel',
        code: 'ART200_ALREADY_ENROLLED',
        message: 'Osoba z tym numerem PESEL jest już zapisana na to porozumienie.',
      });
    if (errors.length) throw AppError.fields(errors);
    const { id } = await insertArt200Enrolment(trx, {
      centre_id: centreId,
      agreement_id: agreementId,
      first_name: input.firstName,
      last_name: input.lastName,
      pesel: input.pesel,
      pup_reference: input.pupReference,
      start_date: input.startDate,
      planned_end_date: input.plannedEndDate,
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'art200.enrol', 'art200_enrolment', id, { agreementId });
    return art200AgreementDetail(trx, ctx, agreementId);
  });
}

/** Records the end of a person's activities (on or before the planned last day, not before a recorded day). */
export async function endArt200Enrolment(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  enrolmentId: string,
  input: Art200EnrolmentEnd,
) {
  requireAction(ctx, 'art200.manage');
  const centreId = ctx.actor.centreId;
  return deps.db.transaction().execute(async (trx) => {
    if (!(await lockArt200Agreement(trx, centreId, agreementId))) throw notFound();
    const row = await lockArt200Enrolment(trx, centreId, agreementId, enrolmentId);
    if (!row) throw notFound();
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const at = (code: string, message: string) => AppError.fields([{ path: 'endedOn', code, message }]);
    if (input.endedOn < row.start_date || input.endedOn > row.planned_end_date)
      throw at(
        'ART200_OUTSIDE_ENROLMENT',
        `Koniec musi przypadać w okresie udziału (${dmy(row.start_date)} – ${dmy(row.planned_end_date)}).`,
      );
    const span = await art200HoursSpan(trx, centreId, enrolmentId);
    if (span.last && span.last > input.endedOn)
      throw at(
        'ART200_HOURS_AFTER_END',
        `Ta osoba ma wpisane godziny ${dmy(span.last)} — koniec nie może być wcześniej.`,
      );
    await updateArt200EnrolmentVersioned(trx, centreId, enrolmentId, input.version, {
      ended_on: input.endedOn,
      end_reason: input.reason,
    });
    await audit(trx, ctx, 'art200.end', 'art200_enrolment', enrolmentId, { endedOn: input.endedOn });
    return art200AgreementDetail(trx, ctx, agreementId);
  });
}
