/**
 * A participant's situation recorded at an exit or a follow-up, in the categories the statutory reports
 * need, and the one definition of "usamodzielnienie ekonomiczne" (economic independence).
 */

/** Paid work (or its absence) at the time of the record. */
export const WORK_SITUATIONS = [
  'EMPLOYMENT',
  'OWN_BUSINESS',
  'SOCIAL_COOPERATIVE',
  'OTHER_PAID_WORK',
  'PENSION',
  'NONE',
] as const;
export type WorkSituation = (typeof WORK_SITUATIONS)[number];

/** Where the person is employed (the rows of the report's "economically independent" table). */
export const EMPLOYMENT_FORMS = ['SUPPORTED_AT_EMPLOYER', 'EMPLOYER', 'IN_CENTRE'] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

export const CONTRACT_TYPES = ['EMPLOYMENT_CONTRACT', 'CIVIL_CONTRACT', 'OTHER'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Effects of social reintegration (a person may have several, or none). */
export const SOCIAL_EFFECTS = [
  'HOUSING',
  'THERAPY_COMPLETED',
  'ABSTINENCE',
  'FAMILY',
  'EDUCATION',
  'HEALTH',
  'DEBT_SETTLED',
  'SOCIAL_SKILLS',
  'OTHER',
] as const;
export type SocialEffect = (typeof SOCIAL_EFFECTS)[number];

export interface Outcome {
  participantId: string;
  programmeId: string | null;
  observedOn: string;
  work: WorkSituation;
  employmentForm: EmploymentForm | null;
  contractType: ContractType | null;
  socialEffects: readonly SocialEffect[];
}

/** The kinds of economic independence the CIS report counts, in the form's row order. */
export const INDEPENDENCE_KINDS = [
  'SUPPORTED_AT_EMPLOYER',
  'EMPLOYER',
  'IN_CENTRE',
  'OWN_BUSINESS',
  'SOCIAL_COOPERATIVE',
  'PENSION',
] as const;
export type IndependenceKind = (typeof INDEPENDENCE_KINDS)[number];

/**
 * USAMODZIELNIENIE EKONOMICZNE — defined once, here.
 *
 * Source: the CIS report must give the number of participants who became economically independent
 * (art. 5 ust. 6 of the Act, Dz.U. 2025 poz. 1718, and § 1 of the template regulation Dz.U. 2017 poz. 97).
 * Neither text defines the term; the template's predecessor (Dz.U. 2007 Nr 196 poz. 1421) lists its
 * kinds as: referred to supported employment at an employer; employed by an employer without supported
 * employment; employed in the CIS; started their own business; started (joined) a social cooperative;
 * acquired the right to a pension. A person is economically independent when a record (at the exit or a
 * follow-up) shows one of these. "Other paid work" (casual or undeclared work) does not count: no kind
 * of the form holds it.
 */
export const ECONOMIC_INDEPENDENCE_SOURCE =
  'art. 5 ust. 6 ustawy o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718); rodzaje za wzorem sprawozdania ' +
  '(Dz.U. 2007 Nr 196 poz. 1421), powtórzonym w Dz.U. 2017 poz. 97';

/** The kind of economic independence a record shows, or null when it shows none. */
export function independenceKind(o: Pick<Outcome, 'work' | 'employmentForm'>): IndependenceKind | null {
  switch (o.work) {
    case 'EMPLOYMENT':
      return o.employmentForm ?? 'EMPLOYER';
    case 'OWN_BUSINESS':
      return 'OWN_BUSINESS';
    case 'SOCIAL_COOPERATIVE':
      return 'SOCIAL_COOPERATIVE';
    case 'PENSION':
      return 'PENSION';
    default:
      return null;
  }
}

/** Whether a record counts as economic independence (see the definition above). */
export const isEconomicallyIndependent = (o: Pick<Outcome, 'work' | 'employmentForm'>) =>
  independenceKind(o) !== null;

/**
 * The economic independence that falls in a year: each person once per kind, in the year the kind was
 * first recorded for that programme (a job seen at the exit and again at the 6-month follow-up counts
 * once, in the exit's year).
 */
export function independenceInYear(year: number, outcomes: readonly Outcome[]) {
  const first = new Map<string, { participantId: string; kind: IndependenceKind; on: string }>();
  for (const o of outcomes) {
    const kind = independenceKind(o);
    if (!kind) continue;
    const key = `${o.participantId}|${o.programmeId ?? ''}|${kind}`;
    const seen = first.get(key);
    if (!seen || o.observedOn < seen.on)
      first.set(key, { participantId: o.participantId, kind, on: o.observedOn });
  }
  const byKind = new Map<IndependenceKind, Set<string>>(INDEPENDENCE_KINDS.map((k) => [k, new Set()]));
  for (const f of first.values())
    if (Number(f.on.slice(0, 4)) === year) byKind.get(f.kind)!.add(f.participantId);
  return byKind;
}
