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

export type RuleSetId = 'UZS_2004' | 'UZS_2015' | 'UZS_2022' | 'UZS_2025';

/** The Act's consolidated text read in full (art. 15 verified); cited in everything users see. */
export const CONSOLIDATED_TEXT = 'Dz.U. 2025 poz. 1718';

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
  /** Days off: possible in the trial month or not, what a day beyond the limit is, extra days for an extension. */
  daysOffRules: {
    inTrial: boolean;
    /** 'REFUSED' = the law gives no such day (refused with a stable code); 'UNEXCUSED' = the older design. */
    overLimit: 'UNEXCUSED' | 'REFUSED';
    /** `days` more for `perMonths` months of extension, in proportion (rounding: centre parameter). */
    extension: LegalValue<{ days: number; perMonths: number }> | null;
  };
  /** Where sick days count against the limit: the whole participation, or only the participation period. */
  sickLimitIn: 'WHOLE_PARTICIPATION' | 'PARTICIPATION_PERIOD';
  /** An incomplete month: the Act's benefit ÷ 30 × calendar days owed, or the centre's parameter. */
  partialMonth: LegalValue<'THIRTIETHS'> | 'PARAMETER';
}

/** Rules that stayed as the older rule sets had them (only their wording for display was cleaned). */
const OLDER_SHAPE: Pick<RuleSet, 'daysOffRules' | 'sickLimitIn' | 'partialMonth'> = {
  daysOffRules: { inTrial: true, overLimit: 'UNEXCUSED', extension: null },
  sickLimitIn: 'WHOLE_PARTICIPATION',
  partialMonth: 'PARAMETER',
};

// Sources are written for staff (plain Polish); the research ids behind them are in docs/law.md.
const PRE_2022_PERCENT: Pick<RuleSet, 'trialPercent' | 'participationPercent'> = {
  trialPercent: {
    value: 50,
    article: 'art. 15 (brzmienie do 31.12.2021)',
    source: 'Źródła wtórne: regulaminy CIS (Dębica 2020: 600 zł w okresie próbnym; Ostrzyce 2017/18)',
    confidence: 'secondary',
  },
  participationPercent: {
    value: 100,
    article: 'art. 15 ust. 4 (brzmienie do 31.12.2021)',
    source: 'Źródła wtórne: regulaminy CIS (Dębica 2020, Ostrzyce 2017/18)',
    confidence: 'secondary',
  },
};

const PRE_2022_ABSENCES: Pick<
  RuleSet,
  'daysOffLimit' | 'sickDaysLimit' | 'sickDayFraction' | 'unexcused' | 'maxExtensionMonths'
> = {
  daysOffLimit: {
    value: 6,
    article: 'art. 15 (brzmienie do 2021)',
    source: 'Źródła wtórne: regulamin CIS Ostrzyce 2017/18, publikacje o zmianach z 2015 r.',
    confidence: 'secondary',
  },
  sickDaysLimit: {
    value: 14,
    article: 'art. 15 ust. 7a (brzmienie do 2021)',
    source: 'Źródło wtórne: regulamin CIS Ostrzyce 2017/18',
    confidence: 'secondary',
  },
  sickDayFraction: {
    value: { num: 1, den: 40 },
    article: 'art. 15 ust. 7a (brzmienie do 2021)',
    source: 'Źródło wtórne: regulamin CIS Ostrzyce 2017/18 (20,7775 zł = 1/40 z 831,10 zł)',
    confidence: 'secondary',
  },
  unexcused: {
    value: { fraction: { num: 1, den: 20 }, forfeitAboveDays: 3 },
    article: 'art. 15 (brzmienie do 2021)',
    source: 'Źródło wtórne: regulamin CIS Ostrzyce 2017/18 (41,555 zł = 1/20 z 831,10 zł)',
    confidence: 'secondary',
  },
  maxExtensionMonths: {
    value: 6,
    article: 'art. 15 (brzmienie do 2021)',
    source: 'Źródła wtórne: regulaminy i strony CIS sprzed 2022 r.',
    confidence: 'secondary',
  },
};

const ACT = `ustawa o zatrudnieniu socjalnym, tekst jednolity ${CONSOLIDATED_TEXT}`;
const verified = <T>(value: T, article: string): LegalValue<T> => ({
  value,
  article,
  source: `${ACT}, ${article}`,
  confidence: 'verified',
});

/** All rule sets, oldest first; consecutive and non-overlapping. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'UZS_2004',
    label: 'Ustawa o zatrudnieniu socjalnym — brzmienie sprzed 2015 r.',
    validFrom: '2004-01-01',
    validTo: '2014-12-31',
    summary:
      'Okres próbny 50% zasiłku, potem 100%; premia do 20%; 6 dni wolnych; choroba ' +
      'do 14 dni (−1/40); nieobecność nieusprawiedliwiona −1/20, powyżej 3 dni ' +
      'brak świadczenia.',
    ...PRE_2022_PERCENT,
    ...PRE_2022_ABSENCES,
    bonusMaxPercent: {
      value: 20,
      article: 'art. 15a (brzmienie sprzed 2015)',
      source:
        'Źródła wtórne o zmianach premii (20% do 2015 r.). Dokładny dzień zmiany ' +
        'nie jest znany — przyjęto 1.01.2015; pozostałe zasady jak w latach 2015–2021.',
      confidence: 'uncertain',
    },
    bonusInTrial: false,
    baseMonths: 12,
    maxMonths: 18,
    ...OLDER_SHAPE,
  },
  {
    id: 'UZS_2015',
    label: 'Ustawa o zatrudnieniu socjalnym — brzmienie 2015–2021',
    validFrom: '2015-01-01',
    validTo: '2021-12-31',
    summary:
      'Okres próbny 50% zasiłku, potem 100%; premia do 50%; 6 dni wolnych; choroba ' +
      'do 14 dni (−1/40); nieobecność nieusprawiedliwiona −1/20, powyżej 3 dni ' +
      'w miesiącu brak świadczenia.',
    ...PRE_2022_PERCENT,
    ...PRE_2022_ABSENCES,
    bonusMaxPercent: {
      value: 50,
      article: 'art. 15a',
      source: 'Źródła wtórne: publikacje o nowelizacji z 2015 r., wyjaśnienia ministerstwa',
      confidence: 'secondary',
    },
    bonusInTrial: false,
    baseMonths: 12,
    maxMonths: 18,
    ...OLDER_SHAPE,
  },
  {
    id: 'UZS_2022',
    label: 'Ustawa o zatrudnieniu socjalnym — po reformie 2022 (Dz.U. 2022 poz. 218)',
    validFrom: '2022-01-01',
    validTo: '2025-05-31',
    summary:
      '120% zasiłku także w okresie próbnym; premia do 100% (nie w okresie próbnym); ' +
      '12 dni wolnych; choroba do 21 dni; potrącenia za chorobę i nieobecność ' +
      'nieusprawiedliwioną według regulaminu centrum.',
    trialPercent: {
      value: 120,
      article: 'art. 15 ust. 4',
      source:
        'Nota ministerstwa z 2022 r. i publikacje o reformie: 120% także w okresie próbnym od 1.01.2022',
      confidence: 'secondary',
    },
    participationPercent: {
      value: 120,
      article: 'art. 15 ust. 4',
      source: 'Nota ministerstwa z 2022 r. i publikacje o reformie (Dz.U. 2022 poz. 218)',
      confidence: 'secondary',
    },
    daysOffLimit: {
      value: 12,
      article: 'art. 15 (dni wolne)',
      source: 'Publikacje o reformie z 2022 r. (Dz.U. 2022 poz. 218): „6 → 12 dni wolnych”',
      confidence: 'secondary',
    },
    sickDaysLimit: {
      value: 21,
      article: 'art. 15 ust. 7a',
      source: 'Ustawa z 13.01.2022 (Dz.U. 2022 poz. 218) i publikacje o reformie',
      confidence: 'secondary',
    },
    sickDayFraction: 'PARAMETER',
    unexcused: 'PARAMETER',
    bonusMaxPercent: {
      value: 100,
      article: 'art. 15a',
      source: 'Ustawa o zatrudnieniu socjalnym, art. 15a (tekst przepisu)',
      confidence: 'verified',
    },
    bonusInTrial: false,
    maxExtensionMonths: {
      value: 12,
      article: 'art. 15',
      source: 'Publikacje o reformie z 2022 r.: przedłużenie do 12 miesięcy, razem do 24',
      confidence: 'secondary',
    },
    baseMonths: 12,
    maxMonths: 24,
    ...OLDER_SHAPE,
  },
  {
    id: 'UZS_2025',
    label: `Ustawa o zatrudnieniu socjalnym — tekst jednolity ${CONSOLIDATED_TEXT}`,
    // The consolidated text includes the labour-market act, in force 1.06.2025; no amendment since
    // (checked up to Dz.U. 2026 poz. 1308). See docs/decisions/0006-consolidated-text-2025.md.
    validFrom: '2025-06-01',
    validTo: null,
    summary:
      '120% zasiłku w okresie próbnym i w okresie uczestnictwa; niepełny miesiąc: ' +
      '1/30 świadczenia za każdy dzień; 6 dni wolnych w okresie uczestnictwa (żadnego ' +
      'w okresie próbnym), przy przedłużeniu do 6 więcej proporcjonalnie; choroba ' +
      'do 21 dni −1/40, kolejne dni bez świadczenia; nieobecność nieusprawiedliwiona ' +
      '−1/20, powyżej 3 dni w miesiącu brak świadczenia; premia do 100% tylko ' +
      'w okresie uczestnictwa.',
    trialPercent: verified(120, 'art. 15 ust. 4–5'),
    participationPercent: verified(120, 'art. 15 ust. 4–5'),
    daysOffLimit: verified(6, 'art. 15 ust. 6a'),
    sickDaysLimit: verified(21, 'art. 15 ust. 7a'),
    sickDayFraction: verified({ num: 1, den: 40 }, 'art. 15 ust. 7a'),
    unexcused: verified({ fraction: { num: 1, den: 20 }, forfeitAboveDays: 3 }, 'art. 15 ust. 7'),
    bonusMaxPercent: verified(100, 'art. 15a'),
    bonusInTrial: false,
    maxExtensionMonths: verified(12, 'art. 15 ust. 3'),
    baseMonths: 12,
    maxMonths: 24,
    daysOffRules: {
      inTrial: false,
      overLimit: 'REFUSED',
      extension: verified({ days: 6, perMonths: 12 }, 'art. 15 ust. 6b'),
    },
    sickLimitIn: 'PARTICIPATION_PERIOD',
    partialMonth: verified('THIRTIETHS' as const, 'art. 15 ust. 6'),
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
