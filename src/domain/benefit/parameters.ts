import { z } from 'zod';
import type { Fraction, RuleSetId } from '../law/rule-sets';
import type { Confidence, DomainError } from '../types';

/**
 * Centre parameters (the CIS *regulamin*): every value the law leaves uncertain, with a documented
 * default. The schema fills in defaults, so `BenefitParametersSchema.parse({})` gives the defaults.
 */

const FRACTION_RE = /^(\d{1,4})\/(\d{1,4})$/;

const FractionString = z
  .string()
  .regex(FRACTION_RE, { error: 'Ułamek w postaci "1/40".' })
  .refine(
    (v) => {
      const [num, den] = v.split('/').map(Number) as [number, number];
      return den >= 1 && den <= 1000 && num <= den;
    },
    { error: 'Ułamek musi mieć mianownik 1–1000 i nie może przekraczać 1.' },
  );

export const RoundingModeSchema = z.enum(['HALF_UP', 'HALF_EVEN', 'DOWN', 'UP']);
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

export const BenefitParametersSchema = z
  .object({
    sickDayFraction: FractionString.default('1/40'),
    unexcusedDayFraction: FractionString.default('1/20'),
    unexcusedForfeitAboveDays: z.number().int().min(0).max(31).nullable().default(3),
    excusedDayFraction: FractionString.default('1/30'),
    sickOverLimitShare: z.union([FractionString, z.enum(['CLASS_DAYS', 'CALENDAR_DAYS'])]).default('1/30'),
    rounding: RoundingModeSchema.default('HALF_UP'),
    proration: z.enum(['CALENDAR_DAYS', 'THIRTIETHS']).default('CALENDAR_DAYS'),
    periodStraddle: z.enum(['SPLIT', 'MAJORITY']).default('SPLIT'),
    unemploymentBenefitDate: z.enum(['MONTH_START', 'MONTH_END']).default('MONTH_START'),
    disabledMaxDailyHours: z.number().positive().max(24).default(7),
    disabledMaxWeeklyHours: z.number().positive().max(168).default(35),
  })
  .strict();

export type BenefitParameters = z.infer<typeof BenefitParametersSchema>;
export type BenefitParametersInput = z.input<typeof BenefitParametersSchema>;

/** Parameters with fractions parsed — the plain data the hot path uses. */
export interface ResolvedBenefitParameters {
  sickDayFraction: Fraction;
  unexcusedDayFraction: Fraction;
  unexcusedForfeitAboveDays: number | null;
  excusedDayFraction: Fraction;
  sickOverLimitShare: Fraction | 'CLASS_DAYS' | 'CALENDAR_DAYS';
  rounding: RoundingMode;
  proration: 'CALENDAR_DAYS' | 'THIRTIETHS';
  periodStraddle: 'SPLIT' | 'MAJORITY';
  unemploymentBenefitDate: 'MONTH_START' | 'MONTH_END';
  disabledMaxDailyHours: number;
  disabledMaxWeeklyHours: number;
  /** The raw values, for display. */
  raw: BenefitParameters;
}

function parseFraction(value: string): Fraction {
  const [num, den] = value.split('/').map(Number) as [number, number];
  return { num, den };
}

/** Turns validated parameters into the plain form the engine uses. */
export function resolveBenefitParameters(params: BenefitParameters): ResolvedBenefitParameters {
  return {
    sickDayFraction: parseFraction(params.sickDayFraction),
    unexcusedDayFraction: parseFraction(params.unexcusedDayFraction),
    unexcusedForfeitAboveDays: params.unexcusedForfeitAboveDays,
    excusedDayFraction: parseFraction(params.excusedDayFraction),
    sickOverLimitShare: FRACTION_RE.test(params.sickOverLimitShare)
      ? parseFraction(params.sickOverLimitShare)
      : (params.sickOverLimitShare as 'CLASS_DAYS' | 'CALENDAR_DAYS'),
    rounding: params.rounding,
    proration: params.proration,
    periodStraddle: params.periodStraddle,
    unemploymentBenefitDate: params.unemploymentBenefitDate,
    disabledMaxDailyHours: params.disabledMaxDailyHours,
    disabledMaxWeeklyHours: params.disabledMaxWeeklyHours,
    raw: params,
  };
}

/** Validates raw parameters (e.g. from JSON) and resolves them; unknown keys are refused. */
export function parseBenefitParameters(
  raw: unknown,
): { ok: true; value: ResolvedBenefitParameters } | { ok: false; error: DomainError } {
  const parsed = BenefitParametersSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: {
        code: 'INVALID_PARAMETERS',
        message: `Nieprawidłowe parametry Centrum${where}: ${issue?.message ?? ''}`,
      },
    };
  }
  return { ok: true, value: resolveBenefitParameters(parsed.data) };
}

export const DEFAULT_BENEFIT_PARAMETERS: ResolvedBenefitParameters = resolveBenefitParameters(
  BenefitParametersSchema.parse({}),
);

/** What the UI shows for one parameter. */
export interface ParameterDescription {
  key: keyof BenefitParameters;
  default: unknown;
  label: string;
  description: string;
  source: string;
  confidence: Confidence;
  /** Rule sets in which the parameter is used; for the others the law's fixed value applies. */
  appliesTo: readonly RuleSetId[];
  options?: readonly string[];
}

const ALL: readonly RuleSetId[] = ['UZS_2004', 'UZS_2015', 'UZS_2022'];

export const BENEFIT_PARAMETERS: readonly ParameterDescription[] = [
  {
    key: 'sickDayFraction',
    default: '1/40',
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Potrącenie za dzień choroby (w limicie 21 dni)',
    description:
      'Część świadczenia potrącana za każdy dzień niezdolności potwierdzonej zaświadczeniem lekarskim, w limicie dni choroby. Przed 2022 r. ustawa: 1/40.',
    source:
      'art. 15 ust. 7a; law.md §4.3 (od 2022 wysokość obniżenia niepotwierdzona [U]); domyślnie reguła sprzed 2022 r. (S10)',
  },
  {
    key: 'unexcusedDayFraction',
    default: '1/20',
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Potrącenie za dzień nieobecności nieusprawiedliwionej',
    description:
      'Część świadczenia potrącana za każdy dzień nieusprawiedliwionej nieobecności (oraz dzień wolny ponad limit).',
    source:
      'law.md §4.3 (brzmienie po 2022 nieznalezione [U]); domyślnie reguła sprzed 2022 r.: 1/20 (S10, S11)',
  },
  {
    key: 'unexcusedForfeitAboveDays',
    default: 3,
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Utrata świadczenia za miesiąc po ponad N dniach nieusprawiedliwionych',
    description:
      'Jeżeli w miesiącu jest więcej dni nieusprawiedliwionej nieobecności niż N, świadczenie za ten miesiąc nie przysługuje. Puste = nigdy.',
    source: 'law.md §3.5/§4.3; reguła sprzed 2022 r. (S10, S11), obecne brzmienie niepotwierdzone [U]',
  },
  {
    key: 'excusedDayFraction',
    default: '1/30',
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Potrącenie za inną usprawiedliwioną nieobecność',
    description:
      'Np. opieka nad chorym członkiem rodziny, wezwanie do sądu. Ustawa tego nie reguluje; decyduje regulamin Centrum. Wpisz 0/1, aby nie potrącać.',
    source: 'Praktyka: regulamin CIS Ostrzyce 2017/18 — 1/30 (law.md §4.3/§10, S10)',
  },
  {
    key: 'sickOverLimitShare',
    default: '1/30',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Potrącenie za dzień choroby ponad limit',
    description:
      'Za dni choroby ponad limit świadczenie nie przysługuje. Dzienna część świadczenia: ułamek (domyślnie 1/30, jak przy świadczeniach za niepełny miesiąc), CLASS_DAYS = świadczenie ÷ liczba dni zajęć w miesiącu, CALENDAR_DAYS = świadczenie ÷ liczba dni miesiąca.',
    source:
      'Decyzja projektowa: konwencja 1/30 z przepisów o zasiłku dla bezrobotnych [M]; law.md §4.3 ("beyond that not due")',
    options: ['1/30', 'CLASS_DAYS', 'CALENDAR_DAYS'],
  },
  {
    key: 'rounding',
    default: 'HALF_UP',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Zaokrąglenie końcowe do grosza',
    description:
      'Kwoty dzienne są liczone dokładnie; zaokrągla się tylko wynik (i wyświetlane kwoty potrąceń). HALF_UP = połówki w górę.',
    source: 'law.md §4.6, R-BEN-10 (ustawa nie określa zaokrągleń [U])',
    options: ['HALF_UP', 'HALF_EVEN', 'DOWN', 'UP'],
  },
  {
    key: 'proration',
    default: 'CALENDAR_DAYS',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Niepełny miesiąc uczestnictwa',
    description:
      'Miesiąc rozpoczęcia lub zakończenia uczestnictwa: CALENDAR_DAYS = świadczenie × dni uczestnictwa ÷ dni miesiąca; THIRTIETHS = 1/30 świadczenia za każdy dzień uczestnictwa (pełny miesiąc zawsze w pełnej wysokości).',
    source:
      'Decyzja projektowa (ustawa milczy); proporcja dni kalendarzowych jest dokładna i nie zależy od długości miesiąca w sposób skokowy',
    options: ['CALENDAR_DAYS', 'THIRTIETHS'],
  },
  {
    key: 'periodStraddle',
    default: 'SPLIT',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Miesiąc, w którym kończy się okres próbny',
    description:
      'SPLIT = dni okresu próbnego według stawki okresu próbnego, pozostałe według stawki uczestnictwa; premia tylko do części za okres uczestnictwa. MAJORITY = cały miesiąc według okresu, w którym przypada więcej dni (remis: uczestnictwo).',
    source: 'Decyzja projektowa; okres próbny i uczestnictwa to dwa odrębne okresy (law.md §3.2, S6)',
    options: ['SPLIT', 'MAJORITY'],
  },
  {
    key: 'unemploymentBenefitDate',
    default: 'MONTH_START',
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Kwota zasiłku przy zmianie w trakcie miesiąca',
    description:
      'Która kwota zasiłku (Z) stosuje się do miesiąca: obowiązująca 1. dnia miesiąca lub ostatniego dnia miesiąca. Dotychczasowe zmiany następowały 1. dnia miesiąca.',
    source: 'law.md R-BEN-03 [U]',
    options: ['MONTH_START', 'MONTH_END'],
  },
  {
    key: 'disabledMaxDailyHours',
    default: 7,
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Dzienny limit godzin — niepełnosprawność znaczna/umiarkowana',
    description: 'Art. 14 ust. 1 odsyła do art. 15 ust. 2 ustawy o rehabilitacji.',
    source: 'law.md §3.3 (7 h/dzień [M])',
  },
  {
    key: 'disabledMaxWeeklyHours',
    default: 35,
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Tygodniowy limit godzin — niepełnosprawność znaczna/umiarkowana',
    description: 'Art. 14 ust. 1 odsyła do art. 15 ust. 2 ustawy o rehabilitacji.',
    source: 'law.md §3.3 (35 h/tydzień [M])',
  },
];

/** The parameter list for the UI: key, default, Polish label, source and confidence. */
export function describeParameters(): readonly ParameterDescription[] {
  return BENEFIT_PARAMETERS;
}
