/**
 * The processing activities Reintegra performs for a centre, as entries of the controller's register
 * (GDPR art. 30 ust. 1): purpose, legal basis, categories of persons and data, recipients, retention.
 * The centre prints them with its own name as the controller; the wording is Polish, as on paper.
 */

export interface ProcessingActivity {
  name: string;
  purpose: string;
  legalBasis: string;
  dataSubjects: string;
  dataCategories: string;
  recipients: string;
  retention: string;
}

const RETENTION =
  '10 lat od końca roku kalendarzowego, w którym zakończono świadczenie usług na rzecz osoby ' +
  '(art. 8b ust. 5 ustawy), następnie anonimizacja z zachowaniem danych statystycznych';
const BASE = 'art. 6 ust. 1 lit. c RODO w zw. z art. 8b ustawy o zatrudnieniu socjalnym';
const HEALTH = 'art. 9 ust. 2 lit. b i g RODO (dane o zdrowiu, uzależnieniu, niepełnosprawności)';

/** One entry per processing activity of the system, in the order of the participant's pathway. */
export const PROCESSING_ACTIVITIES: readonly ProcessingActivity[] = [
  {
    name: 'Przyjmowanie skierowań i kwalifikacja do uczestnictwa',
    purpose: 'ustalenie, czy osoba należy do grupy z art. 1 ust. 2 ustawy i może uczestniczyć w zajęciach',
    legalBasis: `${BASE} oraz art. 1 ust. 2–3 i art. 12 ustawy; ${HEALTH}; art. 10 RODO (informacja o zwolnieniu z zakładu karnego, bez treści wyroku)`,
    dataSubjects: 'osoby kierowane i zgłaszające się do centrum',
    dataCategories:
      'imiona i nazwisko, PESEL, data urodzenia, płeć, adres, dane kontaktowe, wykształcenie, obywatelstwo, grupa z art. 1 ust. 2, dokumenty potwierdzające, uzasadnienie',
    recipients: 'podmiot kierujący (OPS, CUS, PUP, PCPR) — informacja o stanie skierowania',
    retention: RETENTION,
  },
  {
    name: 'Indywidualny program zatrudnienia socjalnego lub kontrakt socjalny, wyjście i działania po zakończeniu',
    purpose: 'prowadzenie reintegracji społecznej i zawodowej uczestnika, zaświadczenie o uczestnictwie',
    legalBasis: `${BASE} oraz art. 12, art. 13 ust. 5a ustawy; ${HEALTH}`,
    dataSubjects: 'uczestnicy i absolwenci',
    dataCategories:
      'dane identyfikacyjne, przebieg programu, cele i działania, umiejętności, przyczyny zakończenia, wyniki po zakończeniu',
    recipients: 'powiatowy urząd pracy (zaświadczenie osoby długotrwale bezrobotnej, art. 13 ust. 5a)',
    retention: RETENTION,
  },
  {
    name: 'Warsztaty, program zajęć i lista obecności',
    purpose: 'ewidencja obecności będąca podstawą świadczenia integracyjnego',
    legalBasis: `${BASE} oraz art. 15 ust. 6–7a ustawy; ${HEALTH} (zwolnienia lekarskie)`,
    dataSubjects: 'uczestnicy',
    dataCategories: 'imiona i nazwisko, warsztat, obecności i nieobecności z przyczyną, dni wolne, posiłki',
    recipients: 'brak odbiorców zewnętrznych',
    retention: RETENTION,
  },
  {
    name: 'Świadczenie integracyjne, premia motywacyjna i refundacja',
    purpose: 'naliczenie i wypłata świadczenia i premii, wniosek o refundację ze środków Funduszu Pracy',
    legalBasis: `${BASE} oraz art. 15 ust. 4–8 i art. 15a ustawy`,
    dataSubjects: 'uczestnicy',
    dataCategories: 'imiona i nazwisko, PESEL, numer rachunku bankowego, kwoty świadczeń, premii i korekt',
    recipients:
      'bank prowadzący rachunek centrum (plik przelewów), starosta / powiatowy urząd pracy (refundacja)',
    retention: RETENTION,
  },
  {
    name: 'Sprawozdania roczne i statystyczne',
    purpose: 'sprawozdanie dla wojewody i grantodawców, dane statystyczne',
    legalBasis: 'art. 6 ust. 1 lit. c RODO w zw. z art. 5 ust. 4 pkt 2 i art. 18a ust. 6 ustawy',
    dataSubjects: 'uczestnicy (wyłącznie dane zbiorcze)',
    dataCategories: 'liczby osób według grup, płci, wieku i efektów — bez danych identyfikujących',
    recipients: 'wojewoda, grantodawcy, podmiot tworzący — tylko dane zbiorcze',
    retention: 'zgodnie z instrukcją kancelaryjną centrum',
  },
  {
    name: 'Konta pracowników, upoważnienia i dziennik zdarzeń',
    purpose:
      'dostęp do systemu tylko dla osób upoważnionych (art. 8b ust. 4 ustawy), rozliczalność (art. 5 ust. 2 RODO)',
    legalBasis: 'art. 6 ust. 1 lit. c RODO w zw. z art. 8b ust. 4 ustawy i art. 32 RODO',
    dataSubjects: 'pracownicy centrum',
    dataCategories:
      'imię i nazwisko, e-mail, role, upoważnienie i oświadczenie o poufności, adres IP, wpisy o odczytach danych wrażliwych',
    recipients: 'brak odbiorców zewnętrznych',
    retention: 'przez okres zatrudnienia, a dziennik — tak długo jak dane, których dotyczy',
  },
];
