import { validatePesel } from '../identifiers/pesel';

/** Yes / no / refused to say — the answer to each of the five sensitive flags of the SM EFS record. */
export type FlagAnswer = 'YES' | 'NO' | 'REFUSED';
export const FLAG_ANSWERS: readonly FlagAnswer[] = ['YES', 'NO', 'REFUSED'];

export type LabourMarketStatus = 'UNEMPLOYED' | 'INACTIVE' | 'EMPLOYED';
export const LABOUR_MARKET_STATUSES: readonly LabourMarketStatus[] = ['UNEMPLOYED', 'INACTIVE', 'EMPLOYED'];

/** The person's situation when leaving the project — what the result indicators count. */
export type ExitSituation =
  | 'JOB_SEARCHING'
  | 'EDUCATION'
  | 'QUALIFICATION'
  | 'EMPLOYED'
  | 'SELF_EMPLOYED'
  | 'OTHER';
export const EXIT_SITUATIONS: readonly ExitSituation[] = [
  'JOB_SEARCHING',
  'EDUCATION',
  'QUALIFICATION',
  'EMPLOYED',
  'SELF_EMPLOYED',
  'OTHER',
];

export type Degurba = '1' | '2' | '3';

/**
 * Everything one row of the SM EFS participant export needs: the participant's record (name, PESEL,
 * address…) joined with the enrolment (dates, support, status at entry, the five flags, the exit).
 */
export interface MonitoringPerson {
  projectNumber: string;
  firstName: string;
  lastName: string;
  pesel: string | null;
  sex: 'F' | 'M' | null;
  birthDate: string | null;
  /** ISO 3166 alpha-2 code from the record (PL by default). */
  citizenship: string | null;
  /** ISCED 0–8 from the record. */
  educationLevel: string | null;
  voivodeship: string | null;
  powiat: string | null;
  gmina: string | null;
  city: string | null;
  postalCode: string | null;
  degurba: Degurba | null;
  phone: string | null;
  email: string | null;
  projectStart: string;
  projectEnd: string | null;
  labourMarketStatus: LabourMarketStatus | null;
  longTermUnemployed: boolean | null;
  educationEndPlanned: string | null;
  exitSituation: ExitSituation | null;
  exitAsPlanned: boolean | null;
  supportForms: readonly string[];
  supportStart: string;
  supportEnd: string | null;
  businessStartedOn: string | null;
  foreignOrigin: FlagAnswer | null;
  thirdCountryNational: FlagAnswer | null;
  minority: FlagAnswer | null;
  homeless: FlagAnswer | null;
  disability: FlagAnswer | null;
  notes: string | null;
}

/** The project's frame the dates are checked against. */
export interface ProjectFrame {
  startDate: string;
  endDate: string;
}

/** One problem of one field, with the field's Polish name for the "brakuje: …" summary. */
export interface MonitoringProblem {
  field: keyof MonitoringPerson;
  label: string;
  code: 'REQUIRED' | 'INVALID' | 'INCONSISTENT';
  message: string;
}

/** Polish names of the fields as staff know them from the monitoring form. */
export const FIELD_LABELS: Record<keyof MonitoringPerson, string> = {
  projectNumber: 'numer projektu',
  firstName: 'imię',
  lastName: 'nazwisko',
  pesel: 'PESEL',
  sex: 'płeć',
  birthDate: 'data urodzenia (wiek)',
  citizenship: 'obywatelstwo',
  educationLevel: 'wykształcenie',
  voivodeship: 'województwo',
  powiat: 'powiat',
  gmina: 'gmina',
  city: 'miejscowość',
  postalCode: 'kod pocztowy',
  degurba: 'stopień urbanizacji (DEGURBA)',
  phone: 'telefon kontaktowy',
  email: 'adres e-mail',
  projectStart: 'data rozpoczęcia udziału w projekcie',
  projectEnd: 'data zakończenia udziału w projekcie',
  labourMarketStatus: 'status na rynku pracy',
  longTermUnemployed: 'osoba długotrwale bezrobotna',
  educationEndPlanned: 'planowana data zakończenia edukacji',
  exitSituation: 'sytuacja w momencie zakończenia udziału',
  exitAsPlanned: 'zakończenie zgodne ze ścieżką',
  supportForms: 'rodzaj przyznanego wsparcia',
  supportStart: 'data rozpoczęcia udziału we wsparciu',
  supportEnd: 'data zakończenia wsparcia',
  businessStartedOn: 'data założenia działalności gospodarczej',
  foreignOrigin: 'osoba obcego pochodzenia',
  thirdCountryNational: 'obywatel państwa trzeciego',
  minority: 'osoba należąca do mniejszości',
  homeless: 'osoba w kryzysie bezdomności',
  disability: 'osoba z niepełnosprawnościami',
  notes: 'uwagi',
};

/** Fields the monitoring system refuses a participant without (at entry). */
const REQUIRED_AT_ENTRY: readonly (keyof MonitoringPerson)[] = [
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'citizenship',
  'educationLevel',
  'voivodeship',
  'powiat',
  'gmina',
  'city',
  'postalCode',
  'degurba',
  'phone',
  'labourMarketStatus',
  'supportForms',
  'supportStart',
  'foreignOrigin',
  'thirdCountryNational',
  'minority',
  'homeless',
  'disability',
];

const isBlank = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length);

/**
 * Checks one person's monitoring data field by field: what is missing (REQUIRED), what the monitoring
 * system would refuse (INVALID: PESEL checksum, postcode `00-000`, an e-mail with diacritics, dates
 * outside the project), and what contradicts itself (INCONSISTENT: sex against PESEL, long-term
 * unemployment of a person who is not unemployed). The exit fields become required once the person left.
 */
export function checkMonitoringPerson(p: MonitoringPerson, project: ProjectFrame): MonitoringProblem[] {
  const problems: MonitoringProblem[] = [];
  const add = (field: keyof MonitoringPerson, code: MonitoringProblem['code'], message: string) =>
    problems.push({ field, label: FIELD_LABELS[field], code, message });

  const required = [...REQUIRED_AT_ENTRY];
  if (p.labourMarketStatus === 'UNEMPLOYED') required.push('longTermUnemployed');
  if (p.projectEnd) required.push('exitSituation', 'exitAsPlanned', 'supportEnd');
  if (p.exitSituation === 'SELF_EMPLOYED') required.push('businessStartedOn');
  for (const field of required)
    if (isBlank(p[field])) add(field, 'REQUIRED', `Uzupełnij pole „${FIELD_LABELS[field]}”.`);

  if (p.pesel) {
    const result = validatePesel(p.pesel);
    if (!result.valid) add('pesel', 'INVALID', result.message);
    else {
      if (p.sex && result.sex !== p.sex)
        add('sex', 'INCONSISTENT', 'Płeć nie zgadza się z numerem PESEL (10. cyfra).');
      if (p.birthDate && result.birthDate !== p.birthDate)
        add('birthDate', 'INCONSISTENT', 'Data urodzenia nie zgadza się z numerem PESEL.');
    }
  }
  if (p.postalCode && !/^\d{2}-\d{3}$/.test(p.postalCode))
    add('postalCode', 'INVALID', 'Kod pocztowy w formacie 00-000.');
  if (p.email && !/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(p.email))
    add('email', 'INVALID', 'Adres e-mail bez polskich znaków, w postaci nazwa@domena.pl.');
  if (p.phone && p.phone.replace(/[\s()+-]/g, '').replace(/\D/g, '').length < 9)
    add('phone', 'INVALID', 'Numer telefonu musi mieć co najmniej 9 cyfr.');
  if (p.citizenship && !/^[A-Z]{2}$/.test(p.citizenship))
    add('citizenship', 'INVALID', 'Obywatelstwo jako kod kraju, np. PL.');
  if (p.educationLevel && !/^[0-8]$/.test(p.educationLevel))
    add('educationLevel', 'INVALID', 'Wykształcenie jako poziom ISCED 0–8.');

  if (p.longTermUnemployed && p.labourMarketStatus !== 'UNEMPLOYED')
    add('longTermUnemployed', 'INCONSISTENT', 'Długotrwale bezrobotna może być tylko osoba bezrobotna.');
  if (p.thirdCountryNational === 'YES' && p.citizenship === 'PL')
    add(
      'thirdCountryNational',
      'INCONSISTENT',
      'Osoba z obywatelstwem polskim nie jest obywatelem państwa trzeciego.',
    );

  const inProject = (
    field: 'projectStart' | 'projectEnd' | 'supportStart' | 'supportEnd',
    value: string | null,
  ) => {
    if (value && (value < project.startDate || value > project.endDate))
      add(
        field,
        'INVALID',
        `Data musi mieścić się w okresie realizacji projektu (${project.startDate} – ${project.endDate}).`,
      );
  };
  inProject('projectStart', p.projectStart);
  inProject('projectEnd', p.projectEnd);
  inProject('supportStart', p.supportStart);
  inProject('supportEnd', p.supportEnd);
  if (p.projectEnd && p.projectEnd < p.projectStart)
    add('projectEnd', 'INVALID', 'Zakończenie udziału nie może być wcześniejsze niż jego rozpoczęcie.');
  if (p.supportStart < p.projectStart)
    add('supportStart', 'INVALID', 'Wsparcie nie może zacząć się przed rozpoczęciem udziału w projekcie.');
  if (p.supportEnd && p.supportEnd < p.supportStart)
    add('supportEnd', 'INVALID', 'Zakończenie wsparcia nie może być wcześniejsze niż jego rozpoczęcie.');
  if (p.exitSituation && !p.projectEnd)
    add('projectEnd', 'REQUIRED', 'Sytuację po zakończeniu podaje się razem z datą zakończenia udziału.');
  return problems;
}

/** "brakuje: status na rynku pracy, telefon kontaktowy" — the completeness line shown per person. */
export function missingSummary(problems: readonly MonitoringProblem[]): string | null {
  const missing = [...new Set(problems.filter((p) => p.code === 'REQUIRED').map((p) => p.label))];
  return missing.length ? `brakuje: ${missing.join(', ')}` : null;
}

/** Age in full years on a day (the monitoring system's "wiek w chwili przystąpienia"). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
