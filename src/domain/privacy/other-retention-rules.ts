/**
 * How long the centre keeps the data of people who are not participants (issue #14; decision 0023). The
 * Act's art. 8b ust. 5 covers participants only and the domain brief found no other period, so every rule
 * here is a dated parameter: where it comes from in plain Polish, whether a provision fixes it (`certain`)
 * or it is the centre's setting to be confirmed with its data protection officer, and when it was checked.
 */

export const OTHER_KINDS = [
  'VOLUNTEER',
  'ART200',
  'EVENT_PERSON',
  'EVENT_GUEST',
  'SERVICE_CUSTOMER',
  'INKIND_DONOR',
  'NETWORK_ENQUIRY',
] as const;
export type OtherKind = (typeof OTHER_KINDS)[number];

/**
 * How long a kind's data are kept: to 31 December of (the year of the last activity + `years`). A dated
 * parameter: `source` says in plain Polish where the period comes from and `certain` whether a provision
 * fixes it (false: the centre's setting, to be confirmed with its data protection officer).
 */
export interface RetentionRule {
  years: number;
  /** What the counted day is, in Polish ("ostatni dzień współpracy"). */
  from: string;
  source: string;
  certain: boolean;
  /** The day the rule was last checked against the law. */
  checkedOn: string;
}

const CHECKED_ON = '2026-12-03';
const ACCOUNTING: Omit<RetentionRule, 'from'> = {
  years: 5,
  source:
    'Ustawa o rachunkowości, art. 74 ust. 2 i 4: dowody księgowe przechowuje się 5 lat, licząc od początku ' +
    'roku następującego po roku obrotowym (przyjęto rok obrotowy równy kalendarzowemu).',
  certain: true,
  checkedOn: CHECKED_ON,
};

const GUEST_RULE: RetentionRule = {
  years: 5,
  from: 'ostatnie wydarzenie lub spotkanie',
  source:
    'Żaden przepis nie określa okresu dla gości wydarzeń i członków grup (dane na podstawie zgody, art. 6 ' +
    'ust. 1 lit. a RODO). Ustawienie centrum: 5 lat od końca roku ostatniego udziału (potwierdzanie ' +
    'zaświadczeń, rozliczenie projektów) — do potwierdzenia z inspektorem ochrony danych.',
  certain: false,
  checkedOn: CHECKED_ON,
};

export const OTHER_RETENTION_RULES: Record<OtherKind, RetentionRule> = {
  VOLUNTEER: {
    years: 6,
    from: 'ostatni dzień porozumienia lub świadczenia',
    source:
      'Ustawa o działalności pożytku publicznego i o wolontariacie nie określa okresu przechowywania. ' +
      'Przyjęto okres przedawnienia roszczeń z porozumienia (art. 118 Kodeksu cywilnego: 6 lat, koniec roku) ' +
      '— ustawienie centrum do potwierdzenia z inspektorem ochrony danych.',
    certain: false,
    checkedOn: CHECKED_ON,
  },
  ART200: {
    years: 10,
    from: 'zakończenie udziału w działaniach',
    source:
      'Ustawa o zatrudnieniu socjalnym nie określa okresu dla osób z art. 200 ustawy o rynku pracy (nie są ' +
      'uczestnikami). Przyjęto okres jak dla uczestników (art. 8b ust. 5: 10 lat od końca roku) — ustawienie ' +
      'centrum; umowa ze starostą może wymagać innego okresu, do potwierdzenia.',
    certain: false,
    checkedOn: CHECKED_ON,
  },
  EVENT_PERSON: GUEST_RULE,
  EVENT_GUEST: GUEST_RULE,
  SERVICE_CUSTOMER: { ...ACCOUNTING, from: 'ostatnie zlecenie, faktura lub wpłata' },
  INKIND_DONOR: { ...ACCOUNTING, from: 'dzień przyjęcia darowizny' },
  NETWORK_ENQUIRY: {
    years: 1,
    from: 'dzień obsłużenia zapytania',
    source:
      'Żaden przepis nie nakazuje przechowywania zapytań; po odpowiedzi dane nie są potrzebne (art. 5 ust. 1 ' +
      'lit. e RODO). Ustawienie centrum: do końca roku następnego po obsłużeniu — do potwierdzenia.',
    certain: false,
    checkedOn: CHECKED_ON,
  },
};

/** The retention as one line of the processing register (GDPR art. 30 ust. 1 lit. f). */
export const retentionWording = (rule: RetentionRule) =>
  `${rule.years} ${rule.years === 1 ? 'rok' : rule.years < 5 ? 'lata' : 'lat'} od końca roku kalendarzowego ` +
  `(liczone od: ${rule.from}), następnie anonimizacja z zachowaniem danych statystycznych. ` +
  `Podstawa: ${rule.source}`;
