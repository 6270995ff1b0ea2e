import type { RuleProblem } from '../pathway/programme-rules';

/**
 * The rules of the public-benefit and volunteering act (ustawa z 24 kwietnia 2003 r. o działalności pożytku
 * publicznego i o wolontariacie) the module applies, as one dated parameter set. law.md does not cover this
 * act. The wording of art. 44 ust. 1–4 and art. 46 ust. 1–3 was read again (3 Dec 2026) in three published
 * texts of the act — one article-by-article text whose art. 46 ust. 4 already cites Dz.U. 2019 poz. 1373 (so it
 * is a consolidation after 2019), the GOFIN text and volunteering-centre guides — and they agree word for word
 * with the rules below. The official consolidated text (Dz.U. 2024 poz. 1491) itself could not be opened from
 * this machine. Hence `confirmed: false` — an internal flag for developers only: no screen or paper
 * shows it; staff see the
 * source and the date in plain Polish (volunteeringRulesView).
 */
export const VOLUNTEERING_RULES = {
  validFrom: '2010-03-12',
  source:
    'art. 44 ust. 4 i art. 46 ust. 3 ustawy z dnia 24 kwietnia 2003 r. o działalności ' +
    'pożytku publicznego i o wolontariacie',
  /**
   * Art. 44 ust. 4: "Jeżeli świadczenie wolontariusza wykonywane jest przez okres dłuższy niż 30 dni,
   * porozumienie powinno być sporządzone na piśmie."
   */
  writtenAgreementAfterDays: 30,
  /** Art. 44 ust. 2: on request the centre confirms the agreement in writing and issues a certificate. */
  writtenOnRequest: true,
  /** Art. 44 ust. 3: on request the centre may give a written opinion. */
  opinionOnRequest: true,
  /** Art. 46 ust. 3: for service of no more than 30 days the centre provides accident (NNW) insurance. */
  insuranceUpToDays: 30,
  adultAge: 18,
  confirmed: false,
  /** Developer note (never shown): the guardian's consent for a minor follows from the Civil Code, not this act. */
  note: 'guardian consent: Civil Code (capacity to perform acts in law), not the volunteering act',
} as const;

/** Full years of age on a day (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A minor volunteer needs a guardian's name and the day of the guardian's consent. */
export function volunteerProblems(
  v: { birthDate: string; guardianName: string | null; guardianConsentOn: string | null },
  today: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (v.birthDate > today)
    problems.push({
      path: 'birthDate',
      code: 'DATE_IN_FUTURE',
      message: 'Data urodzenia nie może być z przyszłości.',
    });
  if (ageOn(v.birthDate, today) >= VOLUNTEERING_RULES.adultAge) return problems;
  if (!v.guardianName)
    problems.push({
      path: 'guardianName',
      code: 'GUARDIAN_REQUIRED',
      message: 'Wolontariusz niepełnoletni: podaj imię i nazwisko przedstawiciela ustawowego.',
    });
  if (!v.guardianConsentOn)
    problems.push({
      path: 'guardianConsentOn',
      code: 'GUARDIAN_CONSENT_REQUIRED',
      message:
        'Wolontariusz niepełnoletni może działać tylko za zgodą przedstawiciela ustawowego — podaj datę zgody.',
    });
  return problems;
}

/** Days an agreement covers, both ends included; null when open-ended. */
export function agreementDays(validFrom: string, validUntil: string | null): number | null {
  if (!validUntil) return null;
  return Math.round((Date.parse(validUntil) - Date.parse(validFrom)) / 86_400_000) + 1;
}

/** Whether the agreement must be written: longer than 30 days, or open-ended (art. 44 ust. 4). */
export function writtenAgreementRequired(validFrom: string, validUntil: string | null): boolean {
  const days = agreementDays(validFrom, validUntil);
  return days === null || days > VOLUNTEERING_RULES.writtenAgreementAfterDays;
}

/** The accident-insurance note the record shows for an agreement of this length (art. 46 ust. 2–3). */
export function insuranceNote(validFrom: string, validUntil: string | null): string {
  const days = agreementDays(validFrom, validUntil);
  // Art. 46 ust. 3 speaks of the time the service lasts: an open-ended agreement says nothing of it yet.
  if (days === null)
    return (
      'Porozumienie bez daty końca: jeśli świadczenia potrwają nie dłużej niż ' +
      '30 dni, centrum ubezpiecza wolontariusza od następstw nieszczęśliwych wypadków; ' +
      'dłużej — przysługuje zaopatrzenie na podstawie ustawy wypadkowej. Wpisz ' +
      'datę końca, gdy będzie znana.'
    );
  return days <= VOLUNTEERING_RULES.insuranceUpToDays
    ? 'Porozumienie do 30 dni: centrum ubezpiecza wolontariusza od następstw nieszczęśliwych wypadków.'
    : 'Porozumienie ponad 30 dni: wolontariusz objęty ubezpieczeniem wypadkowym na podstawie ustawy wypadkowej.';
}
