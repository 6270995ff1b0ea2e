import { addDays } from '../calendar';
import { type Outcome, isEconomicallyIndependent } from './outcomes';

/**
 * Outcome indicators over plain rows (the network reuses this function for many centres):
 * employment effectiveness and social effectiveness of the people who ended participation, per year of
 * ending, per cohort (admission year), per workshop and per referrer.
 */

export interface IndicatorProgramme {
  participantId: string;
  programmeId: string;
  admissionDate: string;
  /** Last day of classes; programmes still running are not counted. */
  lastDay: string | null;
  workshop: string | null;
  referrer: string | null;
}

export interface IndicatorCell {
  key: string;
  ended: number;
  employed: number;
  social: number;
  /** Percentages with one decimal; null when nobody ended. */
  employmentRate: number | null;
  socialRate: number | null;
}

export const INDICATOR_WINDOW_DAYS = 92;

export const INDICATOR_FORMULAS = {
  employment:
    'Efektywność zatrudnieniowa = osoby, które po zakończeniu udziału usamodzielniły ' +
    'się ekonomicznie (zatrudnienie, działalność gospodarcza, spółdzielnia socjalna, ' +
    'emerytura lub renta) najpóźniej 3 miesiące (92 dni) po ostatnim dniu zajęć ' +
    '÷ osoby, które zakończyły udział × 100%.',
  social:
    'Efektywność społeczna = osoby, które zakończyły udział z co najmniej jednym ' +
    'odnotowanym efektem reintegracji społecznej albo usamodzielnieniem ekonomicznym ' +
    '÷ osoby, które zakończyły udział × 100%.',
} as const;

/** Defaults a centre may change (each with where it comes from) and the national target. */
export const DEFAULT_TARGETS = {
  employment: {
    value: 50,
    note: 'Wskaźnik zatrudnieniowy stosowany przez centra (ok. 50%) — do zmiany w regulaminie centrum.',
  },
  social: {
    value: 80,
    note:
      'Wskaźnik przywrócenia do życia społecznego stosowany przez centra (ponad ' +
      '80%) — do zmiany w regulaminie centrum.',
  },
} as const;
export const KPRES_TARGET = {
  value: 40,
  note:
    'Krajowy Program Rozwoju Ekonomii Społecznej do 2030 r.: 40% osób podejmujących ' +
    'pracę po zakończeniu udziału w jednostce reintegracyjnej.',
} as const;

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

/** The indicators grouped four ways; `year` limits the year/workshop/referrer views to people who ended that year. */
export function computeIndicators(
  programmes: readonly IndicatorProgramme[],
  outcomes: readonly Outcome[],
  year: number | null,
  windowDays = INDICATOR_WINDOW_DAYS,
) {
  const ended = programmes.filter((p) => p.lastDay !== null);
  const byProgramme = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const list = byProgramme.get(o.programmeId ?? '') ?? [];
    list.push(o);
    byProgramme.set(o.programmeId ?? '', list);
  }
  const facts = ended.map((p) => {
    const own = byProgramme.get(p.programmeId) ?? [];
    const until = addDays(p.lastDay!, windowDays);
    const employed = own.some((o) => isEconomicallyIndependent(o) && o.observedOn <= until);
    const social = employed || own.some((o) => o.socialEffects.length > 0 || isEconomicallyIndependent(o));
    return { p, employed, social };
  });
  const group = (list: typeof facts, keyOf: (p: IndicatorProgramme) => string): IndicatorCell[] => {
    const map = new Map<string, { people: Set<string>; employed: Set<string>; social: Set<string> }>();
    for (const f of list) {
      const key = keyOf(f.p);
      const g = map.get(key) ?? { people: new Set(), employed: new Set(), social: new Set() };
      g.people.add(f.p.programmeId);
      if (f.employed) g.employed.add(f.p.programmeId);
      if (f.social) g.social.add(f.p.programmeId);
      map.set(key, g);
    }
    return [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'pl'))
      .map(([key, g]) => ({
        key,
        ended: g.people.size,
        employed: g.employed.size,
        social: g.social.size,
        employmentRate: rate(g.employed.size, g.people.size),
        socialRate: rate(g.social.size, g.people.size),
      }));
  };
  const inYear = year === null ? facts : facts.filter((f) => Number(f.p.lastDay!.slice(0, 4)) === year);
  return {
    byYear: group(facts, (p) => p.lastDay!.slice(0, 4)),
    byCohort: group(facts, (p) => p.admissionDate.slice(0, 4)),
    byWorkshop: group(inYear, (p) => p.workshop ?? '—'),
    byReferrer: group(inYear, (p) => p.referrer ?? '—'),
  };
}
