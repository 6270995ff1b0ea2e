import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../domain/participants/import/fields';
import { validateImportRows, type ExistingPerson } from './import-rows';
import { buildTable, type Cell } from '../../domain/participants/import/table';

const HEADERS = [
  'Imię',
  'Nazwisko',
  'PESEL',
  'Data urodzenia',
  'Płeć',
  'Kod gminy TERYT',
  'E-mail',
  'Rachunek',
];
const table = (...rows: Cell[][]) =>
  buildTable([HEADERS, ...rows].map((cells, i) => ({ row: i + 1, cells })));
const context = (existing: ExistingPerson[] = []) => ({
  isKnownGmina: (code: string) => code === '0201011',
  existing,
});
const check = (t: ReturnType<typeof table>, existing: ExistingPerson[] = []) =>
  validateImportRows(t, suggestMapping(t.columns), context(existing));

describe('validateImportRows', () => {
  it('reads valid rows as the participant form would (PESEL or birth date with K/M)', () => {
    const result = check(
      table(
        [
          'Łukasz',
          'Żółć',
          '44051401359',
          null,
          null,
          '0201011',
          'lz@example.pl',
          'PL61 1090 1014 0000 0712 1981 2874',
        ],
        ['Anna', 'Nowak', null, '12.03.1990', 'K', null, null, null],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.row)).toEqual([2, 3]);
    expect(result.valid[0]!.input).toMatchObject({
      firstName: 'Łukasz',
      pesel: '44051401359',
      citizenship: 'PL',
      gminaCode: '0201011',
      bankAccount: '61109010140000071219812874',
    });
    expect(result.valid[1]!.input).toMatchObject({ pesel: null, birthDate: '1990-03-12', sex: 'F' });
    expect(result.sample[1]).toEqual({
      row: 3,
      values: {
        firstName: 'Anna',
        lastName: 'Nowak',
        pesel: null,
        birthDate: '1990-03-12',
        sex: 'F',
        gminaCode: null,
        email: null,
        bankAccount: null,
      },
    });
  });

  it('reports each bad cell with its spreadsheet row, column and the form’s Polish message', () => {
    const result = check(
      table(
        ['Jan', '', '44051401358', null, null, null, 'nie-mail', null],
        ['Ewa', 'Kos', null, '31.02.1990', null, '9999999', null, '61109010140000071219812875'],
      ),
    );
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: 'Nazwisko', field: 'lastName', code: 'REQUIRED', message: 'To pole jest wymagane.' },
      {
        row: 2,
        column: 'PESEL',
        field: 'pesel',
        code: 'INVALID_PESEL',
        message: 'Nieprawidłowy PESEL: błędna cyfra kontrolna',
      },
      {
        row: 2,
        column: 'E-mail',
        field: 'email',
        code: 'INVALID_FORMAT',
        message: 'Podaj prawidłowy adres e-mail.',
      },
      {
        row: 3,
        column: 'Data urodzenia',
        field: 'birthDate',
        code: 'INVALID_DATE',
        message: 'Taka data nie istnieje: 31.02.1990.',
      },
      { row: 3, column: 'Płeć', field: 'sex', code: 'REQUIRED', message: 'Bez numeru PESEL podaj płeć.' },
      {
        row: 3,
        column: 'Kod gminy TERYT',
        field: 'gminaCode',
        code: 'UNKNOWN_GMINA',
        message: 'Nie ma takiej gminy w rejestrze TERYT.',
      },
      {
        row: 3,
        column: 'Rachunek',
        field: 'bankAccount',
        code: 'INVALID_NRB',
        message: 'Nieprawidłowy numer rachunku: błędna suma kontrolna',
      },
    ]);
  });

  it('refuses an unknown TERYT gmina and a birth date or sex that contradicts the PESEL', () => {
    const result = check(table(['Jan', 'Kos', '44051401359', '1950-01-01', 'K', '1234567', null, null]));
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['birthDate', 'BIRTH_DATE_MISMATCH'],
      ['sex', 'SEX_MISMATCH'],
      ['gminaCode', 'UNKNOWN_GMINA'],
    ]);
    const gmina = check(table(['Jan', 'Kos', '44051401359', null, null, '1234567', null, null]));
    expect(gmina.errors).toEqual([
      {
        row: 2,
        column: 'Kod gminy TERYT',
        field: 'gminaCode',
        code: 'UNKNOWN_GMINA',
        message: 'Nie ma takiej gminy w rejestrze TERYT.',
      },
    ]);
  });

  it('refuses a PESEL twice in the file or already in the centre; warns about the same name and birth date', () => {
    const existing: ExistingPerson[] = [
      {
        id: 'p1',
        firstName: 'Anna',
        lastName: 'Nowak',
        birthDate: '1990-05-15',
        pesel: '90051512340',
        nameKey: 'nowak anna',
      },
      {
        id: 'p2',
        firstName: 'Łucja',
        lastName: 'Wójcik',
        birthDate: '1985-01-02',
        pesel: null,
        nameKey: 'wojcik lucja',
      },
    ];
    const result = check(
      table(
        ['Jan', 'Kos', '44051401359', null, null, null, null, null],
        ['Janusz', 'Kos', '44051401359', null, null, null, null, null],
        ['Anna', 'Nowakowa', '90051512340', null, null, null, null, null],
        ['LUCJA', 'wojcik', null, '02.01.1985', 'K', null, null, null],
        ['Piotr', 'Lis', null, '1970-01-01', 'M', null, null, null],
        ['Piotr', 'Lis', null, '1970-01-01', 'M', null, null, null],
      ),
      existing,
    );
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'PESEL',
        field: 'pesel',
        code: 'DUPLICATE_PESEL_IN_FILE',
        message: 'Ten sam numer PESEL jest już w wierszu 2.',
      },
      {
        row: 4,
        column: 'PESEL',
        field: 'pesel',
        code: 'DUPLICATE_PESEL',
        message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
      },
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        row: 5,
        code: 'POSSIBLE_DUPLICATE',
        candidates: [{ id: 'p2', firstName: 'Łucja', lastName: 'Wójcik', birthDate: '1985-01-02' }],
      }),
      expect.objectContaining({
        row: 7,
        code: 'POSSIBLE_DUPLICATE_IN_FILE',
        otherRow: 6,
        message:
          'Osoba o tym imieniu, nazwisku i dacie urodzenia jest już w wierszu 6. Sprawdź, czy to nie ta sama osoba.',
      }),
    ]);
    expect(result.valid.map((v) => v.row)).toEqual([2, 5, 6, 7]);
  });

  it('checks no row while the mapping itself is incomplete', () => {
    const t = table(['Jan', 'Kos', '44051401359', null, null, null, null, null]);
    const result = validateImportRows(t, { ...suggestMapping(t.columns), Nazwisko: null }, context());
    expect(result.mappingProblems.map((p) => p.field)).toEqual(['lastName']);
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.sample).toHaveLength(1);
  });
});
