import { registerPolish } from '../i18n';
/** Texts of the jobs page (long jobs on the queue), Polish first. */
export const jobsPl = {
  'jobs.title': 'Zadania w tle',
  'jobs.lead':
    'Długie prace — import uczestników, listy wypłat we wszystkich centrach, ' +
    'anonimizacja — wykonuje serwer w tle. Tu widać ich postęp i wynik; strona ' +
    'odświeża się sama, dopóki zadanie trwa.',
  'jobs.leadEveryone': 'Jako kierownik widzisz zadania wszystkich pracowników centrum.',
  'jobs.none': 'Nie ma jeszcze żadnych zadań.',
  'jobs.kind': 'Zadanie',
  'jobs.status': 'Stan',
  'jobs.progress': 'Postęp',
  'jobs.startedBy': 'Uruchomił(a)',
  'jobs.createdAt': 'Zlecono',
  'jobs.outcome': 'Wynik',
  'jobs.kind.participant-import': 'Import uczestników',
  'jobs.kind.network-payroll': 'Listy wypłat we wszystkich moich CIS',
  'jobs.kind.retention-anonymise': 'Anonimizacja po okresie przechowywania',
  'jobs.kind.annual-reports': 'Sprawozdania roczne moich centrów',
  'jobs.status.QUEUED': 'w kolejce',
  'jobs.status.RUNNING': 'w toku',
  'jobs.status.DONE': 'zakończone',
  'jobs.status.FAILED': 'nieudane',
  'jobs.progressOf': '{done} z {total}',
  'jobs.progressLabel': 'Postęp zadania: {kind}',
  'jobs.result.imported': {
    one: 'Zaimportowano {count} osobę.',
    few: 'Zaimportowano {count} osoby.',
    many: 'Zaimportowano {count} osób.',
    other: 'Zaimportowano {count} osoby.',
  },
  'jobs.result.payrolls': {
    one: 'Obliczono {count} listę wypłat.',
    few: 'Obliczono {count} listy wypłat.',
    many: 'Obliczono {count} list wypłat.',
    other: 'Obliczono {count} listy wypłat.',
  },
  'jobs.result.skippedClosed': 'Zamknięte miesiące pozostawiono bez zmian: {names}.',
  'jobs.result.anonymised': {
    one: 'Zanonimizowano dane {count} osoby.',
    few: 'Zanonimizowano dane {count} osób.',
    many: 'Zanonimizowano dane {count} osób.',
    other: 'Zanonimizowano dane {count} osoby.',
  },
  'jobs.payroll.title': 'Listy wypłat we wszystkich moich CIS',
  'jobs.payroll.lead':
    'Oblicza projekt listy wypłat za wybrany miesiąc w każdym CIS, w którym ' +
    'masz rolę kierownika lub księgowości. Zamkniętych miesięcy nie zmienia.',
  'jobs.payroll.month': 'Miesiąc',
  'jobs.payroll.start': 'Uruchom w tle',
  'jobs.payroll.queued': 'Zadanie przyjęte — postęp widać w tabeli poniżej.',
  'jobs.refresh': 'Odśwież',
} as const;

registerPolish(jobsPl);
