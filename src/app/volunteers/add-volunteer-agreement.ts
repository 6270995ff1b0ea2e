import type { z } from 'zod';
import type { AgreementCreateSchema } from '../../contracts/volunteers.contract';
import type { FieldError } from '../../contracts/errors';
import { nextDocumentNumber } from '../../db/pathway.repository';
import { insertAgreement, lockVolunteer } from '../../db/volunteers.repository';
import { VOLUNTEERING_RULES, writtenAgreementRequired } from '../../domain/volunteers/volunteer-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, todayInPoland } from '../pathway/shared';
import { loadVolunteer } from './volunteer-shared';

export type AgreementCreate = z.infer<typeof AgreementCreateSchema>;

/**
 * Records an agreement with a volunteer, numbered in the centre's yearly series (POW/rok/numer). An agreement
 * longer than the rule's 30 days, or open-ended, must be written — an oral one is refused at the field.
 */
export async function addVolunteerAgreement(
  deps: AppDeps,
  ctx: CallContext,
  volunteerId: string,
  input: AgreementCreate,
) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  const problems = agreementProblems(input, today);
  if (problems.length) throw AppError.fields(problems);

  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockVolunteer(trx, centreId, volunteerId))) throw notFound();
    const year = Number(input.signedOn.slice(0, 4));
    const n = await nextDocumentNumber(trx, centreId, 'POW', year);
    const number = `POW/${year}/${String(n).padStart(4, '0')}`;
    const { id } = await insertAgreement(trx, {
      centre_id: centreId,
      volunteer_id: volunteerId,
      number,
      signed_on: input.signedOn,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      scope: input.scope,
      written: input.written,
    });
    await audit(trx, ctx, 'volunteer.agreement_add', 'volunteer', volunteerId, { agreementId: id, number });
  });
  return loadVolunteer(deps.db, centreId, volunteerId, today);
}

/** The checks of an agreement's fields, shared by the new agreement and its correction. */
export function agreementProblems(input: AgreementCreate, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (input.signedOn > today)
    problems.push({
      path: 'signedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zawarcia nie może być z przyszłości.',
    });
  if (input.validUntil && input.validUntil < input.validFrom)
    problems.push({
      path: 'validUntil',
      code: 'DATES_ORDER',
      message: 'Koniec porozumienia nie może być przed jego początkiem.',
    });
  else if (!input.written && writtenAgreementRequired(input.validFrom, input.validUntil))
    problems.push({
      path: 'written',
      code: 'WRITTEN_AGREEMENT_REQUIRED',
      message:
        `Porozumienie na dłużej niż ${VOLUNTEERING_RULES.writtenAgreementAfterDays} ` +
        `dni (lub bez daty końca) zawiera się na piśmie.`,
    });
  return problems;
}
