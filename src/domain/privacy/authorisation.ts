/**
 * Whether a written authorisation to process participants' personal data is in force (art. 8b ust. 4 of the
 * Act: only staff holding one and a signed confidentiality pledge may process them). Pure: `today` is passed.
 */

export interface AuthorisationTerms {
  validFrom: string;
  validUntil: string | null;
  pledgeSignedOn: string | null;
  revoked: boolean;
}

/** Why an authorisation does (VALID) or does not let its holder in today. */
export type AuthorisationStatus = 'VALID' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED' | 'NO_PLEDGE';

/** The state of one authorisation on a day; revocation wins over every date. */
export function authorisationStatus(a: AuthorisationTerms, today: string): AuthorisationStatus {
  if (a.revoked) return 'REVOKED';
  if (a.validUntil !== null && a.validUntil < today) return 'EXPIRED';
  if (a.validFrom > today) return 'NOT_YET_VALID';
  if (a.pledgeSignedOn === null || a.pledgeSignedOn > today) return 'NO_PLEDGE';
  return 'VALID';
}

/** Order of "how close to valid": the refusal names the most useful reason when an account holds several. */
const CLOSENESS: AuthorisationStatus[] = ['VALID', 'NO_PLEDGE', 'NOT_YET_VALID', 'EXPIRED', 'REVOKED'];

/** The account's standing in a centre from all its authorisations there; MISSING when it holds none. */
export function accountStanding(
  all: readonly AuthorisationTerms[],
  today: string,
): AuthorisationStatus | 'MISSING' {
  if (all.length === 0) return 'MISSING';
  const states = all.map((a) => authorisationStatus(a, today));
  return CLOSENESS.find((s) => states.includes(s))!;
}

/** Polish wording of each standing, for the refusal page and the register. */
export const STANDING_PL: Record<AuthorisationStatus | 'MISSING', string> = {
  VALID: 'ważne',
  NOT_YET_VALID: 'jeszcze nie obowiązuje',
  EXPIRED: 'wygasło',
  REVOKED: 'cofnięte',
  NO_PLEDGE: 'brak podpisanego oświadczenia o zachowaniu poufności',
  MISSING: 'brak upoważnienia',
};
