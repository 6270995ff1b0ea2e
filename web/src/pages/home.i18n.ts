import { registerPolish } from '../i18n';
/** Texts of the home page cards, Polish first (plural forms by `count`). */
export const homePl = {
  'home.cards': 'Na dziś',
  'home.loading': 'Wczytywanie zadań…',
  'home.error': 'Nie udało się wczytać zadań: {message}',
  'home.open': 'Otwórz listę',
  'home.card.OCCUPANCY': 'Obłożenie',
  'home.card.OCCUPANCY.capacity': '{active} z {capacity} miejsc zajętych; na liście oczekujących: {waiting}.',
  'home.card.OCCUPANCY.noCapacity':
    'Uczestniczy {active} osób; na liście oczekujących: {waiting}. Liczba miejsc nie jest ustawiona.',
  'home.card.TRIAL_ENDING': 'Kończące się okresy próbne',
  'home.card.TRIAL_ENDING.text': {
    one: '{count} okres próbny kończy się w ciągu {days} dni — zakwalifikuj do uczestnictwa.',
    few: '{count} okresy próbne kończą się w ciągu {days} dni — zakwalifikuj do uczestnictwa.',
    many: '{count} okresów próbnych kończy się w ciągu {days} dni.',
    other: '{count} okresu próbnego kończy się w ciągu {days} dni.',
  },
  'home.card.PROGRAMMES_ENDING': 'Programy kończące się w ciągu 30 dni',
  'home.card.PROGRAMMES_ENDING.text': {
    one: '{count} program kończy się w ciągu {days} dni.',
    few: '{count} programy kończą się w ciągu {days} dni.',
    many: '{count} programów kończy się w ciągu {days} dni.',
    other: '{count} programu kończy się w ciągu {days} dni.',
  },
  'home.card.FOLLOW_UPS_DUE': 'Kontakty po zakończeniu',
  'home.card.FOLLOW_UPS_DUE.text': {
    one: '{count} kontakt do wykonania w ciągu {days} dni, w tym po terminie: {overdue}.',
    few: '{count} kontakty do wykonania w ciągu {days} dni, w tym po terminie: {overdue}.',
    many: '{count} kontaktów do wykonania w ciągu {days} dni, w tym po terminie: {overdue}.',
    other: '{count} kontaktu do wykonania w ciągu {days} dni, w tym po terminie: {overdue}.',
  },
  'home.card.ATTENDANCE_UNLOCKED': 'Niezamknięte listy obecności',
  'home.card.ATTENDANCE_UNLOCKED.text': {
    one: '{count} warsztato-miesiąc niezamknięty ({months}).',
    few: '{count} warsztato-miesiące niezamknięte ({months}).',
    many: '{count} warsztato-miesięcy niezamkniętych ({months}).',
    other: '{count} warsztato-miesiąca niezamkniętego ({months}).',
  },
  'home.card.ATTENDANCE_UNLOCKED.none': 'Wszystkie minione miesiące są zamknięte.',
  'home.card.PAYROLL_STATUS': 'Lista wypłat za {month}',
  'home.card.PAYROLL_STATUS.NONE': 'Nie naliczono jeszcze listy wypłat.',
  'home.card.PAYROLL_STATUS.DRAFT': 'Lista robocza — do sprawdzenia przez księgowość.',
  'home.card.PAYROLL_STATUS.REVIEWED': 'Lista sprawdzona — czeka na zatwierdzenie przez kierownika.',
  'home.card.PAYROLL_STATUS.APPROVED': 'Lista zatwierdzona — do zamknięcia po wypłacie.',
  'home.card.PAYROLL_STATUS.CLOSED': 'Lista zamknięta: {total}.',
  'home.card.REPORT_DEADLINE': 'Sprawozdanie roczne za {year}',
  'home.card.REPORT_DEADLINE.text': {
    one: 'Termin: {deadline} (31 marca) — został {count} dzień.',
    few: 'Termin: {deadline} (31 marca) — zostały {count} dni.',
    many: 'Termin: {deadline} (31 marca) — zostało {count} dni.',
    other: 'Termin: {deadline} (31 marca) — zostało {count} dnia.',
  },
  'home.card.FINANCE_PLAN': 'Preliminarz {year}',
  'home.card.FINANCE_PLAN.text':
    'Wydatki: wykonanie {actualExpenses} z planu {plannedExpenses}. Przychody: {actualIncome} z planu {plannedIncome}.',
  'home.card.FINANCE_PLAN.noPlan': 'Preliminarz na {year} nie jest wpisany. Wydatki dotąd: {actualExpenses}.',
  'home.card.REFERRALS_TO_DECIDE': 'Skierowania do rozpatrzenia',
  'home.card.REFERRALS_TO_DECIDE.text': {
    one: '{count} skierowanie czeka na decyzję.',
    few: '{count} skierowania czekają na decyzję.',
    many: '{count} skierowań czeka na decyzję.',
    other: '{count} skierowania czeka na decyzję.',
  },
  'home.card.TODAY_ATTENDANCE': 'Obecność dziś: {workshop}',
  'home.card.TODAY_ATTENDANCE.text': 'Wpisano {recorded} z {assigned} osób przypisanych do warsztatu.',
  'home.card.REFUND_CLAIM': 'Wniosek o refundację',
  'home.card.REFUND_CLAIM.text':
    'Ostatnia zamknięta lista: {month} ({total}) — wniosek do PUP (art. 15 ust. 8).',
  'home.card.EVENTS_UPCOMING': 'Najbliższe wydarzenia',
  'home.card.EVENTS_UPCOMING.text': 'Najbliższe: {next} ({date}).',
  'home.card.EVENTS_UPCOMING.none': 'Nie zaplanowano wydarzeń ani kursów.',
  'home.card.CERTIFICATES_TO_ISSUE': 'Zaświadczenia z kursów',
  'home.card.CERTIFICATES_TO_ISSUE.text': {
    one: '{count} osoba ukończyła kurs i czeka na zaświadczenie. Wydane w ostatnich tygodniach: {printed}.',
    few: '{count} osoby ukończyły kurs i czekają na zaświadczenie. Wydane w ostatnich tygodniach: {printed}.',
    many: '{count} osób ukończyło kurs i czeka na zaświadczenie. Wydane w ostatnich tygodniach: {printed}.',
    other: '{count} osoby ukończyło kurs i czeka na zaświadczenie. Wydane w ostatnich tygodniach: {printed}.',
  },
  'home.card.ACCOUNTS': 'Konta w centrum',
  'home.card.ACCOUNTS.text': 'Aktywnych kont: {count}.',
  'home.card.STAFF_RATIO': 'Proporcja 1 : {limit} (art. 11 ust. 3)',
  'home.card.STAFF_RATIO.text': {
    one: 'Dziś w zajęciach {count} uczestnik; pracownicy prowadzący zajęcia: {employees}; dopuszczalnie {allowed}.',
    few: 'Dziś w zajęciach {count} uczestników; pracownicy prowadzący zajęcia: {employees}; dopuszczalnie {allowed}.',
    many: 'Dziś w zajęciach {count} uczestników; pracownicy prowadzący zajęcia: {employees}; dopuszczalnie {allowed}.',
    other:
      'Dziś w zajęciach {count} uczestnika; pracownicy prowadzący zajęcia: {employees}; dopuszczalnie {allowed}.',
  },
  'home.card.STAFF_RATIO.over':
    'Za mało pracowników prowadzących zajęcia: na jednego może przypadać najwyżej ' +
    '{limit} uczestników. Uzupełnij rejestr kadr albo zatrudnij.',
  'home.card.INDICATORS': 'Wskaźniki {year}',
  'home.card.INDICATORS.text': {
    one:
      'Zakończył udział {count} uczestnik. Efektywność zatrudnieniowa {employmentRate} ' +
      '(cel {employmentTarget}%, KPRES {kpres}%), społeczna {socialRate} (cel ' +
      '{socialTarget}%).',
    few:
      'Zakończyło udział {count} uczestników. Efektywność zatrudnieniowa {employmentRate} ' +
      '(cel {employmentTarget}%, KPRES {kpres}%), społeczna {socialRate} (cel ' +
      '{socialTarget}%).',
    many:
      'Zakończyło udział {count} uczestników. Efektywność zatrudnieniowa {employmentRate} ' +
      '(cel {employmentTarget}%, KPRES {kpres}%), społeczna {socialRate} (cel ' +
      '{socialTarget}%).',
    other:
      'Zakończyło udział {count} uczestnika. Efektywność zatrudnieniowa {employmentRate} ' +
      '(cel {employmentTarget}%, KPRES {kpres}%), społeczna {socialRate} (cel ' +
      '{socialTarget}%).',
  },
  'home.card.INDICATORS.none':
    'W {year} r. nikt jeszcze nie zakończył udziału — wskaźniki pojawią się ' +
    'po pierwszym zakończeniu. Cele: zatrudnieniowy {employmentTarget}%, społeczny ' +
    '{socialTarget}%.',
  'home.events.title': 'Wydarzenia i zaświadczenia',
  'home.events.error': 'Nie udało się wczytać wydarzeń: {message}',
  'home.events.upcoming': 'Najbliższe wydarzenia i kursy',
  'home.events.noUpcoming': 'Nie zaplanowano wydarzeń ani kursów.',
  'home.events.toPrint': 'Zaświadczenia do wydruku',
  'home.events.toIssue': {
    one: '{count} osoba ukończyła kurs i czeka na wydanie zaświadczenia.',
    few: '{count} osoby ukończyły kurs i czekają na wydanie zaświadczenia.',
    many: '{count} osób ukończyło kurs i czeka na wydanie zaświadczenia.',
    other: '{count} osoby ukończyło kurs i czeka na wydanie zaświadczenia.',
  },
  'home.events.noneToPrint': 'Brak zaświadczeń wydanych w ostatnich 60 dniach.',
  'home.events.issued': {
    one: 'wydano {count} zaświadczenie',
    few: 'wydano {count} zaświadczenia',
    many: 'wydano {count} zaświadczeń',
    other: 'wydano {count} zaświadczenia',
  },
};

registerPolish(homePl);
