import type { recordsPl } from './pages/records.i18n';
import type { pathwayPl } from './pages/pathway.i18n';
import type { privacyPl } from './pages/privacy.i18n';
import type { privacyOthersPl } from './pages/privacy-others.i18n';
import type { reportsPl } from './pages/reports.i18n';
import type { staffPl } from './pages/staff.i18n';
import type { jobsPl } from './pages/jobs.i18n';
import type { networksPl } from './pages/networks.i18n';
import type { eventsPl } from './pages/events.i18n';
import type { inkindPl } from './pages/inkind.i18n';
import type { volunteersPl } from './pages/volunteers.i18n';
import type { networksWorkPl } from './pages/networks-work.i18n';
import type { projectsPl } from './pages/projects.i18n';
import type { placementsPl } from './pages/placements.i18n';
import type { art200Pl } from './pages/art200.i18n';
import type { workshopsPl } from './pages/workshops.i18n';
import type { attendancePl } from './pages/attendance.i18n';
import type { importPl } from './pages/participant-import.i18n';
import type { payrollPl } from './pages/payroll.i18n';
import type { backupPl } from './components/backup-download.i18n';
import type { financePl } from './pages/finance.i18n';
import type { homePl } from './pages/home.i18n';
import type { servicesPl } from './pages/services.i18n';
import type { serviceStandsPl } from './pages/services-stands.i18n';
import type { partnersPl } from './pages/partners.i18n';

type Plural = { one: string; few?: string; many?: string; other: string };
export type Messages = Record<string, string | Plural>;

export const pl = {
  'app.name': 'Reintegra',
  'app.tagline': 'System dla Centrów i Klubów Integracji Społecznej',
  'app.skip': 'Przejdź do treści',
  'app.loading': 'Wczytywanie…',
  'app.demoBanner': 'DEMO — dane fikcyjne. Nie wprowadzaj prawdziwych danych osobowych.',
  'lang.switch': 'English',
  'lang.label': 'Język',
  'nav.label': 'Menu główne',
  'nav.menu': 'Menu',
  'nav.group.pathway': 'Uczestnicy i ich ścieżka',
  'nav.group.money': 'Świadczenia i finanse',
  'nav.group.community': 'Współpraca',
  'nav.group.reports': 'Sprawozdawczość',
  'nav.group.admin': 'Administracja',
  'nav.home': 'Start',
  'nav.participants': 'Uczestnicy',
  'participants.title': 'Uczestnicy',
  'participants.search': 'Szukaj',
  'participants.searchHint': 'Nazwisko lub imię (bez polskich znaków też), albo PESEL.',
  'participants.find': 'Szukaj',
  'participants.status': 'Status',
  'participants.add': 'Zarejestruj osobę',
  'participants.count': {
    one: '{count} osoba',
    few: '{count} osoby',
    many: '{count} osób',
    other: '{count} osoby',
  },
  'participants.name': 'Nazwisko i imię',
  'participants.firstName': 'Imię',
  'participants.lastName': 'Nazwisko',
  'participants.birthDate': 'Data urodzenia',
  'participants.sex': 'Płeć',
  'participants.phone': 'Telefon',
  'participants.address': 'Adres',
  'participants.bankAccount': 'Rachunek bankowy (NRB)',
  'participants.groups': 'Grupy z art. 1 ust. 2',
  'participants.justification': 'Uzasadnienie (wykluczenie społeczne)',
  'participants.personal': 'Dane osobowe',
  'participants.restricted': 'ukryte — brak uprawnień',
  'participants.audited': 'Odczyt tych danych został zapisany w dzienniku zdarzeń.',
  'participants.peselHint': 'Bez numeru PESEL podaj datę urodzenia i płeć.',
  'participants.peselDecoded': 'Data urodzenia {date}, płeć: {sex}.',
  'participants.duplicates': 'W centrum jest już osoba o tym imieniu, nazwisku i dacie urodzenia:',
  'participants.saveAnyway': 'To inna osoba — zapisz mimo to',
  'sex.F': 'kobieta',
  'sex.M': 'mężczyzna',
  'pstatus.REFERRED': 'skierowanie w rozpatrzeniu',
  'pstatus.ELIGIBLE': 'zakwalifikowanie — czeka na program',
  'pstatus.REFUSED': 'odmowa',
  'pstatus.WAITING': 'lista oczekujących',
  'pstatus.ACTIVE': 'uczestniczy',
  'pstatus.EXITED': 'po zakończeniu udziału',
  'group.HOMELESS': 'bezdomność (pkt 1)',
  'group.ALCOHOL_ADDICTION': 'uzależnienie od alkoholu (pkt 2)',
  'group.DRUG_ADDICTION': 'uzależnienie od narkotyków (pkt 3)',
  'group.MENTAL_DISORDER': 'zaburzenia psychiczne (pkt 4)',
  'group.LONG_TERM_UNEMPLOYED': 'długotrwale bezrobotni (pkt 5)',
  'group.RELEASED_FROM_PRISON': 'zwolnieni z zakładów karnych (pkt 6)',
  'group.REFUGEE': 'uchodźcy (pkt 7)',
  'group.DISABILITY': 'niepełnosprawność (pkt 8)',
  'group.OTHER': 'inna (z uzasadnieniem)',
  'nav.benefit': 'Świadczenie',
  'benefit.title': 'Świadczenie integracyjne',
  'benefit.intro':
    'Kalkulator miesięcznego świadczenia (art. 15 ustawy o zatrudnieniu socjalnym), ' +
    'parametry regulaminu centrum i tabela zasiłku. Każda kwota jest objaśniona.',
  'benefit.kis':
    'W klubie integracji społecznej świadczenie integracyjne nie przysługuje (ustawa wiąże je z uczestnictwem w CIS).',
  'benefit.calculator': 'Kalkulator za miesiąc',
  'benefit.month': 'Miesiąc',
  'benefit.admission': 'Data przyjęcia (początek okresu próbnego)',
  'benefit.bonus': 'Premia motywacyjna (zł)',
  'benefit.priorDaysOff': 'Wykorzystane wcześniej dni wolne',
  'benefit.priorSick': 'Wykorzystane wcześniej dni choroby',
  'benefit.days': 'Dni miesiąca',
  'benefit.dayStatus': 'Status dnia',
  'benefit.compute': 'Oblicz',
  'benefit.result': 'Do wypłaty',
  'benefit.ruleSet': 'Zestaw reguł',
  'benefit.trial': 'okres próbny',
  'benefit.participation': 'okres uczestnictwa',
  'benefit.z': 'Zasiłek dla bezrobotnych (Z)',
  'benefit.base': 'Podstawa za miesiąc',
  'benefit.deductions': 'Potrącenia',
  'benefit.date': 'Dzień',
  'benefit.status': 'Status',
  'benefit.rule': 'Reguła',
  'benefit.amount': 'Kwota',
  'benefit.why': 'Dlaczego ta kwota?',
  'benefit.parameters': 'Parametry regulaminu centrum',
  'benefit.parametersIntro':
    'Wartości, których ustawa nie rozstrzyga jednoznacznie, ustala regulamin ' +
    'centrum. Obecnie obowiązuje zestaw reguł {ruleSet}.',
  'benefit.parameter': 'Parametr',
  'benefit.value': 'Wartość',
  'benefit.source': 'Źródło',
  'benefit.rulesInForce': 'Reguły w mocy',
  'benefit.setByCentre': 'ustala centrum',
  'benefit.numberInvalid': 'Podaj liczbę.',
  'benefit.zTable': 'Zasiłek dla bezrobotnych i świadczenie (120%)',
  'benefit.from': 'Od dnia',
  'benefit.monthly': 'Świadczenie za pełny miesiąc',
  'confidence.verified': 'przepis ustawy',
  'confidence.secondary': 'źródło wtórne',
  'confidence.uncertain': 'do ustalenia w regulaminie centrum',
  'confidence.design': 'do ustalenia w regulaminie centrum',
  'benefit.extension': 'Przedłużenie uczestnictwa w mocy (miesiące, 0–12)',
  'benefit.limitsTitle': 'Limity w okresie uczestnictwa',
  'benefit.limitsValue': 'dni wolne {daysOff}, dni choroby {sick}',
  'benefit.extraDaysOff': '+{count} za przedłużenie',
  'benefit.law': 'Zasady ustawy w systemie',
  'benefit.lawIntro': '{title} — {note}',
  'benefit.validity': 'miesiące od {from}',
  'benefit.validityTo': 'miesiące od {from} do {to}',
  'benefit.inForce': 'w mocy',
  'benefit.article': 'Przepis',
  'benefit.confidence': 'Pewność',
  'benefit.setByLaw': 'ustawa',
  'benefit.decisions': 'Przyjęte zasady liczenia',
  'benefit.note': 'Uwaga',
  'day.present': 'obecny',
  'day.day_off': 'dzień wolny',
  'day.sick': 'choroba (L4)',
  'day.unexcused': 'nieobecność nieusprawiedliwiona',
  'day.excused': 'nieobecność usprawiedliwiona',
  'day.no_classes': 'brak zajęć',
  'nav.users': 'Użytkownicy',
  'nav.centre': 'Centrum',
  'nav.audit': 'Dziennik zdarzeń',
  'nav.account': 'Moje konto',
  'nav.logout': 'Wyloguj',
  'nav.centreSwitch': 'Bieżące centrum',
  'role.ADMIN': 'administrator',
  'role.DIRECTOR': 'kierownik',
  'role.SOCIAL_WORKER': 'pracownik socjalny',
  'role.INSTRUCTOR': 'instruktor zawodu',
  'role.ACCOUNTANT': 'księgowość',
  'centreType.CIS': 'Centrum Integracji Społecznej (CIS)',
  'centreType.KIS': 'Klub Integracji Społecznej (KIS)',
  'founding.JST': 'jednostka samorządu terytorialnego',
  'founding.NGO': 'organizacja pozarządowa',
  'founding.CHURCH_LEGAL_PERSON': 'kościelna osoba prawna',
  'founding.SOCIAL_COOPERATIVE': 'spółdzielnia socjalna',
  'form.required': 'wymagane',
  'form.save': 'Zapisz',
  'form.zlotyInvalid': 'Podaj kwotę w złotych, np. 200 albo 150,50.',
  'form.saving': 'Zapisywanie…',
  'form.saved': 'Zapisano.',
  'form.cancel': 'Anuluj',
  'form.errorsTitle': 'Formularz zawiera błędy:',
  'form.yes': 'tak',
  'form.no': 'nie',
  'setup.title': 'Pierwsze uruchomienie',
  'setup.intro': 'Utwórz centrum i konto administratora. Ta strona jest dostępna tylko raz.',
  'setup.centre': 'Dane centrum',
  'setup.admin': 'Konto administratora',
  'setup.submit': 'Utwórz centrum i konto',
  'setup.done': 'Centrum zostało utworzone. Zaloguj się kontem administratora.',
  'centre.type': 'Rodzaj',
  'centre.name': 'Nazwa',
  'centre.regon': 'REGON',
  'centre.nip': 'NIP',
  'centre.street': 'Ulica',
  'centre.buildingNo': 'Nr budynku',
  'centre.flatNo': 'Nr lokalu',
  'centre.postalCode': 'Kod pocztowy',
  'centre.city': 'Miejscowość',
  'centre.gmina': 'Gmina (TERYT)',
  'centre.gminaHint': 'Wpisz początek nazwy i wybierz gminę z listy.',
  'centre.gminaNone': 'Brak gmin pasujących do wpisanej nazwy.',
  'centre.gminaList': 'Pasujące gminy',
  'centre.email': 'E-mail',
  'centre.phone': 'Telefon',
  'centre.foundingName': 'Instytucja tworząca',
  'centre.foundingType': 'Rodzaj instytucji tworzącej',
  'centre.statusDate.CIS': 'Data przyznania statusu CIS',
  'centre.statusDate.KIS': 'Data wpisu do rejestru KIS',
  'centre.settings': 'Ustawienia',
  'centre.capacity': 'Liczba miejsc',
  'centre.bankAccount': 'Rachunek bankowy centrum (NRB)',
  'centre.bankAccountHint': 'Z tego rachunku wypłacane są świadczenia — trafia do pliku przelewów Elixir-O.',
  'centre.bonusPercent': 'Premia za pełną obecność (% świadczenia, regulamin)',
  'centre.transferExpiryDays': 'Po ilu dniach wygasa przekazanie osoby bez odpowiedzi',
  'centre.transferExpiryDaysHint':
    'Przekazanie osoby do innego centrum sieci, na które nikt nie odpowiedział, ' +
    'wygasa po tylu dniach, a przesłane dane są usuwane. Domyślnie 30 dni — ' +
    'to ustawienie programu, nie wymóg ustawy.',
  'centre.bonusPercentHint':
    'Lista wypłat zaproponuje taką premię osobom obecnym na wszystkich zajęciach; ' +
    'kierownik potwierdza każdą. Puste — bez propozycji.',
  'centre.sickNoteRequired':
    'Dzień choroby w liście obecności wymaga zaświadczenia lekarskiego (numer, daty)',
  'centre.communityInterview': 'Wymagaj opinii pracownika socjalnego OPS po wywiadzie środowiskowym',
  'centre.totpRoles': 'Wymagaj uwierzytelniania dwuskładnikowego dla ról',
  'centre.readOnly': 'Dane centrum może zmieniać administrator.',
  'centre.add': 'Dodaj kolejne centrum',
  'centre.added': 'Dodano centrum „{name}”. Możesz je wybrać w nagłówku.',
  'user.fullName': 'Imię i nazwisko',
  'user.email': 'E-mail',
  'user.password': 'Hasło',
  'user.passwordHint': 'Co najmniej 12 znaków; nie używaj popularnych haseł.',
  'user.initialPassword': 'Hasło początkowe',
  'user.roles': 'Role',
  'user.active': 'Aktywne',
  'user.totp': '2FA',
  'users.title': 'Użytkownicy',
  'users.count': {
    one: '{count} użytkownik',
    few: '{count} użytkownicy',
    many: '{count} użytkowników',
    other: '{count} użytkownika',
  },
  'users.add': 'Dodaj użytkownika',
  'users.created': 'Dodano użytkownika {email}.',
  'users.edit': 'Edytuj',
  'users.deactivate': 'Dezaktywuj',
  'users.activate': 'Aktywuj',
  'users.resetTotp': 'Wyłącz 2FA',
  'users.updated': 'Zapisano zmiany użytkownika {email}.',
  'users.editTitle': 'Role: {name}',
  'login.title': 'Logowanie',
  'login.email': 'E-mail',
  'login.password': 'Hasło',
  'login.totp': 'Kod z aplikacji uwierzytelniającej',
  'login.totpHint': '6 cyfr z aplikacji (np. Google Authenticator, Aegis).',
  'login.submit': 'Zaloguj',
  'login.demo': 'To jest instancja demonstracyjna. Konta i hasło wypisano w konsoli serwera.',
  'login.expired': 'Sesja wygasła. Zaloguj się ponownie.',
  'home.welcome': 'Witaj, {name}',
  'home.roles': 'Twoje role w tym centrum: {roles}.',
  'home.nextAdmin': 'Dodaj współpracowników w zakładce „Użytkownicy” i uzupełnij ustawienia centrum.',
  'audit.title': 'Dziennik zdarzeń',
  'audit.count': {
    one: '{count} wpis',
    few: '{count} wpisy',
    many: '{count} wpisów',
    other: '{count} wpisu',
  },
  'audit.when': 'Kiedy',
  'audit.who': 'Kto',
  'audit.action': 'Zdarzenie',
  'audit.entity': 'Obiekt',
  'audit.ip': 'Adres',
  'audit.details': 'Szczegóły',
  'audit.filter': 'Filtruj',
  'audit.filterAction': 'Zdarzenie',
  'audit.filterEntity': 'Rodzaj obiektu',
  'audit.filterActor': 'Użytkownik',
  'audit.from': 'Od dnia',
  'audit.to': 'Do dnia',
  'audit.any': 'dowolne',
  'audit.prev': 'Poprzednia strona',
  'audit.next': 'Następna strona',
  'audit.page': 'Strona {page} z {pages}',
  'audit.empty': 'Brak wpisów dla wybranych filtrów.',
  'action.setup.complete': 'Konfiguracja początkowa',
  'action.auth.login': 'Logowanie',
  'action.auth.login_failed': 'Nieudane logowanie',
  'action.auth.logout': 'Wylogowanie',
  'action.auth.logout_all': 'Wylogowanie ze wszystkich urządzeń',
  'action.user.create': 'Utworzenie użytkownika',
  'action.user.update': 'Zmiana użytkownika',
  'action.user.password_change': 'Zmiana hasła',
  'action.user.totp_enable': 'Włączenie 2FA',
  'action.user.totp_disable': 'Wyłączenie 2FA',
  'action.centre.create': 'Utworzenie centrum',
  'action.centre.update': 'Zmiana danych centrum',
  'action.participant.read_sensitive': 'Odczyt danych wrażliwych uczestnika',
  'action.participant.create': 'Rejestracja uczestnika',
  'action.participant.update': 'Zmiana danych uczestnika',
  'action.participant.search_sensitive': 'Wyszukiwanie po danych wrażliwych',
  'action.centre.benefit_parameters': 'Zmiana parametrów regulaminu',
  'action.programme.benefit_application': 'Wniosek o świadczenie integracyjne / przyznanie',
  'entity.user': 'użytkownik',
  'entity.centre': 'centrum',
  'entity.session': 'sesja',
  'entity.participant': 'uczestnik',
  'account.title': 'Moje konto',
  'account.password': 'Zmiana hasła',
  'account.currentPassword': 'Obecne hasło',
  'account.newPassword': 'Nowe hasło',
  'account.passwordChanged': 'Hasło zmienione. Pozostałe sesje zostały zakończone.',
  'account.totp': 'Uwierzytelnianie dwuskładnikowe (TOTP)',
  'account.totpOn': 'Włączone.',
  'account.totpOff': 'Wyłączone.',
  'account.totpRequired':
    'Twoja rola w tym centrum wymaga uwierzytelniania dwuskładnikowego. Skonfiguruj je, aby kontynuować.',
  'account.totpStart': 'Włącz uwierzytelnianie dwuskładnikowe',
  'account.totpScan': 'Zeskanuj kod QR w aplikacji uwierzytelniającej albo wpisz klucz ręcznie:',
  'account.totpQr': 'Kod QR do aplikacji uwierzytelniającej',
  'account.totpCode': 'Kod z aplikacji',
  'account.totpConfirm': 'Potwierdź',
  'account.totpEnabled': 'Uwierzytelnianie dwuskładnikowe zostało włączone.',
  'account.totpDisable': 'Wyłącz uwierzytelnianie dwuskładnikowe',
  'account.totpDisablePassword': 'Hasło (potwierdzenie)',
  'account.totpDisabled': 'Uwierzytelnianie dwuskładnikowe zostało wyłączone.',
  'account.sessions': 'Sesje',
  'account.logoutAll': 'Wyloguj ze wszystkich urządzeń',
  'notFound.title': 'Nie znaleziono strony',
  // Used by the navigation and the shared components, which are in every page's first load.
  'nav.networks': 'Sieci centrów',
  'nav.art200': 'Zajęcia dla bezrobotnych (PUP)',
  'nav.jobs': 'Zadania w tle',
  'nav.attendance': 'Lista obecności',
  'nav.finance': 'Finanse',
  'nav.volunteers': 'Wolontariusze',
  'nav.payroll': 'Wypłaty',
  'pay.cancel': 'Anuluj',
  'nav.services': 'Usługi i sprzedaż',
  'nav.followUps': 'Kontakty po wyjściu',
  'nav.reports': 'Sprawozdania',
  'reports.sign': 'Podpisz sprawozdanie',
  'ind.title': 'Wskaźniki efektywności',
  'nav.inkind': 'Pomoc rzeczowa',
  'nav.events': 'Wydarzenia i szkolenia',
  'events.attendance': 'Obecność na zajęciach',
  'events.certificates': 'Zaświadczenia o ukończeniu',
  'nav.privacy': 'Ochrona danych',
  'nav.projects': 'Projekty UE',
  'nav.workshops': 'Warsztaty',
  'nav.partners': 'Partnerzy',
  'partners.edit': 'Popraw dane',
  'nav.staff': 'Kadra',
  'confirm.cancel': 'Anuluj',
  'nav.placements': 'Praktyki',
  'nav.graduates': 'Absolwenci',
  'nav.supported': 'Zatrudnienie wspierane',
} satisfies Messages;

/**
 * Every Polish key: the core above (in the first load) and each page's dictionary, which registers itself
 * when a page that uses it is loaded (see `registerPolish` in i18n.ts).
 */
export type PolishMessages = typeof pl &
  typeof recordsPl &
  typeof pathwayPl &
  typeof privacyPl &
  typeof privacyOthersPl &
  typeof reportsPl &
  typeof staffPl &
  typeof jobsPl &
  typeof networksPl &
  typeof eventsPl &
  typeof inkindPl &
  typeof volunteersPl &
  typeof networksWorkPl &
  typeof projectsPl &
  typeof placementsPl &
  typeof art200Pl &
  typeof workshopsPl &
  typeof attendancePl &
  typeof importPl &
  typeof payrollPl &
  typeof backupPl &
  typeof financePl &
  typeof homePl &
  typeof servicesPl &
  typeof serviceStandsPl &
  typeof partnersPl;
