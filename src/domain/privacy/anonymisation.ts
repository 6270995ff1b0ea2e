/**
 * Anonymisation after the retention period (art. 8b ust. 5 of the Act, decision 0018): when services to a
 * person ended, the pseudonym that replaces them, and how identifying values are scrubbed out of
 * free-form data (audit details, payroll explanations). Pure: no I/O, no clock.
 */
import { retentionEndsOn } from './retention';

/** What the retention rule needs to know about one person, gathered from the pathway. */
export interface RetentionFacts {
  /** `participants.status`: only EXITED (after an exit) and REFUSED (never admitted) can have ended. */
  status: string;
  /** Programmes not closed on `today` (a draft, a signed IPZS, a continuation still running). */
  openProgrammes: number;
  /** Every day something was done for or with the person (exit, continuation, follow-up, attendance, pay…). */
  days: (string | null)[];
}

const ENDED_STATUSES = new Set(['EXITED', 'REFUSED']);

/**
 * The day services to the person ended: the latest day anything was done for them once they exited or
 * were refused (the last day of participation, the end of the continuation after employment, the last
 * follow-up, the last attendance, the last paid month …). Null while services go on.
 */
export function servicesEndedOn(facts: RetentionFacts): string | null {
  if (!ENDED_STATUSES.has(facts.status) || facts.openProgrammes > 0) return null;
  let latest: string | null = null;
  for (const day of facts.days) {
    if (!day) continue;
    const d = day.slice(0, 10);
    if (latest === null || d > latest) latest = d;
  }
  return latest;
}

/** The last day of a month 'YYYY-MM' (a paid month counts as a day of services). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** Where one person stands on `today`: when services ended, until when the data are kept, and if it is over. */
export function retentionStanding(facts: RetentionFacts, today: string) {
  const ended = servicesEndedOn(facts);
  const keptUntil = ended === null ? null : retentionEndsOn(ended);
  return { servicesEndedOn: ended, retentionEndsOn: keptUntil, due: keptUntil !== null && today > keptUntil };
}

/** The day after the retention period: the first day anonymisation is allowed. */
export function firstDayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The pseudonym that replaces the person everywhere (stable: a re-run writes the same). */
export function pseudonymOf(participantId: string): string {
  return `Osoba-${participantId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The identifying values of a person, as they may appear inside free-form data. */
export interface IdentifyingValues {
  firstName: string;
  lastName: string;
  pesel: string | null;
  phone: string | null;
  email: string | null;
  bankAccount: string | null;
  street: string | null;
  buildingNo: string | null;
}

/**
 * The strings whose presence inside a value identifies the person: the name in both orders and the
 * surname alone, PESEL, phone (as written and as digits), e-mail, account number, street with number.
 * Compared case-insensitively; very short fragments are left out so that unrelated text is not hit.
 */
export function identifyingTokens(v: IdentifyingValues): string[] {
  const digits = (s: string | null) => (s ? s.replace(/\D/g, '') : '');
  const candidates = [
    `${v.firstName} ${v.lastName}`,
    `${v.lastName} ${v.firstName}`,
    v.lastName,
    v.pesel ?? '',
    v.phone ?? '',
    digits(v.phone),
    v.email ?? '',
    v.bankAccount ?? '',
    digits(v.bankAccount),
    v.street && v.buildingNo ? `${v.street} ${v.buildingNo}` : '',
  ];
  const tokens = candidates.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 4);
  return [...new Set(tokens)];
}

/** Whether a text contains one of the tokens (case-insensitive). */
export const containsToken = (text: string, tokens: readonly string[]) => {
  const lower = text.toLowerCase();
  return tokens.some((t) => lower.includes(t));
};

/** The text left where free text about the person was removed. */
export const REMOVED = '[usunięto]';

/**
 * Replaces every string inside a JSON value that contains one of the tokens by the pseudonym; keys,
 * numbers, booleans and other strings stay (so a payroll explanation keeps its amounts and articles).
 */
export function scrubTokens(value: unknown, tokens: readonly string[], pseudonym: string): unknown {
  if (typeof value === 'string') return containsToken(value, tokens) ? pseudonym : value;
  if (Array.isArray(value)) return value.map((v) => scrubTokens(v, tokens, pseudonym));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubTokens(v, tokens, pseudonym)]));
  return value;
}

// Values that describe an event without describing the person: ids, days, months, instants, codes,
// field names, short numbers. Anything else in an entry about the person is free text and goes.
const SAFE_STRING = new RegExp(
  `^(?:${[
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    String.raw`\d{4}-\d{2}(?:-\d{2}(?:T[\d:.]+Z?)?)?`,
    '[A-Z][A-Z0-9_]*',
    '[a-z][a-zA-Z0-9]*(?:[._][a-zA-Z0-9]+)*',
    String.raw`\d{1,6}`,
    '(?:pdf|json|csv|xlsx)',
  ].join('|')})$`,
);

/**
 * The details of an audit entry about the person, made anonymous: who did what and when stays (the
 * entry's own columns), ids, dates, codes and field names stay; names, identifiers and free text
 * (reasons, descriptions) become the pseudonym or {@link REMOVED}.
 */
export function scrubAuditDetails(
  details: Record<string, unknown>,
  tokens: readonly string[],
  pseudonym: string,
): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (containsToken(value, tokens)) return pseudonym;
      return SAFE_STRING.test(value) ? value : REMOVED;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return { ...(walk(details) as Record<string, unknown>), person: pseudonym };
}

/** A birth date reduced to its year (1 January): the year-of-birth band of the statistics stays. */
export const birthYearOnly = (birthDate: string) => `${birthDate.slice(0, 4)}-01-01`;
