import { registerPolish } from '../i18n';
/** Texts of the participant import (XLSX/CSV) and the list export, Polish first. */
export const importPl = {
  'imp.nav': 'Import uczestników',
  'imp.title': 'Import uczestników z pliku',
  'imp.intro':
    'Wczytaj arkusz XLSX albo plik CSV z listą osób (do 10 MB i 10 000 wierszy). ' +
    'Najpierw zobaczysz podgląd z błędami w każdym wierszu — nic nie zostanie ' +
    'zapisane, dopóki plik nie będzie bez błędów i nie potwierdzisz importu.',
  'imp.file': 'Plik XLSX lub CSV',
  'imp.fileHint':
    'Pierwszy arkusz skoroszytu; nagłówki kolumn nad danymi (np. Imię, Nazwisko, ' +
    'PESEL). CSV: separator średnik, przecinek lub tabulator, kodowanie UTF-8 ' +
    'albo Windows-1250.',
  'imp.check': 'Sprawdź plik',
  'imp.recheck': 'Sprawdź ponownie z tym przyporządkowaniem',
  'imp.checking': 'Sprawdzanie pliku…',
  'imp.importing': 'Importowanie…',
  'imp.queued': 'Import czeka w kolejce…',
  'imp.jobFailed': 'Import nie powiódł się. Nic nie zapisano — spróbuj ponownie.',
  'imp.summaryTitle': 'Wynik sprawdzenia',
  'imp.fileInfo': 'Plik {name}: {format}, nagłówki w wierszu {headerRow}.',
  'imp.csvInfo': 'Kodowanie {encoding}, separator {delimiter}.',
  'imp.rows': {
    one: '{count} wiersz z danymi',
    few: '{count} wiersze z danymi',
    many: '{count} wierszy z danymi',
    other: '{count} wiersza z danymi',
  },
  'imp.valid': {
    one: '{count} poprawny',
    few: '{count} poprawne',
    many: '{count} poprawnych',
    other: '{count} poprawnego',
  },
  'imp.errorCount': {
    one: '{count} błąd',
    few: '{count} błędy',
    many: '{count} błędów',
    other: '{count} błędu',
  },
  'imp.warningCount': {
    one: '{count} ostrzeżenie',
    few: '{count} ostrzeżenia',
    many: '{count} ostrzeżeń',
    other: '{count} ostrzeżenia',
  },
  'imp.mapping': 'Przyporządkowanie kolumn',
  'imp.mappingHint':
    'Dla każdej kolumny pliku wybierz pole uczestnika albo „nie importuj”. Propozycja wynika z nagłówków.',
  'imp.column': 'Kolumna w pliku',
  'imp.examples': 'Przykładowe wartości',
  'imp.field': 'Pole uczestnika',
  'imp.skip': '— nie importuj —',
  'imp.mappingChanged': 'Przyporządkowanie zmieniło się — sprawdź plik ponownie, zanim go zaimportujesz.',
  'imp.mappingProblems': 'Popraw przyporządkowanie kolumn:',
  'imp.errors': 'Błędy w wierszach',
  'imp.errorsHint':
    'Popraw je w pliku i wczytaj go ponownie. Nic nie zostanie zaimportowane, dopóki w pliku jest choć jeden błąd.',
  'imp.listCapped': 'Pokazano pierwsze {shown} z {count}.',
  'imp.row': 'Wiersz',
  'imp.problem': 'Problem',
  'imp.warnings': 'Możliwe duplikaty',
  'imp.warningsHint':
    'Te osoby mogą być już zarejestrowane w centrum albo występują w pliku dwa razy. Sprawdź je przed importem.',
  'imp.registered': 'W centrum:',
  'imp.acknowledge': 'Sprawdzono: to są różne osoby — zaimportuj je mimo ostrzeżeń',
  'imp.sample': 'Tak zostaną odczytane pierwsze wiersze',
  'imp.import': {
    one: 'Importuj {count} osobę',
    few: 'Importuj {count} osoby',
    many: 'Importuj {count} osób',
    other: 'Importuj {count} osoby',
  },
  'imp.blockedErrors': 'Import będzie możliwy, gdy w pliku nie będzie błędów.',
  'imp.blockedWarnings': 'Zaznacz potwierdzenie przy możliwych duplikatach.',
  'imp.done': {
    one: 'Zaimportowano {count} osobę.',
    few: 'Zaimportowano {count} osoby.',
    many: 'Zaimportowano {count} osób.',
    other: 'Zaimportowano {count} osoby.',
  },
  'imp.toList': 'Przejdź do listy uczestników',
  'imp.export': 'Eksport do XLSX',
  'imp.exportHint':
    'Lista uczestników (z bieżącymi filtrami) w arkuszu XLSX — tylko dane, ' +
    'które możesz oglądać, bez danych wrażliwych.',
  'imp.field.firstName': 'Imię',
  'imp.field.lastName': 'Nazwisko',
  'imp.field.pesel': 'PESEL',
  'imp.field.birthDate': 'Data urodzenia',
  'imp.field.sex': 'Płeć (K/M)',
  'imp.field.citizenship': 'Obywatelstwo',
  'imp.field.street': 'Ulica',
  'imp.field.buildingNo': 'Nr domu',
  'imp.field.flatNo': 'Nr lokalu',
  'imp.field.postalCode': 'Kod pocztowy',
  'imp.field.city': 'Miejscowość',
  'imp.field.gminaCode': 'Kod gminy TERYT',
  'imp.field.phone': 'Telefon',
  'imp.field.email': 'E-mail',
  'imp.field.educationLevel': 'Wykształcenie (ISCED 0–8)',
  'imp.field.bankAccount': 'Rachunek bankowy (NRB)',
};

registerPolish(importPl);
