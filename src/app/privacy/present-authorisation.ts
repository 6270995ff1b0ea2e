import type { Authorisation } from '../../contracts/privacy.contract';
import type { AuthorisationListRow } from '../../db/privacy.repository';
import { authorisationStatus } from '../../domain/privacy/authorisation';
import { can, type Action } from '../../domain/access/permissions';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';

/** An authorisation row as the API answers it, with its status on `today`. */
export function presentAuthorisation(row: AuthorisationListRow, today: string): Authorisation {
  return {
    id: row.id,
    number: row.number,
    userId: row.user_id,
    holderName: row.holder_name,
    holderEmail: row.holder_email,
    scope: row.scope,
    issuedOn: row.issued_on,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    pledgeSignedOn: row.pledge_signed_on,
    issuedByName: row.issued_by_name,
    source: row.source as Authorisation['source'],
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    revocationReason: row.revocation_reason,
    status: authorisationStatus(
      {
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        pledgeSignedOn: row.pledge_signed_on,
        revoked: row.revoked_at !== null,
      },
      today,
    ),
  };
}

/** Throws FORBIDDEN unless the caller's roles allow the action (the permission table). */
export function requireAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}
