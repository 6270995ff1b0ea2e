import type { EligibilityGroup } from '../types';
import { polishMonthName } from '../calendar';
import { type AnnualFinance, cisFinanceParts, estimatePart, grantsPart } from './annual-finance';
import { type AnnualActivity, activityPart } from './annual-activity';
import type { IndependenceKind, SocialEffect } from './outcomes';
import { n, type ReportPart, row } from './report-part';

export type { AnnualActivity } from './annual-activity';
export type { CellValue, ReportPart, ReportRow } from './report-part';

/**
 * The annual report's layout as data: parts, rows and labels in one table, so the official rows can
 * replace the working ones without code changes. CIS: the template of Dz.U. 2017 poz. 97 (Part I read
 * in the source; the later parts follow the 2007 form's tables, Dz.U. 2007 Nr 196 poz. 1421, where
 * the 2017 text was not available). KIS: the four items of art. 18a ust. 6 (no template was issued).
 */
export const FORM_ID = { CIS: 'DzU-2017-97', KIS: 'art18a-ust6' } as const;

export const GROUP_LABELS: Record<EligibilityGroup, string> = {
  HOMELESS: 'bezdomni realizujący indywidualny program wychodzenia z bezdomności',
  ALCOHOL_ADDICTION: 'uzależnieni od alkoholu po zakończeniu programu psychoterapii',
  DRUG_ADDICTION: 'uzależnieni od narkotyków lub innych środków odurzających po zakończeniu terapii',
  MENTAL_DISORDER: 'chorzy psychicznie',
  LONG_TERM_UNEMPLOYED: 'długotrwale bezrobotni',
  RELEASED_FROM_PRISON: 'zwalniani z zakładów karnych mający trudności w integracji',
  REFUGEE: 'uchodźcy realizujący indywidualny program integracji',
  DISABILITY: 'osoby niepełnosprawne',
  OTHER: 'inne osoby (bez grupy z art. 1 ust. 2 pkt 1–8)',
};

export const INDEPENDENCE_LABELS: Record<IndependenceKind, string> = {
  SUPPORTED_AT_EMPLOYER: 'skierowani do zatrudnienia wspieranego u pracodawcy',
  EMPLOYER: 'zatrudnieni u pracodawcy bez zatrudnienia wspieranego',
  IN_CENTRE: 'zatrudnieni w centrum integracji społecznej',
  OWN_BUSINESS: 'podjęli działalność gospodarczą',
  SOCIAL_COOPERATIVE: 'założyli spółdzielnię socjalną lub do niej przystąpili',
  PENSION: 'nabyli prawo do emerytury lub renty',
};

export const EFFECT_LABELS: Record<SocialEffect, string> = {
  HOUSING: 'uregulowana sytuacja mieszkaniowa',
  THERAPY_COMPLETED: 'ukończona terapia',
  ABSTINENCE: 'utrzymanie abstynencji',
  FAMILY: 'poprawa relacji rodzinnych',
  EDUCATION: 'podjęcie lub ukończenie nauki',
  HEALTH: 'poprawa stanu zdrowia, podjęte leczenie',
  DEBT_SETTLED: 'uregulowane zadłużenie',
  SOCIAL_SKILLS: 'nabyte umiejętności społeczne',
  OTHER: 'inne efekty reintegracji społecznej',
};

/** Social activities of the centre as the services rows of the report (workshops get a row each). */
export const SERVICE_LABELS: Record<string, string> = {
  PSYCHOLOGIST: 'indywidualne konsultacje z psychologiem lub terapeutą',
  THERAPY: 'terapia',
  COUNSELLING: 'poradnictwo',
  GROUP_CLASS: 'grupy edukacyjne, samopomocowe i wsparcia',
  OTHER: 'inne formy reintegracji społecznej',
};

export const FOUNDING_TYPES = [
  ['JST', 'Jednostka samorządu terytorialnego'],
  ['NGO', 'Organizacja pozarządowa'],
  ['CHURCH_LEGAL_PERSON', 'Kościelna osoba prawna'],
  ['SOCIAL_COOPERATIVE', 'Spółdzielnia socjalna założona przez osoby prawne'],
] as const;

/** The counting rules printed on the report and shown on screen. */
export function countingRules(centreType: 'CIS' | 'KIS', groupCounting: 'each' | 'primary'): string[] {
  return [
    groupCounting === 'each'
      ? 'Uczestnik należący do kilku grup z art. 1 ust. 2 ustawy jest wykazany ' +
        'w każdej z nich, dlatego suma wierszy grup może być większa niż liczba ' +
        'uczestników ogółem. Osoby bez grupy z art. 1 ust. 2 pkt 1–8 wykazano w ' +
        'wierszu „inne osoby”.'
      : 'Uczestnik należący do kilku grup z art. 1 ust. 2 ustawy jest wykazany raz, w grupie wskazanej w skierowaniu.',
    'Uczestnik w roku: co najmniej jeden dzień uczestnictwa w roku (od pierwszego ' +
      'dnia miesiąca próbnego do ostatniego dnia zajęć, także osoby przyjęte w ' +
      'poprzednim roku), liczony raz. Rozpoczęli: przyjęci w roku. Zakończyli: ' +
      'ostatni dzień zajęć w roku (w tym zaprzestanie realizacji programu i rezygnacja, ' +
      'wykazane osobno).',
    'Usamodzielnienie ekonomiczne: zatrudnienie (także wspierane i w centrum), ' +
      'działalność gospodarcza, spółdzielnia socjalna albo nabycie prawa do emerytury ' +
      'lub renty, odnotowane przy zakończeniu udziału lub w monitoringu; każda ' +
      'osoba raz w danym rodzaju, w roku, w którym go odnotowano po raz pierwszy.',
    ...(centreType === 'CIS'
      ? [
          'Świadczenia integracyjne i premie motywacyjne: kwoty z zamkniętych list ' +
            'wypłat za miesiące od stycznia do grudnia roku sprawozdawczego, co do grosza; ' +
            'korekta liczy się na liście, na której ją rozliczono.',
          'Układ części II–VII według wzoru sprawozdania z 2007 r. (Dz.U. 2007 Nr ' +
            '196 poz. 1421) tam, gdzie tekst wzoru z 2017 r. (Dz.U. 2017 poz. 97) nie ' +
            'był dostępny.',
        ]
      : [
          'Zakres sprawozdania: art. 18a ust. 6 ustawy o zatrudnieniu socjalnym; wzoru sprawozdania nie wydano.',
        ]),
  ];
}

export const monthName = polishMonthName;

/** The Polish sentence for a warning (open payroll, unlocked attendance). */
export function warningMessage(w: { code: string; month: string; label: string }): string {
  switch (w.code) {
    case 'PAYROLL_MONTH_OPEN':
      return `Lista wypłat za ${monthName(w.month)} nie jest zamknięta — jej kwot nie ujęto w sprawozdaniu.`;
    case 'FINANCE_PAYROLL_MISMATCH':
      return (
        `Kwoty list wypłat za ${w.month} r. nie zgadzają się z rejestrem finansowym ` +
        `— sprawdź rozliczenie list wypłat w rejestrze finansowym.`
      );
    case 'PAYROLL_MONTH_MISSING':
      return `Brak listy wypłat za ${monthName(w.month)}, choć w tym miesiącu byli uczestnicy.`;
    default:
      return `Lista obecności warsztatu „${w.label}” za ${monthName(w.month)} nie jest zamknięta.`;
  }
}

export interface ReportData {
  year: number;
  centreType: 'CIS' | 'KIS';
  centre: {
    name: string;
    regon: string;
    nip: string;
    address: string;
    email: string | null;
    phone: string | null;
    foundingInstitutionName: string;
    foundingInstitutionType: string;
    statusDate: string;
  };
  participants: {
    total: number;
    started: number;
    ended: number;
    completed: number;
    terminated: number;
    women: { total: number; started: number; ended: number };
    byGroup: Record<string, number>;
    byGroupStarted: Record<string, number>;
    byGroupEnded: Record<string, number>;
  };
  economicallyIndependent: { total: number; women: number; byKind: Record<string, number> };
  socialEffects: { total: number; byEffect: Record<string, number> };
  reintegrationEffects: { total: number; employmentAfter: number };
  services: { key: string; label: string; total: number }[];
  staff: {
    total: number;
    women: number;
    hired: number;
    left: number;
    averageFte: number;
    fullTime: number;
    partTime: number;
    civilContracts: number;
    volunteers: number;
  };
  finance: AnnualFinance;
  activity?: AnnualActivity;
  narrative: Record<string, string>;
  rules: { text: string[] };
}

const GROUPS = Object.keys(GROUP_LABELS) as EligibilityGroup[];

/** The report's title and parts in the order of the form. */
export function reportParts(r: ReportData): { title: string; parts: ReportPart[] } {
  const cis = r.centreType === 'CIS';
  const founding = FOUNDING_TYPES.map(
    ([code, label], i) => `${code === r.centre.foundingInstitutionType ? '[X]' : '[ ]'} ${i + 1}) ${label}`,
  ).join('\n');
  const general: ReportPart = {
    title: 'CZĘŚĆ I. DANE OGÓLNE',
    columns: [],
    rows: [
      row('1', cis ? 'NAZWA CENTRUM' : 'NAZWA KLUBU', [{ text: r.centre.name }]),
      row('2', 'REGON', [{ text: r.centre.regon }]),
      row('3', 'ADRES', [
        {
          text: [
            r.centre.address,
            r.centre.phone ? `tel. ${r.centre.phone}` : '',
            r.centre.email ? `e-mail ${r.centre.email}` : '',
          ]
            .filter(Boolean)
            .join(', '),
        },
      ]),
      row('4', cis ? 'NAZWA INSTYTUCJI TWORZĄCEJ CENTRUM' : 'PODMIOT PROWADZĄCY KLUB', [
        { text: cis ? `${r.centre.foundingInstitutionName}\n${founding}` : r.centre.foundingInstitutionName },
      ]),
      row('5', cis ? 'DATA PRZYZNANIA STATUSU CENTRUM' : 'DATA WPISU DO REJESTRU', [
        { text: r.centre.statusDate },
      ]),
    ],
  };
  const s = r.staff;
  const staff: ReportPart = {
    title: cis
      ? 'CZĘŚĆ II. ZATRUDNIENIE W OKRESIE SPRAWOZDAWCZYM'
      : '1. PRACOWNICY — LICZBA, WYMIAR CZASU PRACY, PODSTAWA ZATRUDNIENIA',
    columns: ['Liczba'],
    rows: [
      row('1', 'Pracownicy (umowa o pracę) ogółem', [n(s.total)]),
      row('2', 'w tym kobiety', [n(s.women)]),
      row('3', 'przyjęci w roku', [n(s.hired)]),
      row('4', 'odeszli w roku', [n(s.left)]),
      row('5', 'przeciętne zatrudnienie (etaty)', [{ fte: s.averageFte }]),
      row('6', 'zatrudnieni na pełny etat', [n(s.fullTime)]),
      row('7', 'zatrudnieni w niepełnym wymiarze', [n(s.partTime)]),
      row('8', 'osoby na umowach cywilnoprawnych', [n(s.civilContracts)]),
      row('9', 'wolontariusze', [n(s.volunteers)]),
    ],
  };
  const p = r.participants;
  const participants: ReportPart = {
    title: cis ? 'CZĘŚĆ III. UCZESTNICY CENTRUM' : '2. UCZESTNICY WEDŁUG GRUP (art. 1 ust. 2)',
    columns: ['Uczestniczyli w zajęciach w roku', 'Rozpoczęli', 'Zakończyli'],
    rows: [
      row(
        '1',
        'Ogółem',
        [n(p.total), n(p.started), n(p.ended)],
        ['participants.total', 'participants.started', 'participants.ended'],
      ),
      row(
        '2',
        'w tym kobiety',
        [n(p.women.total), n(p.women.started), n(p.women.ended)],
        ['participants.women.total', 'participants.women.started', 'participants.women.ended'],
      ),
      ...GROUPS.map((g, i) =>
        row(
          `3.${i + 1}`,
          `${i === 0 ? 'w tym: ' : ''}${GROUP_LABELS[g]}`,
          [n(p.byGroup[g] ?? 0), n(p.byGroupStarted[g] ?? 0), n(p.byGroupEnded[g] ?? 0)],
          [`participants.byGroup.${g}`, `participants.byGroupStarted.${g}`, `participants.byGroupEnded.${g}`],
        ),
      ),
      row(
        '4',
        'zakończyli: ukończenie lub podjęcie pracy',
        [{ text: '' }, { text: '' }, n(p.completed)],
        [null, null, 'participants.completed'],
      ),
      row(
        '5',
        'zakończyli: zaprzestanie realizacji programu, rezygnacja',
        [{ text: '' }, { text: '' }, n(p.terminated)],
        [null, null, 'participants.terminated'],
      ),
    ],
  };
  const e = r.economicallyIndependent;
  const independent: ReportPart = {
    title: 'CZĘŚĆ IV. UCZESTNICY USAMODZIELNIENI EKONOMICZNIE',
    columns: ['Liczba osób'],
    rows: [
      row('1', 'Ogółem', [n(e.total)], ['economicallyIndependent.total']),
      row('2', 'w tym kobiety', [n(e.women)], ['economicallyIndependent.women']),
      ...(Object.keys(INDEPENDENCE_LABELS) as IndependenceKind[]).map((k, i) =>
        row(
          `3.${i + 1}`,
          INDEPENDENCE_LABELS[k],
          [n(e.byKind[k] ?? 0)],
          [`economicallyIndependent.byKind.${k}`],
        ),
      ),
    ],
  };
  const services: ReportPart = {
    title: 'CZĘŚĆ V. USŁUGI REINTEGRACJI ZAWODOWEJ I SPOŁECZNEJ',
    columns: ['Liczba uczestników'],
    rows: [
      ...r.services.map((sv, i) => row(`${i + 1}`, sv.label, [n(sv.total)], [`services.${sv.key}`])),
      row(
        `${r.services.length + 1}`,
        'Efekty reintegracji społecznej — osoby ogółem',
        [n(r.socialEffects.total)],
        ['socialEffects.total'],
      ),
      ...(Object.keys(EFFECT_LABELS) as SocialEffect[]).map((k, i) =>
        row(
          `${r.services.length + 1}.${i + 1}`,
          EFFECT_LABELS[k],
          [n(r.socialEffects.byEffect[k] ?? 0)],
          [`socialEffects.byEffect.${k}`],
        ),
      ),
    ],
    narrative: { field: 'servicesDescription', label: 'Opis usług i ich efektów' },
  };
  const finance = cisFinanceParts(r.finance);
  const estimate = estimatePart(r.finance);
  const remarks: ReportPart = {
    title: 'ZMIANY DANYCH I UWAGI',
    columns: [],
    rows: [],
    narrative: {
      field: 'applicationChanges',
      label: 'Zmiany danych zawartych we wniosku o nadanie statusu (art. 5 ust. 4)',
    },
  };
  const notes: ReportPart = {
    title: 'UWAGI',
    columns: [],
    rows: [],
    narrative: { field: 'remarks', label: 'Uwagi' },
  };
  if (cis)
    return {
      title: `SPRAWOZDANIE CENTRUM INTEGRACJI SPOŁECZNEJ ZA ROK ${r.year}`,
      parts: [
        general,
        staff,
        participants,
        independent,
        services,
        ...finance,
        estimate,
        ...(r.activity ? [activityPart(r.activity)] : []),
        remarks,
        notes,
      ],
    };
  const kisEffects: ReportPart = {
    title: '2a. UCZESTNICY, KTÓRZY OSIĄGNĘLI EFEKTY REINTEGRACJI',
    columns: ['Liczba osób'],
    rows: [
      row(
        '1',
        'osiągnęli efekty reintegracji społecznej lub zawodowej',
        [n(r.reintegrationEffects.total)],
        ['reintegrationEffects.total'],
      ),
      row(
        '2',
        'w tym podjęli zatrudnienie po zakończeniu udziału',
        [n(r.reintegrationEffects.employmentAfter)],
        ['reintegrationEffects.employmentAfter'],
      ),
    ],
  };
  return {
    title: `SPRAWOZDANIE KLUBU INTEGRACJI SPOŁECZNEJ ZA ROK ${r.year}`,
    parts: [
      { ...general, title: 'DANE OGÓLNE' },
      staff,
      participants,
      kisEffects,
      { ...services, title: '3. DZIAŁANIA Z ZAKRESU REINTEGRACJI SPOŁECZNEJ I ZAWODOWEJ I ICH EFEKTY' },
      r.finance.register
        ? grantsPart(r.finance.register, '4. ROZLICZENIE DOTACJI ZA ROK POPRZEDNI', {
            field: 'financeNotes',
            label: 'Rozliczenie dotacji',
          })
        : {
            title: '4. ROZLICZENIE DOTACJI ZA ROK POPRZEDNI',
            columns: [],
            rows: [],
            narrative: { field: 'financeNotes', label: 'Rozliczenie dotacji' },
          },
      ...(r.activity ? [activityPart(r.activity)] : []),
      notes,
    ],
  };
}
