// The art. 200 track's numbers (issue 16 item 7): activities for the unemployed funded by the PUP under an
// agreement with the starosta (art. 200 of the 2025 labour-market act; art. 9a of the Act). Pure data.

/** One dated set of the track's limits; the set in force on a day is chosen by `art200ParametersOn`. */
export interface Art200Parameters {
  id: string;
  validFrom: string;
  /** Hours of activities a person may have in one day. */
  maxHoursPerDay: number;
  /** Calendar months a person may take part, counted from their first day. */
  maxMonths: number;
  /**
   * Whether the research behind the rules confirmed these numbers in the statute's wording. Code only:
   * the screen and paper show `source`, never this flag.
   */
  confirmed: boolean;
  /** Where the numbers come from, in plain Polish for the screen. */
  source: string;
  /**
   * A stipend and its reductions: no figure is confirmed anywhere in the research, so none is computed
   * (only hours are recorded). A future rule set may add the amount with its article.
   */
  stipend: null;
}

export const ART200_RULE_SETS: readonly Art200Parameters[] = [
  {
    id: 'RYNEK_PRACY_2025',
    // The labour-market act of 20 March 2025 (Dz.U. 2025 poz. 620) is in force from 1 June 2025.
    validFrom: '2025-06-01',
    // Unconfirmed: the 4 hours and 6 months come from the product brief; the verified reading of the
    // consolidated text names the track (art. 9a, art. 18 ust. 7–9) but not these limits.
    maxHoursPerDay: 4,
    maxMonths: 6,
    confirmed: false,
    source:
      'art. 200 ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (Dz.U. 2025 poz. 620) ' +
      'oraz art. 9a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718)',
    stipend: null,
  },
];

/** The rule set in force on a day, or null before the 2025 act (the track did not exist in this form). */
export function art200ParametersOn(date: string): Art200Parameters | null {
  let found: Art200Parameters | null = null;
  for (const set of ART200_RULE_SETS) if (set.validFrom <= date) found = set;
  return found;
}

/** What never applies to these people (law.md, verified: chapters 4–6 of the Act), for the screen. */
export const ART200_NOT_APPLICABLE =
  'Do osób w tej ścieżce nie stosuje się rozdziałów 4–6 ustawy o zatrudnieniu socjalnym: ' +
  'nie ma skierowania w trybie ustawy, IPZS, świadczenia integracyjnego ani zatrudnienia wspieranego. ' +
  'Zajęcia finansuje powiatowy urząd pracy na podstawie porozumienia ze starostą.';
