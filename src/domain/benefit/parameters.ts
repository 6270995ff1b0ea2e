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
    extensionDaysOffRounding: z.enum(['DOWN', 'UP']).default('DOWN'),
    sickLimitScope: z.enum(['PARTICIPATION', 'PER_ILLNESS']).default('PARTICIPATION'),
    trialSickness: z.enum(['REDUCED', 'FULL', 'NOT_DUE']).default('REDUCED'),
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
  extensionDaysOffRounding: 'DOWN' | 'UP';
  sickLimitScope: 'PARTICIPATION' | 'PER_ILLNESS';
  trialSickness: 'REDUCED' | 'FULL' | 'NOT_DUE';
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
    extensionDaysOffRounding: params.extensionDaysOffRounding,
    sickLimitScope: params.sickLimitScope,
    trialSickness: params.trialSickness,
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

/** One choice of a parameter with its Polish label (raw values are never shown to staff). */
export interface ParameterOption {
  value: string;
  label: string;
}

/** What the UI shows for one parameter. */
export interface ParameterDescription {
  key: keyof BenefitParameters;
  default: unknown;
  label: string;
  description: string;
  /** Where the default comes from, in plain Polish. */
  source: string;
  /** What the centre should know before changing it, in plain Polish. */
  note: string;
  confidence: Confidence;
  /** Rule sets in which the parameter is used; for the others the law's fixed value applies. */
  appliesTo: readonly RuleSetId[];
  options?: readonly ParameterOption[];
}

const ALL: readonly RuleSetId[] = ['UZS_2004', 'UZS_2015', 'UZS_2022', 'UZS_2025'];
const OPEN = 'Do ustalenia w regulaminie centrum.';

export const BENEFIT_PARAMETERS: readonly ParameterDescription[] = [
  {
    key: 'extensionDaysOffRounding',
    default: 'DOWN',
    appliesTo: ['UZS_2025'],
    confidence: 'uncertain',
    label: 'Dodatkowe dni wolne przy przedłużeniu — zaokrąglenie',
    description:
      'Przy przedłużeniu uczestnictwa przysługuje do 6 dni wolnych więcej, proporcjonalnie ' +
      'do długości przedłużenia (12 miesięcy — 6 dni, 6 miesięcy — 3 dni). Przy ' +
      'nieparzystej liczbie miesięcy wychodzi pół dnia: w dół (5 miesięcy — 2 ' +
      'dni) albo w górę (5 miesięcy — 3 dni).',
    source: 'Ustawa (art. 15 ust. 6b) nie mówi, jak zaokrąglić część dnia.',
    note:
      `${OPEN} Domyślnie w dół — nigdy więcej niż proporcja z ustawy; w górę ` +
      `tak jak urlop proporcjonalny w Kodeksie pracy.`,
    options: [
      { value: 'DOWN', label: 'w dół (nie więcej niż proporcja)' },
      { value: 'UP', label: 'w górę (do pełnego dnia)' },
    ],
  },
  {
    key: 'sickLimitScope',
    default: 'PARTICIPATION',
    appliesTo: ['UZS_2025'],
    confidence: 'uncertain',
    label: 'Limit 21 dni choroby — jak liczyć',
    description:
      'Łącznie w całym okresie uczestnictwa albo osobno dla każdej choroby (choroba ' +
      '= kolejne dni choroby; przerywa ją dzień obecności lub innej nieobecności).',
    source:
      'Ustawa (art. 15 ust. 7a) mówi o 21 dniach „w okresie uczestnictwa”; nie rozstrzyga, czy łącznie.',
    note: `${OPEN} Domyślnie łącznie w całym okresie uczestnictwa.`,
    options: [
      { value: 'PARTICIPATION', label: 'łącznie w okresie uczestnictwa' },
      { value: 'PER_ILLNESS', label: 'osobno dla każdej choroby' },
    ],
  },
  {
    key: 'trialSickness',
    default: 'REDUCED',
    appliesTo: ['UZS_2025'],
    confidence: 'uncertain',
    label: 'Choroba w okresie próbnym',
    description:
      'Ustawa określa obniżenie za chorobę tylko w okresie uczestnictwa. Za dzień ' +
      'choroby w okresie próbnym centrum może: obniżyć świadczenie o 1/40 (jak ' +
      'w okresie uczestnictwa; dni nie liczą się do limitu 21 dni), wypłacić je ' +
      'w pełnej wysokości albo uznać, że za ten dzień świadczenie nie przysługuje.',
    source: 'Ustawa (art. 15 ust. 7a) nie reguluje choroby w okresie próbnym.',
    note: `${OPEN} Domyślnie −1/40 za dzień, tak jak dotąd liczył system.`,
    options: [
      { value: 'REDUCED', label: '−1/40 za dzień (jak w okresie uczestnictwa)' },
      { value: 'FULL', label: 'bez obniżenia' },
      { value: 'NOT_DUE', label: 'za dzień choroby świadczenie nie przysługuje' },
    ],
  },
  {
    key: 'sickOverLimitShare',
    default: '1/30',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Dzień, za który świadczenie nie przysługuje — jaka część',
    description:
      'Za dzień choroby ponad limit (oraz za chorobę w okresie próbnym, jeśli ' +
      'tak wybrano) świadczenie nie przysługuje. Ile to jest: 1/30 świadczenia ' +
      '(tak jak ustawa liczy niepełny miesiąc), świadczenie ÷ liczba dni zajęć ' +
      'w miesiącu albo świadczenie ÷ liczba dni miesiąca.',
    source:
      'Ustawa mówi, że świadczenie za ten dzień nie przysługuje, nie mówi, ile ' +
      'wynosi dzień; 1/30 jak w art. 15 ust. 6.',
    note: `${OPEN} Domyślnie 1/30.`,
    options: [
      { value: '1/30', label: '1/30 świadczenia' },
      { value: 'CLASS_DAYS', label: 'świadczenie ÷ dni zajęć w miesiącu' },
      { value: 'CALENDAR_DAYS', label: 'świadczenie ÷ dni kalendarzowe miesiąca' },
    ],
  },
  {
    key: 'excusedDayFraction',
    default: '1/30',
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Potrącenie za inną usprawiedliwioną nieobecność',
    description:
      'Np. opieka nad chorym członkiem rodziny, wezwanie do sądu. Ustawa tego ' +
      'nie reguluje. Wpisz 0/1, aby nie potrącać.',
    source: 'Praktyka centrów: regulamin CIS Ostrzyce 2017/18 — 1/30.',
    note: `${OPEN} Domyślnie 1/30.`,
  },
  {
    key: 'rounding',
    default: 'HALF_UP',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Zaokrąglenie kwoty do grosza',
    description:
      'Kwoty dzienne są liczone dokładnie; zaokrągla się tylko wynik (i wyświetlane kwoty potrąceń).',
    source: 'Ustawa nie określa zaokrągleń.',
    note: `${OPEN} Domyślnie połówki grosza w górę.`,
    options: [
      { value: 'HALF_UP', label: 'do najbliższego grosza, połówki w górę' },
      { value: 'HALF_EVEN', label: 'do najbliższego grosza, połówki do parzystej' },
      { value: 'DOWN', label: 'w dół' },
      { value: 'UP', label: 'w górę' },
    ],
  },
  {
    key: 'periodStraddle',
    default: 'SPLIT',
    appliesTo: ALL,
    confidence: 'design',
    label: 'Miesiąc, w którym kończy się okres próbny',
    description:
      'Każdy dzień według swojego okresu (premia tylko do części za okres uczestnictwa) ' +
      'albo cały miesiąc według okresu, w którym przypada więcej dni. Od 2022 ' +
      'r. stawka w obu okresach jest ta sama, więc wybór wpływa tylko na limit premii.',
    source: 'Okres próbny i okres uczestnictwa to dwa odrębne okresy (art. 15 ust. 1–3).',
    note: `${OPEN} Domyślnie każdy dzień według swojego okresu.`,
    options: [
      { value: 'SPLIT', label: 'każdy dzień według swojego okresu' },
      { value: 'MAJORITY', label: 'cały miesiąc według okresu z większą liczbą dni' },
    ],
  },
  {
    key: 'unemploymentBenefitDate',
    default: 'MONTH_START',
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Kwota zasiłku przy zmianie w trakcie miesiąca',
    description:
      'Która kwota zasiłku (Z) stosuje się do miesiąca: obowiązująca 1. dnia ' +
      'albo ostatniego dnia miesiąca. Dotąd zmiany następowały zawsze 1. dnia ' +
      'miesiąca (1 czerwca).',
    source: 'Ustawa nie rozstrzyga; zmiany kwoty zasiłku ogłasza obwieszczenie ministra.',
    note: `${OPEN} Domyślnie kwota z 1. dnia miesiąca.`,
    options: [
      { value: 'MONTH_START', label: 'obowiązująca 1. dnia miesiąca' },
      { value: 'MONTH_END', label: 'obowiązująca ostatniego dnia miesiąca' },
    ],
  },
  {
    key: 'sickDayFraction',
    default: '1/40',
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Potrącenie za dzień choroby (miesiące od 1.01.2022 do 31.05.2025)',
    description:
      'Część świadczenia potrącana za dzień choroby potwierdzonej zaświadczeniem ' +
      'lekarskim, w limicie dni choroby. Od 1.06.2025 ustawa: 1/40.',
    source:
      'Tekst jednolity Dz.U. 2025 poz. 1718, art. 15 ust. 7a: 1/40; dla wcześniejszych miesięcy przyjęto to samo.',
    note: `${OPEN} Dotyczy tylko przeliczania miesięcy sprzed 1.06.2025.`,
  },
  {
    key: 'unexcusedDayFraction',
    default: '1/20',
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Potrącenie za dzień nieobecności nieusprawiedliwionej (miesiące od 1.01.2022 do 31.05.2025)',
    description:
      'Część świadczenia potrącana za każdy dzień nieusprawiedliwionej nieobecności ' +
      '(oraz dzień wolny ponad limit). Od 1.06.2025 ustawa: 1/20.',
    source:
      'Tekst jednolity Dz.U. 2025 poz. 1718, art. 15 ust. 7: 1/20; dla wcześniejszych miesięcy przyjęto to samo.',
    note: `${OPEN} Dotyczy tylko przeliczania miesięcy sprzed 1.06.2025.`,
  },
  {
    key: 'unexcusedForfeitAboveDays',
    default: 3,
    appliesTo: ['UZS_2022'],
    confidence: 'uncertain',
    label: 'Brak świadczenia za miesiąc po ponad N dniach nieusprawiedliwionych (od 1.01.2022 do 31.05.2025)',
    description:
      'Jeżeli w miesiącu jest więcej dni nieusprawiedliwionej nieobecności niż ' +
      'N, świadczenie za ten miesiąc nie przysługuje. Puste = nigdy. Od 1.06.2025 ' +
      'ustawa: 3.',
    source:
      'Tekst jednolity Dz.U. 2025 poz. 1718, art. 15 ust. 7: powyżej 3 dni; dla ' +
      'wcześniejszych miesięcy przyjęto to samo.',
    note: `${OPEN} Dotyczy tylko przeliczania miesięcy sprzed 1.06.2025.`,
  },
  {
    key: 'proration',
    default: 'CALENDAR_DAYS',
    appliesTo: ['UZS_2004', 'UZS_2015', 'UZS_2022'],
    confidence: 'design',
    label: 'Niepełny miesiąc uczestnictwa (miesiące sprzed 1.06.2025)',
    description:
      'Od 1.06.2025 ustawa: świadczenie ÷ 30 × dni kalendarzowe, za które przysługuje. ' +
      'Dla wcześniejszych miesięcy: proporcja dni miesiąca albo 1/30 za każdy dzień.',
    source: 'Tekst jednolity Dz.U. 2025 poz. 1718, art. 15 ust. 6 (dla miesięcy od 1.06.2025).',
    note: `${OPEN} Dotyczy tylko przeliczania miesięcy sprzed 1.06.2025.`,
    options: [
      { value: 'CALENDAR_DAYS', label: 'świadczenie × dni uczestnictwa ÷ dni miesiąca' },
      { value: 'THIRTIETHS', label: '1/30 świadczenia za każdy dzień (jak w ustawie od 1.06.2025)' },
    ],
  },
  {
    key: 'disabledMaxDailyHours',
    default: 7,
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Dzienny limit godzin — niepełnosprawność znaczna lub umiarkowana',
    description: 'Art. 14 ust. 1 odsyła do art. 15 ust. 2 ustawy o rehabilitacji zawodowej i społecznej.',
    source: 'Ustawa o rehabilitacji zawodowej i społecznej, art. 15 ust. 2 (7 godzin na dobę).',
    note: `${OPEN} Domyślnie 7 godzin.`,
  },
  {
    key: 'disabledMaxWeeklyHours',
    default: 35,
    appliesTo: ALL,
    confidence: 'uncertain',
    label: 'Tygodniowy limit godzin — niepełnosprawność znaczna lub umiarkowana',
    description: 'Art. 14 ust. 1 odsyła do art. 15 ust. 2 ustawy o rehabilitacji zawodowej i społecznej.',
    source: 'Ustawa o rehabilitacji zawodowej i społecznej, art. 15 ust. 2 (35 godzin tygodniowo).',
    note: `${OPEN} Domyślnie 35 godzin.`,
  },
];

/** The parameter list for the UI: key, default, Polish label, source and confidence. */
export function describeParameters(): readonly ParameterDescription[] {
  return BENEFIT_PARAMETERS;
}

/** A parameter's value as staff read it: the option's Polish label, "nigdy" for an empty limit. */
export function parameterValueLabel(key: keyof BenefitParameters, value: unknown): string {
  const d = BENEFIT_PARAMETERS.find((p) => p.key === key);
  const option = d?.options?.find((o) => o.value === value);
  if (option) return option.label;
  if (value === null) return 'nigdy';
  return String(value);
}
