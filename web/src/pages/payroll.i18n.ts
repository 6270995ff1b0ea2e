import { registerPolish } from '../i18n';
/** Texts of the monthly payroll, Polish first. */
export const payrollPl = {
  'pay.title': 'Lista wypłat świadczenia integracyjnego',
  'pay.compute': 'Oblicz listę z obecności',
  'pay.recompute': 'Przelicz listę',
  'pay.computed': 'Lista obliczona silnikiem reguł z obecności miesiąca.',
  'pay.none': 'Lista za ten miesiąc nie została jeszcze obliczona.',
  'pay.status': 'Stan',
  'pay.status.DRAFT': 'projekt',
  'pay.status.REVIEWED': 'sprawdzona przez księgowość',
  'pay.status.APPROVED': 'zatwierdzona przez kierownika',
  'pay.status.CLOSED': 'zamknięta',
  'pay.ruleSet': 'Zasady',
  'pay.total': 'Razem',
  'pay.transfers': {
    one: '{count} przelew: {sum}',
    few: '{count} przelewy: {sum}',
    many: '{count} przelewów: {sum}',
    other: '{count} przelewu: {sum}',
  },
  'pay.cash': {
    one: '{count} wypłata gotówką: {sum}',
    few: '{count} wypłaty gotówką: {sum}',
    many: '{count} wypłat gotówką: {sum}',
    other: '{count} wypłaty gotówką: {sum}',
  },
  'pay.blockers': 'Przed zamknięciem miesiąca:',
  'pay.review': 'Sprawdzone (księgowość)',
  'pay.reviewed': 'Lista oznaczona jako sprawdzona.',
  'pay.approve': 'Zatwierdź listę',
  'pay.approved': 'Lista zatwierdzona.',
  'pay.close': 'Zamknij miesiąc',
  'pay.closed': 'Miesiąc zamknięty — lista jest niezmienna; zmiany tylko jako korekty.',
  'pay.encoding': 'Kodowanie pliku',
  'pay.bankFile': 'Plik przelewów Elixir-O',
  'pay.listPdf': 'Lista wypłat (PDF)',
  'pay.listXlsx': 'Lista wypłat (XLSX)',
  'pay.refundClaim': 'Wniosek o refundację do PUP (PDF)',
  'pay.payslip': 'Odcinek wypłaty',
  'pay.contributions': 'Składki: emerytalna {pension}, rentowa {disability} — płatnik: {payer}.',
  'pay.payerToConfirm': 'płatnik do potwierdzenia z PUP',
  'pay.stale':
    'Dane zmieniły się od obliczenia listy (premia, obecności, rachunek lub ' +
    'forma wypłaty) — kwoty poniżej są nieaktualne. Przelicz listę przed sprawdzeniem ' +
    'i zatwierdzeniem.',
  'pay.provisional': 'kwota wstępna: {count} dni zajęć bez statusu',
  'pay.closeQuestion':
    'Zamknąć listę wypłat za {month} (razem {total})? Tego nie można cofnąć: ' +
    'zamknięta lista się nie zmienia, a każdą zmianę wprowadza się już tylko ' +
    'korektą w innym miesiącu.',
  'pay.closeConfirm': 'Tak, zamknij miesiąc',
  'pay.suggestionsLater':
    'Propozycje premii za pełną obecność ({percent}% świadczenia) pojawią się ' +
    'po zakończeniu miesiąca, gdy wszystkie dni zajęć będą miały status.',
  'pay.line': 'Pozycja',
  'pay.line.PAY': 'świadczenie',
  'pay.line.CONTINUING_NO_BENEFIT': 'program bez uczestnictwa — bez świadczenia',
  'pay.line.NOTHING_DUE': 'nic nie przysługuje',
  'pay.correction': 'korekta',
  'pay.why': 'Jak obliczono?',
  'pay.benefit': 'Świadczenie',
  'pay.bonus': 'Premia',
  'pay.toPay': 'Do wypłaty',
  'pay.how': 'Forma',
  'pay.inCash': 'gotówka',
  'pay.byTransfer': 'przelew',
  'pay.noAccount': 'brak rachunku',
  'pay.bonusTitle': 'Premia motywacyjna (art. 15a)',
  'pay.bonusHint':
    'Kierownik proponuje premię z uzasadnieniem (aktywna postawa, postępy). ' +
    'Nie przysługuje w okresie próbnym; limit sprawdza silnik reguł.',
  'pay.amount': 'Kwota (zł)',
  'pay.justification': 'Uzasadnienie',
  'pay.bonusSave': 'Zapisz premię',
  'pay.suggestions': 'Propozycje wg regulaminu: {percent}% świadczenia za pełną obecność',
  'pay.confirm': 'Potwierdź',
  'pay.bonusSaved':
    'Zapisano premię {amount} dla: {name} (limit {limit}). Lista przeliczona — do wypłaty: {total}.',
  'pay.correctionTitle': 'Korekta tego miesiąca',
  'pay.correctionHint':
    'Zamknięta lista się nie zmienia. Korekta (np. spóźnione zwolnienie lekarskie) ' +
    'to osobny wpis z powodem, wypłacany lub potrącany w wybranym otwartym miesiącu. ' +
    'Kwota ujemna — do zwrotu.',
  'pay.settleMonth': 'Rozliczyć w miesiącu',
  'pay.correctionAmount': 'Kwota korekty (zł, ujemna = zwrot)',
  'pay.reason': 'Powód',
  'pay.correctionSave': 'Zapisz korektę',
  'pay.correctionSaved': 'Zapisano korektę — zostanie ujęta w liście za {month}.',
};

registerPolish(payrollPl);
