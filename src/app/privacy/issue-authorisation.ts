import type { AuthorisationCreate } from '../../contracts/privacy.contract';
import type { FieldError } from '../../contracts/errors';
import { findAuthorisationById, insertAuthorisation } from '../../db/privacy.repository';
import { findCentreMember, findUserById } from '../../db/user.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { nextAuthorisationNumber } from './authorisation-number';
import { presentAuthorisation, requireAction } from './present-authorisation';

/**
 * Issues a written authorisation to process participants' personal data (art. 8b ust. 4) to a member of the
 * centre, with the day the confidentiality pledge was signed (or none yet: then it does not let them in).
 */
export async function issueAuthorisation(deps: AppDeps, ctx: CallContext, input: AuthorisationCreate) {
  requireAction(ctx, 'authorisations.manage');
  const today = todayInPoland(deps);
  const problems: FieldError[] = [];
  if (input.issuedOn > today)
    problems.push({
      path: 'issuedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data wydania nie może być z przyszłości.',
    });
  if (input.validUntil !== null && input.validUntil < input.validFrom)
    problems.push({
      path: 'validUntil',
      code: 'BEFORE_START',
      message: 'Koniec ważności nie może być wcześniejszy niż jej początek.',
    });
  if (input.pledgeSignedOn !== null && input.pledgeSignedOn > today)
    problems.push({
      path: 'pledgeSignedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data podpisania oświadczenia nie może być z przyszłości.',
    });
  const member = await findCentreMember(deps.db, ctx.actor.centreId, input.userId);
  if (!member)
    problems.push({ path: 'userId', code: 'NOT_A_MEMBER', message: 'Ta osoba nie ma konta w tym centrum.' });
  if (problems.length) throw AppError.fields(problems);

  const issuer = await findUserById(deps.db, ctx.actor.userId);
  const id = await deps.db.transaction().execute(async (trx) => {
    const number = await nextAuthorisationNumber(trx, ctx.actor.centreId, input.issuedOn);
    const row = await insertAuthorisation(trx, {
      centre_id: ctx.actor.centreId,
      user_id: input.userId,
      number,
      scope: input.scope,
      issued_on: input.issuedOn,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      pledge_signed_on: input.pledgeSignedOn,
      issued_by: ctx.actor.userId,
      issued_by_name: issuer?.full_name ?? ctx.actorEmail,
      source: 'ISSUED',
    });
    await audit(trx, ctx, 'authorisation.issue', 'authorisation', row.id, {
      number,
      holderUserId: input.userId,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      pledgeSignedOn: input.pledgeSignedOn,
    });
    return row.id;
  });
  return presentAuthorisation((await findAuthorisationById(deps.db, ctx.actor.centreId, id))!, today);
}
