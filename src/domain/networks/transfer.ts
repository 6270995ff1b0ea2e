/**
 * A person's transfer between member centres of a network (issue 19 item 7): what may travel and when.
 * Each centre is the controller of its participants' data, so nothing goes without the person's
 * consent (art. 12 ust. 1 pkt 2: an institution — a KIS among them — applies for a referral with the
 * person's consent), and only the categories of data the consent covers and the sending director chose.
 */

/** The categories of a person's data a sending centre may choose to send. */
export const TRANSFER_CATEGORIES = [
  'IDENTITY',
  'PESEL',
  'CONTACT',
  'EDUCATION',
  'ELIGIBILITY',
  'PARTICIPATION',
] as const;
export type TransferCategory = (typeof TRANSFER_CATEGORIES)[number];

/** The categories that hold special-category data (health, addiction, homelessness …: art. 9 GDPR). */
export const SENSITIVE_TRANSFER_CATEGORIES: readonly TransferCategory[] = ['ELIGIBILITY'];

export interface TransferRequest {
  consentGiven: boolean;
  consentOn: string | null;
  consentScope: readonly TransferCategory[];
  categories: readonly TransferCategory[];
}

export interface TransferProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * The problems of a transfer request, at their fields (none = it may be sent): consent given and dated
 * (not in the future), the person's identity always sent (a referral needs a name), and every chosen
 * category covered by the consent.
 */
export function transferProblems(input: TransferRequest, today: string): TransferProblem[] {
  const problems: TransferProblem[] = [];
  if (!input.consentGiven)
    problems.push({
      path: 'consentGiven',
      code: 'CONSENT_REQUIRED',
      message:
        'Przekazanie osoby do innego centrum wymaga jej zgody (lub zgody przedstawiciela ' +
        'ustawowego) — art. 12 ust. 1 pkt 2 ustawy. Bez zgody nie można przekazać ' +
        'żadnych danych.',
    });
  else if (!input.consentOn)
    problems.push({ path: 'consentOn', code: 'REQUIRED', message: 'Podaj datę wyrażenia zgody.' });
  else if (input.consentOn > today)
    problems.push({
      path: 'consentOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zgody nie może być z przyszłości.',
    });
  if (!input.categories.includes('IDENTITY'))
    problems.push({
      path: 'categories',
      code: 'IDENTITY_REQUIRED',
      message: 'Imię, nazwisko, data urodzenia i płeć są przekazywane zawsze — bez nich nie ma skierowania.',
    });
  if (input.consentGiven)
    input.categories.forEach((category, i) => {
      if (!input.consentScope.includes(category))
        problems.push({
          path: `categories.${i}`,
          code: 'NOT_IN_CONSENT',
          message: 'Zgoda osoby nie obejmuje tych danych — nie można ich przekazać.',
        });
    });
  return problems;
}

/** Who applies for the referral at the receiving centre: a KIS applies itself (art. 12), otherwise the person. */
export function applicantTypeFor(sendingCentreType: 'CIS' | 'KIS'): 'KIS' | 'SELF' {
  return sendingCentreType === 'KIS' ? 'KIS' : 'SELF';
}

/**
 * How many days a transfer waits for the receiving centre's answer before it expires, unless the sending
 * centre sets otherwise. A product choice, not a rule of law (decision 0036): long enough for the
 * receiving centre's director to see the person and, where needed, ask the OPS for its opinion; short
 * enough that a copy of the person's data does not sit in another centre for months.
 */
export const DEFAULT_TRANSFER_EXPIRY_DAYS = 30;
export const MAX_TRANSFER_EXPIRY_DAYS = 180;

/** The instant a transfer sent at `sentAt` expires, after the sending centre's number of days. */
export function transferExpiresAt(sentAt: Date, days: number): Date {
  return new Date(sentAt.getTime() + days * 24 * 60 * 60_000);
}

/** A transfer still waiting at `now` past its expiry counts as expired, whether or not the sweep ran. */
export function effectiveTransferStatus(status: string, expiresAt: Date, now: Date): string {
  return status === 'SENT' && expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : status;
}
