import {
  ageOn,
  type ExitSituation,
  type FlagAnswer,
  type LabourMarketStatus,
  type MonitoringPerson,
} from './monitoring-fields';

/** One exported row: the person's monitoring data and who added and changed it. */
export interface SmEfsRow extends MonitoringPerson {
  addedOn: string;
  addedBy: string;
  modifiedOn: string;
  modifiedBy: string;
}

const EDUCATION: Record<string, string> = {
  '0': 'Brak lub niepełne podstawowe (ISCED 0)',
  '1': 'Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)',
  '2': 'Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)',
  '3': 'Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)',
  '4': 'Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)',
  // The monitoring system checks the en dash in "5–8".
  '5': 'Wyższe (ISCED 5–8)',
  '6': 'Wyższe (ISCED 5–8)',
  '7': 'Wyższe (ISCED 5–8)',
  '8': 'Wyższe (ISCED 5–8)',
};

const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PT RO SK SI ES SE'.split(' '),
);

/** The citizenship dictionary of the monitoring system for an ISO country code. */
export function citizenshipText(code: string): string {
  if (code === 'PL') return 'Obywatelstwo polskie';
  if (EU_MEMBERS.has(code)) return 'Brak polskiego obywatelstwa – obywatel kraju UE';
  return 'Brak polskiego obywatelstwa lub UE – obywatel kraju spoza UE/ bezpaństwowiec';
}

export const LABOUR_MARKET_TEXT: Record<LabourMarketStatus, string> = {
  UNEMPLOYED: 'Osoba bezrobotna',
  INACTIVE: 'Osoba bierna zawodowo',
  EMPLOYED: 'Osoba pracująca',
};

export const EXIT_SITUATION_TEXT: Record<ExitSituation, string> = {
  JOB_SEARCHING: 'Osoba poszukująca pracy po opuszczeniu programu',
  EDUCATION: 'Osoba kształcąca się lub szkoląca po opuszczeniu programu',
  QUALIFICATION: 'Osoba, która uzyskała kwalifikacje po opuszczeniu programu',
  EMPLOYED: 'Osoba pracująca po opuszczeniu programu',
  SELF_EMPLOYED: 'Osoba prowadząca działalność na własny rachunek po opuszczeniu programu',
  OTHER: 'Inna sytuacja',
};

export const FLAG_TEXT: Record<FlagAnswer, string> = {
  YES: 'Tak',
  NO: 'Nie',
  REFUSED: 'Odmowa podania informacji',
};

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'Tak' : 'Nie');
const flag = (v: FlagAnswer | null) => (v ? FLAG_TEXT[v] : '');

/** The columns of the SM EFS participant import, in the system's order, each with its value. */
export const SM_EFS_COLUMNS: readonly { header: string; value: (r: SmEfsRow) => string }[] = [
  { header: 'Numer projektu', value: (r) => r.projectNumber },
  { header: 'Obywatelstwo', value: (r) => (r.citizenship ? citizenshipText(r.citizenship) : '') },
  { header: 'Rodzaj uczestnika', value: () => 'Indywidualny' },
  { header: 'Nazwa instytucji', value: () => '' },
  { header: 'Imię', value: (r) => r.firstName },
  { header: 'Nazwisko', value: (r) => r.lastName },
  { header: 'PESEL', value: (r) => r.pesel ?? '' },
  { header: 'Brak PESEL', value: (r) => (r.pesel ? 'Nie' : 'Tak') },
  { header: 'Techniczny identyfikator', value: () => '' },
  { header: 'Płeć', value: (r) => (r.sex === 'F' ? 'Kobieta' : r.sex === 'M' ? 'Mężczyzna' : '') },
  { header: 'Wiek', value: (r) => (r.birthDate ? String(ageOn(r.birthDate, r.projectStart)) : '') },
  { header: 'Wykształcenie', value: (r) => (r.educationLevel ? (EDUCATION[r.educationLevel] ?? '') : '') },
  { header: 'Kraj', value: () => 'Polska' },
  { header: 'Województwo', value: (r) => r.voivodeship ?? '' },
  { header: 'Powiat', value: (r) => r.powiat ?? '' },
  { header: 'Gmina', value: (r) => r.gmina ?? '' },
  { header: 'Miejscowość', value: (r) => r.city ?? '' },
  { header: 'Kod pocztowy', value: (r) => r.postalCode ?? '' },
  { header: 'DEGURBA', value: (r) => r.degurba ?? '' },
  { header: 'Telefon kontaktowy', value: (r) => r.phone ?? '' },
  { header: 'Adres e-mail', value: (r) => r.email ?? '' },
  { header: 'Data rozpoczęcia udziału w projekcie', value: (r) => r.projectStart },
  { header: 'Data zakończenia udziału w projekcie', value: (r) => r.projectEnd ?? '' },
  {
    header: 'Status osoby na rynku pracy w chwili przystąpienia do projektu',
    value: (r) => (r.labourMarketStatus ? LABOUR_MARKET_TEXT[r.labourMarketStatus] : ''),
  },
  { header: 'W tym', value: (r) => (r.longTermUnemployed ? 'Osoba długotrwale bezrobotna' : '') },
  { header: 'Planowana data zakończenia edukacji', value: (r) => r.educationEndPlanned ?? '' },
  {
    header: 'Sytuacja osoby w momencie zakończenia udziału w projekcie',
    value: (r) => (r.exitSituation ? EXIT_SITUATION_TEXT[r.exitSituation] : ''),
  },
  {
    header: 'Zakończenie udziału osoby zgodnie z zaplanowaną dla niej ścieżką',
    value: (r) => yesNo(r.exitAsPlanned),
  },
  { header: 'Zakres wsparcia', value: () => '' },
  { header: 'Rodzaj przyznanego wsparcia', value: (r) => r.supportForms.join('|') },
  { header: 'W tym (rodzaj wsparcia)', value: () => '' },
  { header: 'Data rozpoczęcia udziału we wsparciu', value: (r) => r.supportStart },
  { header: 'Data założenia działalności gospodarczej', value: (r) => r.businessStartedOn ?? '' },
  { header: 'Osoba obcego pochodzenia', value: (r) => flag(r.foreignOrigin) },
  { header: 'Obywatel państwa trzeciego', value: (r) => flag(r.thirdCountryNational) },
  {
    header: 'Osoba należąca do mniejszości narodowej lub etnicznej (w tym społeczności marginalizowane)',
    value: (r) => flag(r.minority),
  },
  {
    header: 'Osoba w kryzysie bezdomności lub dotknięta wykluczeniem z dostępu do mieszkań',
    value: (r) => flag(r.homeless),
  },
  { header: 'Osoba z niepełnosprawnościami', value: (r) => flag(r.disability) },
  { header: 'Data dodania', value: (r) => r.addedOn },
  { header: 'Użytkownik dodający', value: (r) => r.addedBy },
  { header: 'Data modyfikacji', value: (r) => r.modifiedOn },
  { header: 'Użytkownik modyfikujący', value: (r) => r.modifiedBy },
  { header: 'Uwagi', value: (r) => r.notes ?? '' },
];

/** A cell as CSV: quoted (quotes doubled) when it holds `;`, `"` or a line break. */
function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The table of the export: the header row, then one row per person (what the CSV and XLSX both hold). */
export function smEfsTable(rows: readonly SmEfsRow[]): string[][] {
  return [SM_EFS_COLUMNS.map((c) => c.header), ...rows.map((r) => SM_EFS_COLUMNS.map((c) => c.value(r)))];
}

/** The import file: UTF-8 with a BOM, `;` separators, CRLF line ends, dates `yyyy-MM-dd`. */
export function smEfsCsv(rows: readonly SmEfsRow[]): string {
  return `\uFEFF${smEfsTable(rows)
    .map((line) => line.map(csvCell).join(';'))
    .join('\r\n')}\r\n`;
}
