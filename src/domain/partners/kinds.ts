/**
 * The kinds of institutions and firms a centre works with (issue 16), with their Polish names. The
 * order is the order of the filter on the partner list.
 */
export const PARTNER_KINDS = [
  'SOCIAL_ASSISTANCE',
  'LABOUR_OFFICE',
  'PCPR',
  'ADDICTION_TREATMENT',
  'NGO',
  'EMPLOYER',
  'SOCIAL_COOPERATIVE',
  'ZAZ_WTZ',
  'MUNICIPAL_COMPANY',
  'CULTURE_SPORT',
  'SCHOOL_TRAINING',
  'CHURCH',
  'LOCAL_GOVERNMENT',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Polish names of the kinds, as staff and paper see them. */
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  SOCIAL_ASSISTANCE: 'ośrodek pomocy społecznej (OPS/MOPS) lub centrum usług społecznych (CUS)',
  LABOUR_OFFICE: 'powiatowy urząd pracy (PUP)',
  PCPR: 'powiatowe centrum pomocy rodzinie (PCPR)',
  ADDICTION_TREATMENT: 'placówka leczenia uzależnień',
  NGO: 'organizacja pozarządowa',
  EMPLOYER: 'pracodawca',
  SOCIAL_COOPERATIVE: 'spółdzielnia socjalna',
  ZAZ_WTZ: 'zakład aktywności zawodowej (ZAZ) lub warsztat terapii zajęciowej (WTZ)',
  MUNICIPAL_COMPANY: 'spółka komunalna',
  CULTURE_SPORT: 'instytucja kultury lub sportu',
  SCHOOL_TRAINING: 'szkoła lub instytucja szkoleniowa',
  CHURCH: 'kościelna osoba prawna lub jednostka kościelna',
  LOCAL_GOVERNMENT: 'gmina lub starostwo powiatowe',
};

/** Kinds that may refer a person to a CIS/KIS (art. 12): their workers may get a partner account. */
export const REFERRING_KINDS: readonly PartnerKind[] = [
  'SOCIAL_ASSISTANCE',
  'LABOUR_OFFICE',
  'PCPR',
  'ADDICTION_TREATMENT',
  'NGO',
];

/** Kinds of agreement (porozumienie, umowa) and of cooperation-log entry. */
export const AGREEMENT_KINDS = ['AGREEMENT', 'CONTRACT', 'LETTER_OF_INTENT'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  AGREEMENT: 'porozumienie o współpracy',
  CONTRACT: 'umowa',
  LETTER_OF_INTENT: 'list intencyjny',
};

export const LOG_KINDS = ['MEETING', 'CONSULTATION', 'LOAN', 'EVENT', 'OTHER'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_KIND_LABELS: Record<LogKind, string> = {
  MEETING: 'spotkanie',
  CONSULTATION: 'konsultacja',
  LOAN: 'użyczenie (np. stoiska na wydarzenie)',
  EVENT: 'wspólne wydarzenie',
  OTHER: 'inne',
};
