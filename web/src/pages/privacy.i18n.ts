import { registerPolish } from '../i18n';
/** Texts of the personal-data pages (authorisations, clause, processing register, access log), Polish first. */
export const privacyPl = {
  'privacy.title': 'Ochrona danych osobowych',
  'privacy.tab.authorisations': 'Upoważnienia',
  'privacy.tab.clause': 'Klauzula informacyjna',
  'privacy.tab.register': 'Rejestr czynności przetwarzania',
  'privacy.tab.accessLog': 'Odczyty danych wrażliwych',
  'privacy.refused.title': 'Brak upoważnienia do danych osobowych',
  'privacy.refused.lead':
    'Dane osobowe uczestników może przetwarzać tylko osoba z pisemnym upoważnieniem ' +
    'administratora i podpisanym oświadczeniem o zachowaniu poufności (art. ' +
    '8b ust. 4 ustawy o zatrudnieniu socjalnym).',
  'privacy.refused.reason': 'Stan Twojego upoważnienia w tym centrum: {standing}.',
  'privacy.refused.whom':
    'Poproś kierownika centrum lub administratora o wydanie upoważnienia. Odmowa ' +
    'została odnotowana w rejestrze upoważnień.',
  'privacy.refused.home': 'Wróć na stronę startową',
  'privacy.standing.VALID': 'ważne',
  'privacy.standing.NOT_YET_VALID': 'jeszcze nie obowiązuje',
  'privacy.standing.EXPIRED': 'wygasło',
  'privacy.standing.REVOKED': 'cofnięte',
  'privacy.standing.NO_PLEDGE': 'brak podpisanego oświadczenia o zachowaniu poufności',
  'privacy.standing.MISSING': 'brak upoważnienia',
  'privacy.source.ISSUED': 'wydane',
  'privacy.source.SETUP': 'pierwsze uruchomienie',
  'privacy.source.DEMO': 'dane demonstracyjne',
  'privacy.source.MIGRATION': 'wpis przejściowy — do potwierdzenia na piśmie',
  'privacy.members': 'Pracownicy i stan upoważnień dziś',
  'privacy.partnerAccounts': 'Konta instytucji partnerskich',
  'privacy.partnerAccountsHint':
    'Konta pracowników instytucji kierujących (OPS, PUP) nie należą do personelu ' +
    'centrum i nie wymagają upoważnienia z art. 8b ust. 4: widzą wyłącznie status ' +
    'skierowanych przez siebie osób. Zakłada je i wyłącza kierownik na karcie partnera.',
  'privacy.partner': 'Instytucja',
  'privacy.member': 'Osoba',
  'privacy.roles': 'Role',
  'privacy.standing': 'Stan',
  'privacy.register': 'Rejestr upoważnień',
  'privacy.number': 'Numer',
  'privacy.holder': 'Osoba upoważniona',
  'privacy.validFrom': 'Od',
  'privacy.validUntil': 'Do',
  'privacy.untilRevoked': 'do odwołania',
  'privacy.pledgeSignedOn': 'Oświadczenie podpisane',
  'privacy.issuedOn': 'Data wydania',
  'privacy.issuedBy': 'Wydał(a)',
  'privacy.scope': 'Zakres',
  'privacy.print': 'Drukuj (PDF)',
  'privacy.revoke': 'Cofnij',
  'privacy.revokeReason': 'Powód cofnięcia upoważnienia {number}',
  'privacy.revokeConfirm': 'Cofnij teraz',
  'privacy.revoked': 'Cofnięto upoważnienie {number}. Działa od razu.',
  'privacy.pledge': 'Zapisz datę oświadczenia',
  'privacy.pledgeFor': 'Data podpisania oświadczenia do upoważnienia {number}',
  'privacy.issue': 'Wydaj upoważnienie',
  'privacy.issueFor': 'Dla kogo',
  'privacy.issued': 'Wydano upoważnienie {number}.',
  'privacy.none': '—',
  'privacy.refusals': 'Odmowy dostępu w ostatnich 30 dniach',
  'privacy.refusalsNone': 'Brak odmów dostępu.',
  'privacy.when': 'Kiedy',
  'privacy.account': 'Konto',
  'privacy.clauseHint':
    'Tekst wywieszany w siedzibie centrum i przekazywany osobie przy pierwszym kontakcie.',
  'privacy.clauseDefault':
    'To jest tekst domyślny — uzupełnij go o dane inspektora ochrony danych, jeśli centrum go wyznaczyło.',
  'privacy.clauseSave': 'Zapisz klauzulę',
  'privacy.clauseSaved': 'Zapisano klauzulę informacyjną.',
  'privacy.controller': 'Administrator',
  'privacy.purpose': 'Cel',
  'privacy.legalBasis': 'Podstawa prawna',
  'privacy.dataSubjects': 'Kategorie osób',
  'privacy.dataCategories': 'Kategorie danych',
  'privacy.recipients': 'Odbiorcy',
  'privacy.retention': 'Okres przechowywania',
  'privacy.logParticipant': 'Uczestnik (identyfikator z karty)',
  'privacy.logActor': 'Konto pracownika',
  'privacy.logAny': '— dowolne —',
  'privacy.from': 'Od dnia',
  'privacy.to': 'Do dnia',
  'privacy.logSearch': 'Pokaż odczyty',
  'privacy.logCsv': 'Pobierz CSV',
  'privacy.logCount': {
    one: '{count} odczyt',
    few: '{count} odczyty',
    many: '{count} odczytów',
    other: '{count} odczytu',
  },
  'privacy.logTruncated': 'Pokazano pierwsze wpisy — zawęź daty, aby zobaczyć wszystkie.',
  'privacy.what': 'Czynność',
  'privacy.fields': 'Zakres danych',
  'privacy.ip': 'Adres IP',
  'privacy.tab.retention': 'Przechowywanie danych',
  'privacy.retention.lead':
    'Dane uczestników przechowuje się przez 10 lat od końca roku kalendarzowego, ' +
    'w którym zakończono świadczenie usług (art. 8b ust. 5 ustawy o zatrudnieniu ' +
    'socjalnym). Zakończenie usług to najpóźniejszy z dni: ostatni dzień uczestnictwa, ' +
    'koniec kontynuacji programu po podjęciu pracy, wydanie zaświadczenia, ostatnie ' +
    'monitorowanie po wyjściu, ostatnia obecność, ostatni opłacony miesiąc, ' +
    'decyzja o odmowie. Po tym okresie kierownik zatwierdza anonimizację: imiona ' +
    'i nazwisko, PESEL, kontakty, adres, rachunek, skany i notatki zostają usunięte, ' +
    'a dane do sprawozdań (grupy, płeć, rok urodzenia, daty, wyniki, kwoty, ' +
    'obecności) pozostają.',
  'privacy.retention.dueTitle': 'Okres przechowywania minął (stan na {date})',
  'privacy.retention.noneDue': 'Nie ma osób, których okres przechowywania danych minął.',
  'privacy.retention.choose': 'Osoby do anonimizacji',
  'privacy.retention.item': '{name} (ur. {year}) — usługi zakończono {ended}, przechowywanie do {until}',
  'privacy.retention.confirm':
    'Potwierdzam, że dane zaznaczonych osób należy zanonimizować. Tej operacji nie można cofnąć.',
  'privacy.retention.approve': {
    one: 'Zatwierdź anonimizację {count} osoby',
    few: 'Zatwierdź anonimizację {count} osób',
    many: 'Zatwierdź anonimizację {count} osób',
    other: 'Zatwierdź anonimizację {count} osób',
  },
  'privacy.retention.running': 'Anonimizacja trwa…',
  'privacy.retention.done': {
    one: 'Zanonimizowano dane {count} osoby.',
    few: 'Zanonimizowano dane {count} osób.',
    many: 'Zanonimizowano dane {count} osób.',
    other: 'Zanonimizowano dane {count} osób.',
  },
  'privacy.retention.failed':
    'Anonimizacja nie powiodła się. Sprawdź stan w tabeli poniżej i spróbuj ponownie.',
  'privacy.retention.upcomingTitle': 'Okres przechowywania trwa',
  'privacy.retention.noneUpcoming': 'Brak osób, którym zakończono świadczenie usług.',
  'privacy.retention.person': 'Osoba',
  'privacy.retention.birthYear': 'Rok urodzenia',
  'privacy.retention.ended': 'Usługi zakończono',
  'privacy.retention.keptUntil': 'Przechowywanie do',
  'privacy.retention.from': 'Anonimizacja możliwa od',
  'privacy.retention.approvalsTitle': 'Zatwierdzone anonimizacje',
  'privacy.retention.noApprovals': 'Nie zatwierdzono jeszcze żadnej anonimizacji.',
  'privacy.retention.pseudonym': 'Pseudonim',
  'privacy.retention.approvedBy': 'Zatwierdził(a)',
  'privacy.retention.state': 'Stan',
  'privacy.retention.stateApproved': 'zatwierdzona, w kolejce',
  'privacy.retention.stateDone': 'wykonana {when}',
  'privacy.person.title': 'Dane osobowe — ochrona danych',
  'privacy.person.retentionUntil':
    'Świadczenie usług zakończono {ended}; ustawa nakazuje przechowywać dane do {until} (art. 8b ust. 5).',
  'privacy.person.retentionOver':
    'Świadczenie usług zakończono {ended}; okres przechowywania minął {until} — dane czekają na anonimizację.',
  'privacy.person.retentionNotRunning':
    'Świadczenie usług trwa albo się nie rozpoczęło — okres przechowywania jeszcze nie biegnie.',
  'privacy.person.retentionLink': 'Przejdź do widoku „Przechowywanie danych”',
  'privacy.person.copyTitle': 'Kopia danych dla osoby (art. 15 RODO)',
  'privacy.person.copyHint':
    'Wszystko, co centrum przechowuje o tej osobie. Każde pobranie jest zapisywane w dzienniku.',
  'privacy.person.copyPdf': 'Pobierz kopię (PDF)',
  'privacy.person.copyJson': 'Pobierz kopię (JSON)',
  'privacy.person.eraseTitle': 'Usuń błędny wpis',
  'privacy.person.eraseHint':
    'Dla wpisu założonego omyłkowo lub na żądanie osoby, której nie udzielono ' +
    'jeszcze usług (art. 17 RODO). Zapisy na wydarzenia i przydziały bez obecności ' +
    'zostaną usunięte razem z wpisem.',
  'privacy.person.erase': 'Usuń błędny wpis',
  'privacy.person.eraseWarn':
    'Wpis zostanie trwale usunięty, a w dzienniku zdarzeń osoba pozostanie ' +
    'tylko pod pseudonimem. Tego nie można cofnąć.',
  'privacy.person.eraseConfirm': 'Usuń trwale',
  'privacy.person.eraseReason': 'Powód usunięcia (np. wniosek osoby z dnia…)',
  'privacy.logPerson': 'Osoba (nazwisko lub PESEL)',
  'privacy.logAccount': 'Konto (e-mail lub nazwisko)',
  'privacy.logXlsx': 'Pobierz XLSX',
  'privacy.logPages': 'Strony wyników',
  'privacy.logPrev': '← Poprzednia',
  'privacy.logNext': 'Następna →',
  'privacy.logPage': 'Strona {page} z {pages}',
};

registerPolish(privacyPl);
