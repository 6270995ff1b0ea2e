/**
 * The processing activities Reintegra performs for a centre, as entries of the controller's register
 * (GDPR art. 30 ust. 1): purpose, legal basis, categories of persons and data, recipients, retention.
 * The centre prints them with its own name as the controller; the wording is Polish, as on paper.
 */
import { OTHER_RETENTION_RULES as R, retentionWording as kept } from './other-retention-rules';

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
    legalBasis:
      `${BASE} oraz art. 1 ust. 2–3 i art. 12 ustawy; ${HEALTH}; art. 10 RODO ` +
      `(informacja o zwolnieniu z zakładu karnego, bez treści wyroku)`,
    dataSubjects: 'osoby kierowane i zgłaszające się do centrum',
    dataCategories:
      'imiona i nazwisko, PESEL, data urodzenia, płeć, adres, dane kontaktowe, ' +
      'wykształcenie, obywatelstwo, grupa z art. 1 ust. 2, dokumenty potwierdzające, ' +
      'uzasadnienie',
    recipients: 'podmiot kierujący (OPS, CUS, PUP, PCPR) — informacja o stanie skierowania',
    retention: RETENTION,
  },
  {
    name: 'Indywidualny program zatrudnienia socjalnego lub kontrakt socjalny, wyjście i działania po zakończeniu',
    purpose: 'prowadzenie reintegracji społecznej i zawodowej uczestnika, zaświadczenie o uczestnictwie',
    legalBasis: `${BASE} oraz art. 12, art. 13 ust. 5a ustawy; ${HEALTH}`,
    dataSubjects: 'uczestnicy i absolwenci',
    dataCategories:
      'dane identyfikacyjne, przebieg programu, cele i działania, umiejętności, ' +
      'przyczyny zakończenia, wyniki po zakończeniu',
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
      'imię i nazwisko, e-mail, role, upoważnienie i oświadczenie o poufności, ' +
      'adres IP, wpisy o odczytach danych wrażliwych',
    recipients: 'brak odbiorców zewnętrznych',
    retention: 'przez okres zatrudnienia, a dziennik — tak długo jak dane, których dotyczy',
  },
  // People who are not participants (migration 0037): the retention of each from its dated rule.
  {
    name: 'Wolontariat',
    purpose: 'porozumienia z wolontariuszami, ewidencja świadczeń, zaświadczenia i opinie',
    legalBasis:
      'art. 6 ust. 1 lit. b i c RODO w zw. z art. 42–44 ustawy o działalności pożytku publicznego i o wolontariacie',
    dataSubjects: 'wolontariusze (przy osobach małoletnich — także ich opiekunowie)',
    dataCategories:
      'imię i nazwisko, data urodzenia, płeć, e-mail, telefon, opiekun i jego ' +
      'zgoda, porozumienia, świadczenia i ich czas',
    recipients: 'brak odbiorców zewnętrznych',
    retention: kept(R.VOLUNTEER),
  },
  {
    name: 'Działania dla osób bezrobotnych na podstawie umowy ze starostą (art. 200 ustawy o rynku pracy)',
    purpose: 'prowadzenie i rozliczenie działań z zakresu reintegracji społecznej finansowanych przez PUP',
    legalBasis: 'art. 6 ust. 1 lit. c RODO w zw. z art. 9a ustawy o zatrudnieniu socjalnym',
    dataSubjects: 'osoby bezrobotne skierowane przez powiatowy urząd pracy',
    dataCategories:
      'imię i nazwisko, PESEL, znak sprawy PUP, daty udziału, godziny udziału, przyczyna zakończenia',
    recipients: 'powiatowy urząd pracy (rozliczenie umowy)',
    retention: kept(R.ART200),
  },
  {
    name: 'Wydarzenia, szkolenia i grupy stałe dla osób spoza uczestników',
    purpose: 'zapisy, listy obecności i zaświadczenia o udziale',
    legalBasis: 'art. 6 ust. 1 lit. a RODO (zgoda osoby)',
    dataSubjects: 'goście wydarzeń i członkowie grup, którzy nie są uczestnikami centrum',
    dataCategories: 'imię i nazwisko, e-mail, telefon, rok urodzenia, obecności, numer zaświadczenia',
    recipients: 'brak odbiorców zewnętrznych',
    retention: kept(R.EVENT_PERSON),
  },
  {
    name: 'Sprzedaż usług i produktów klientom prywatnym',
    purpose: 'wycena, zlecenie, wykonanie i rozliczenie usługi',
    legalBasis: 'art. 6 ust. 1 lit. b i c RODO (umowa; ustawa o rachunkowości)',
    dataSubjects: 'klienci prywatni centrum',
    dataCategories: 'imię i nazwisko, adres, telefon, e-mail, zlecenia, faktury i wpłaty',
    recipients: 'biuro rachunkowe lub księgowość centrum',
    retention: kept(R.SERVICE_CUSTOMER),
  },
  {
    name: 'Pomoc rzeczowa — darowizny od osób fizycznych',
    purpose: 'przyjęcie darowizny i ewidencja przekazanych przedmiotów',
    legalBasis: 'art. 6 ust. 1 lit. c RODO w zw. z ustawą o rachunkowości',
    dataSubjects: 'darczyńcy będący osobami fizycznymi',
    dataCategories: 'imię i nazwisko, adres, przedmioty i ich wartość, data przyjęcia',
    recipients: 'biuro rachunkowe lub księgowość centrum',
    retention: kept(R.INKIND_DONOR),
  },
  {
    name: 'Zapytania o usługi z katalogu sieci',
    purpose: 'odpowiedź na zapytanie o usługę centrum',
    legalBasis: 'art. 6 ust. 1 lit. b RODO (działania na żądanie osoby przed zawarciem umowy)',
    dataSubjects: 'osoby pytające o usługi',
    dataCategories: 'imię i nazwisko, e-mail, telefon, treść zapytania',
    recipients: 'brak odbiorców zewnętrznych',
    retention: kept(R.NETWORK_ENQUIRY),
  },
];
