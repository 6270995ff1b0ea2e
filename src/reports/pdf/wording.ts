import { validatePesel } from '../../domain/identifiers/pesel';
import type { PersonOnDocument } from './document-data';

/** The act every participant document rests on, as cited in Polish documents. */
export const ACT = 'ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym';

/** Dates in Polish print come from the one formatting module. */
import { longDate, shortDate } from '../../domain/polish-format';

export { longDate, shortDate };

/** Polish plural of a counted noun: 1 miesiąc, 2–4 miesiące, 5+ (and 12–14, 22… with 0/1/5–9) miesięcy. */
export function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

/** The sex for grammatical agreement: as recorded, otherwise read from a valid PESEL, otherwise unknown. */
export function sexOf(person: Pick<PersonOnDocument, 'sex' | 'pesel'>): 'F' | 'M' | null {
  if (person.sex) return person.sex;
  const pesel = person.pesel ? validatePesel(person.pesel) : null;
  return pesel?.valid ? pesel.sex : null;
}

/**
 * Picks the feminine or masculine form; when the sex is not known, prints both ("uczestnik/uczestniczka")
 * or the given form. In justified text pass e.g. "uczestniczył(a)": a line may break after "/", and
 * justification then opens a gap inside the word pair.
 */
export function gendered(
  sex: 'F' | 'M' | null,
  feminine: string,
  masculine: string,
  unknown = `${masculine}/${feminine}`,
): string {
  if (sex === 'F') return feminine;
  if (sex === 'M') return masculine;
  return unknown;
}

/** "PESEL 85030512345", or "ur. 05.03.1985 r." for a person without a PESEL. */
export function identity(person: Pick<PersonOnDocument, 'pesel' | 'birthDate'>): string {
  return person.pesel ? `PESEL ${person.pesel}` : `ur. ${shortDate(person.birthDate)} r.`;
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`.trim();

const NBSP = '\u00a0';

/**
 * Polish typesetting custom: a one-letter word (w, z, i, o, u, a) never ends a line, nor does
 * "art.", "ust.", "pkt", "§" part from its number or "r." from its year. Text stays the same
 * to a reader and to pdftotext; only the line breaks move.
 */
export function typeset(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?<=^|[\s(„])([aiouwzAIOUWZ]) /gm, `$1${NBSP}`)
    .replace(/\b(art\.|ust\.|pkt|nr|poz\.) (?=\d)/g, `$1${NBSP}`)
    .replace(/§ (?=\d)/g, `§${NBSP}`)
    .replace(/(\d) (r\.)/g, `$1${NBSP}$2`);
}
