import type { Confidence } from '../types';

/** A fraction of the monthly benefit, e.g. { num: 1, den: 40 }. */
export interface Fraction {
  num: number;
  den: number;
}

/** One legal value with where it comes from. */
export interface LegalValue<T> {
  value: T;
  article: string;
  source: string;
  confidence: Confidence;
}

export type RuleSetId = 'UZS_2004' | 'UZS_2015' | 'UZS_2022';

/** How unexcused absences reduce the benefit: a fraction per day, and the whole month lost above a count. */
export interface UnexcusedRule {
  fraction: Fraction;
  /** More unexcused days than this in one month → no benefit for the month; null = never. */
  forfeitAboveDays: number | null;
}

/**
 * The benefit rules of the Act for the months paid in [validFrom, validTo]. A value of 'PARAMETER'
 * means the law is uncertain for this period and the centre's parameter (its regulamin) decides.
 */
export interface RuleSet {
  id: RuleSetId;
  label: string;
  validFrom: string;
  validTo: string | null;
  summary: string;
  trialPercent: LegalValue<number>;
  participationPercent: LegalValue<number>;
  daysOffLimit: LegalValue<number>;
  sickDaysLimit: LegalValue<number>;
  sickDayFraction: LegalValue<Fraction> | 'PARAMETER';
  unexcused: LegalValue<UnexcusedRule> | 'PARAMETER';
  bonusMaxPercent: LegalValue<number>;
  /** The bonus is never paid in the trial month (art. 15a: only in the participation period). */
  bonusInTrial: false;
  maxExtensionMonths: LegalValue<number>;
  baseMonths: number;
  maxMonths: number;
}

const PRE_2022_PERCENT: Pick<RuleSet, 'trialPercent' | 'participationPercent'> = {
  trialPercent: {
    value: 50,
    article: 'art. 15 (brzmienie do 31.12.2021)',
    source: 'law.md §4.1; S31 (CIS Dębica 2020: 600 zł w okresie próbnym), S10',
    confidence: 'secondary',
  },
  participationPercent: {
    value: 100,
    article: 'art. 15 ust. 4 (brzmienie do 31.12.2021)',
    source: 'law.md §4.1; S31, S10',
    confidence: 'secondary',
  },
};

const PRE_2022_ABSENCES: Pick<
  RuleSet,
  'daysOffLimit' | 'sickDaysLimit' | 'sickDayFraction' | 'unexcused' | 'maxExtensionMonths'
> = {
  daysOffLimit: {
    value: 6,
    article: 'art. 15 ust. 7 (numer ustępu niepotwierdzony)',
    source: 'law.md §4.3; S10, S12',
    confidence: 'secondary',
  },
  sickDaysLimit: {
    value: 14,
    article: 'art. 15 ust. 7a (brzmienie do 2021)',
    source: 'law.md §4.3; S10',
    confidence: 'secondary',
  },
  sickDayFraction: {
    value: { num: 1, den: 40 },
    article: 'art. 15 ust. 7a (brzmienie do 2021)',
    source: 'law.md §4.3/§10; S10 (CIS Ostrzyce: 20,7775 zł = 1/40 z 831,10 zł)',
    confidence: 'secondary',
  },
  unexcused: {
    value: { fraction: { num: 1, den: 20 }, forfeitAboveDays: 3 },
    article: 'art. 15 (numer ustępu niepotwierdzony)',
    source: 'law.md §3.5/§4.3; S10, S11 (CIS Ostrzyce: 41,555 zł = 1/20 z 831,10 zł)',
    confidence: 'secondary',
  },
  maxExtensionMonths: {
    value: 6,
    article: 'art. 15 (brzmienie do 2021)',
    source: 'law.md §3.2; S10, S38, S39',
    confidence: 'secondary',
  },
};

/** All rule sets, oldest first; consecutive and non-overlapping. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'UZS_2004',
    label: 'Ustawa o zatrudnieniu socjalnym — brzmienie sprzed 2015 r.',
    validFrom: '2004-01-01',
    validTo: '2014-12-31',
    summary:
      'Okres próbny 50% zasiłku, potem 100%; premia do 20%; 6 dni wolnych; choroba do 14 dni (−1/40); nieobecność nieusprawiedliwiona −1/20, powyżej 3 dni brak świadczenia.',
    ...PRE_2022_PERCENT,
    ...PRE_2022_ABSENCES,
    bonusMaxPercent: {
      value: 20,
      article: 'art. 15a (brzmienie sprzed 2015)',
      source:
        'law.md §4.2; S12, S14, S17. Dokładna data zmiany w 2015 r. niepotwierdzona; przyjęto 1.01.2015. Pozostałe wartości przyjęto jak w latach 2015–2021 (niepotwierdzone).',
      confidence: 'uncertain',
    },
    bonusInTrial: false,
    baseMonths: 12,
    maxMonths: 18,
  },
  {
    id: 'UZS_2015',
    label: 'Ustawa o zatrudnieniu socjalnym — brzmienie 2015–2021',
    validFrom: '2015-01-01',
    validTo: '2021-12-31',
    summary:
      'Okres próbny 50% zasiłku, potem 100%; premia do 50%; 6 dni wolnych; choroba do 14 dni (−1/40); nieobecność nieusprawiedliwiona −1/20, powyżej 3 dni w miesiącu brak świadczenia.',
    ...PRE_2022_PERCENT,
    ...PRE_2022_ABSENCES,
    bonusMaxPercent: {
      value: 50,
      article: 'art. 15a',
      source: 'law.md §4.2; S12, S14, S17',
      confidence: 'secondary',
    },
    bonusInTrial: false,
    baseMonths: 12,
    maxMonths: 18,
  },
  {
    id: 'UZS_2022',
    label: 'Ustawa o zatrudnieniu socjalnym — po reformie 2022 (Dz.U. 2022 poz. 218)',
    validFrom: '2022-01-01',
    validTo: null,
    summary:
      '120% zasiłku także w okresie próbnym; premia do 100% (nie w okresie próbnym); 12 dni wolnych; choroba do 21 dni; potrącenia za chorobę i nieobecność nieusprawiedliwioną wg regulaminu Centrum (parametry).',
    trialPercent: {
      value: 120,
      article: 'art. 15 ust. 4',
      source: 'law.md §4.1; S6, S7, S30b (120% także w okresie próbnym od 1.01.2022)',
      confidence: 'secondary',
    },
    participationPercent: {
      value: 120,
      article: 'art. 15 ust. 4',
      source: 'law.md §4.1; S6, S7, S30b',
      confidence: 'secondary',
    },
    daysOffLimit: {
      value: 12,
      article: 'art. 15 ust. 7 (numer ustępu niepotwierdzony)',
      source: 'law.md §0/§4.3; S2, S3, S6–S9',
      confidence: 'secondary',
    },
    sickDaysLimit: {
      value: 21,
      article: 'art. 15 ust. 7a',
      source: 'law.md §4.3; S3, S9',
      confidence: 'secondary',
    },
    sickDayFraction: 'PARAMETER',
    unexcused: 'PARAMETER',
    bonusMaxPercent: {
      value: 100,
      article: 'art. 15a',
      source: 'law.md §4.2; S5 (tekst art. 15a), formats.md §1.3',
      confidence: 'verified',
    },
    bonusInTrial: false,
    maxExtensionMonths: {
      value: 12,
      article: 'art. 15',
      source: 'law.md §3.2; S8, S9 (przedłużenie do 12 miesięcy, razem do 24)',
      confidence: 'secondary',
    },
    baseMonths: 12,
    maxMonths: 24,
  },
];

/** The rule set for a month paid, chosen by its first day ('YYYY-MM-DD' or 'YYYY-MM'). */
export function findRuleSet(date: string): RuleSet {
  const day = date.length === 7 ? `${date}-01` : date;
  let found = RULE_SETS[0] as RuleSet;
  for (const rs of RULE_SETS) if (rs.validFrom <= day) found = rs;
  return found;
}

/** The rule sets for display (UI "why this amount?"), oldest first. */
export function listRuleSets(): readonly RuleSet[] {
  return RULE_SETS;
}

/** Finds a rule set by id. */
export function getRuleSet(id: RuleSetId): RuleSet {
  const rs = RULE_SETS.find((r) => r.id === id);
  if (!rs) throw new RangeError(`Unknown rule set ${id}`);
  return rs;
}
