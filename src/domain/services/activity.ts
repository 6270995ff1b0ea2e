/**
 * What a CIS may sell (art. 9 ust. 1 of the Act, consolidated text Dz.U. 2025 poz. 1718): production,
 * trade, services and farming — except fuel, tobacco, spirits, wine, beer and other drinks over 0.5 %
 * alcohol, and articles of precious metals. The excluded kinds are in the list on purpose, so that a
 * choice of one is refused with the article instead of being impossible to express.
 */
export const ALLOWED_ACTIVITIES = [
  'RENOVATION',
  'CLEANING',
  'GREEN_AREAS',
  'CATERING',
  'CARE',
  'CRAFTS',
  'PRODUCTION_OTHER',
  'TRADE_OTHER',
  'SERVICES_OTHER',
  'FARMING',
] as const;

export const EXCLUDED_ACTIVITIES = [
  'FUEL',
  'TOBACCO',
  'SPIRITS',
  'WINE',
  'BEER',
  'ALCOHOLIC_DRINKS',
  'PRECIOUS_METALS',
] as const;

export const ACTIVITY_TYPES = [...ALLOWED_ACTIVITIES, ...EXCLUDED_ACTIVITIES] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  RENOVATION: 'usługi remontowo-budowlane',
  CLEANING: 'usługi porządkowe i sprzątanie',
  GREEN_AREAS: 'pielęgnacja terenów zielonych',
  CATERING: 'usługi gastronomiczne, catering',
  CARE: 'usługi opiekuńcze',
  CRAFTS: 'rękodzieło, pamiątki',
  PRODUCTION_OTHER: 'inna wytwórczość',
  TRADE_OTHER: 'inny handel',
  SERVICES_OTHER: 'inne usługi',
  FARMING: 'wytwórczość rolna',
  FUEL: 'paliwa',
  TOBACCO: 'wyroby tytoniowe',
  SPIRITS: 'wyroby spirytusowe',
  WINE: 'wino',
  BEER: 'piwo',
  ALCOHOLIC_DRINKS: 'napoje o zawartości alkoholu powyżej 0,5%',
  PRECIOUS_METALS: 'przedmioty z metali szlachetnych',
};

/** The refusal of an excluded kind, citing the article, or null when the kind is allowed. */
export function activityRefusal(type: ActivityType): { code: 'ACTIVITY_EXCLUDED'; message: string } | null {
  if (!(EXCLUDED_ACTIVITIES as readonly string[]).includes(type)) return null;
  return {
    code: 'ACTIVITY_EXCLUDED',
    message:
      `Centrum integracji społecznej nie może prowadzić działalności w zakresie: ${ACTIVITY_LABELS[type]}. ` +
      'Art. 9 ust. 1 ustawy o zatrudnieniu socjalnym wyłącza paliwa, wyroby tytoniowe, spirytusowe, wino, ' +
      'piwo, inne napoje o zawartości alkoholu powyżej 0,5% oraz przedmioty z metali szlachetnych.',
  };
}
