import { registerPolish } from '../i18n';
/** Texts of the retention section for people who are not participants, Polish first. */
export const privacyOthersPl = {
  'privacy.others.title': 'Inne osoby, których dane przechowuje centrum',
  'privacy.others.lead':
    'Wolontariusze, osoby z art. 200, goście wydarzeń, klienci prywatni usług, ' +
    'darczyńcy i osoby pytające o usługi nie są uczestnikami — okres przechowywania ' +
    'ich danych wynika z innych przepisów albo z ustawienia centrum (tabela ' +
    'poniżej). Po jego upływie kierownik zatwierdza anonimizację: imiona i nazwiska, ' +
    'kontakty, adresy i opisy znikają, daty, godziny i kwoty zostają, więc zestawienia ' +
    'lat ubiegłych się nie zmieniają.',
  'privacy.others.rulesTitle': 'Okresy przechowywania',
  'privacy.others.kind': 'Rodzaj osoby',
  'privacy.others.years': 'Lat od końca roku',
  'privacy.others.counted': 'Liczone od',
  'privacy.others.source': 'Podstawa',
  'privacy.others.uncertain': 'ustawienie centrum, sprawdzono {date}',
  'privacy.others.certain': 'przepis, sprawdzono {date}',
  'privacy.others.dueTitle': 'Inne osoby po upływie okresu przechowywania (stan na {date})',
  'privacy.others.noneDue': 'Nie ma innych osób, których okres przechowywania danych minął.',
  'privacy.others.choose': 'Osoby do anonimizacji',
  'privacy.others.item': '{name} ({kind}) — {last}, przechowywanie do {until}',
  'privacy.others.confirm':
    'Potwierdzam, że okres przechowywania danych tych osób minął i że ich dane zostaną bezpowrotnie zanonimizowane.',
  'privacy.others.approve': 'Zatwierdź anonimizację ({count})',
  'privacy.others.running': 'Anonimizacja trwa…',
  'privacy.others.done': 'Zanonimizowano dane osób: {count}.',
  'privacy.others.failed': 'Anonimizacja nie powiodła się — spróbuj ponownie albo zgłoś administratorowi.',
  'privacy.others.upcomingTitle': 'Inne osoby w okresie przechowywania',
  'privacy.others.noneUpcoming': 'Brak innych osób z zakończoną współpracą.',
  'privacy.others.person': 'Osoba',
  'privacy.others.last': 'Ostatnia aktywność',
  'privacy.others.keptUntil': 'Przechowywanie do',
  'privacy.others.actions': 'Działania',
  'privacy.others.copyPdf': 'Kopia danych (PDF)',
  'privacy.others.copyJson': 'Kopia danych (JSON)',
  'privacy.others.erase': 'Usuń błędny wpis',
  'privacy.others.eraseTitle': 'Usunięcie wpisu wprowadzonego omyłkowo',
  'privacy.others.eraseWarn':
    'Wpis zostanie usunięty bezpowrotnie, a w dzienniku zdarzeń zostanie tylko ' +
    'pseudonim. Jeśli coś musi zostać (porozumienie, godziny, obecność, dokument ' +
    'sprzedaży), usunięcie zostanie odrzucone z podaniem powodu.',
  'privacy.others.eraseReason': 'Powód usunięcia',
  'privacy.others.eraseConfirm': 'Usuń bezpowrotnie',
  'privacy.others.erased': 'Usunięto wpis; w dzienniku zdarzeń został pseudonim {person}.',
  'privacy.others.approvalsTitle': 'Zatwierdzone anonimizacje innych osób',
  'privacy.others.noApprovals': 'Nie zatwierdzono jeszcze żadnej anonimizacji innych osób.',
  'privacy.others.pseudonym': 'Pseudonim',
  'privacy.others.approvedBy': 'Zatwierdził(a)',
  'privacy.others.state': 'Stan',
  'privacy.others.stateApproved': 'zatwierdzona, w kolejce',
  'privacy.others.stateDone': 'wykonana {when}',
};

registerPolish(privacyOthersPl);
