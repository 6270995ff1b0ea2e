import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { demoPesel } from '../../src/app/setup/seed-demo-pathway';
import { ApiClient, createApiHarness, type ApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/** A multipart/form-data body built by hand: text fields first or last, then the file. */
function multipart(
  file: { name: string; bytes: Buffer; type?: string } | null,
  fields: Record<string, string> = {},
) {
  const boundary = `----reintegra${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const filePart = file
    ? [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; ` +
            `name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from('\r\n'),
      ]
    : [];
  return {
    payload: Buffer.concat([...filePart, ...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function xlsxOf(rows: unknown[][], title?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Uczestnicy');
  if (title) sheet.addRow([title]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { headers: rows[0] as string[], rows: rows.slice(1) };
}

const HEADERS = [
  'Imię',
  'Nazwisko',
  'PESEL',
  'Data urodzenia',
  'Płeć (K/M)',
  'Ulica',
  'Nr domu',
  'Kod pocztowy',
  'Miejscowość',
  'Kod gminy TERYT',
  'Telefon',
  'E-mail',
  'Wykształcenie',
  'Rachunek',
];
const csv = (rows: string[][]) => [HEADERS, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';

let serial = 300;
const pesel = (birth: string, sex: 'F' | 'M') => demoPesel(birth, sex, serial++);

describe.each(testEngines())('participant import and export on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(() => h.close());

  const send = (client: ApiClient, url: string, body: ReturnType<typeof multipart>) =>
    client.request('POST', url, body.payload, body.headers);
  const preview = (
    client: ApiClient,
    file: { name: string; bytes: Buffer },
    fields: Record<string, string> = {},
  ) => send(client, '/api/v1/participants/import/preview', multipart(file, fields));
  const commit = (client: ApiClient, file: { name: string; bytes: Buffer }, fields: Record<string, string>) =>
    send(client, '/api/v1/participants/import', multipart(file, fields));
  const total = async (client: ApiClient = c.DIRECTOR) =>
    (await client.get('/api/v1/participants?pageSize=1')).json().total as number;

  /** Preview, then import with the preview's mapping and hash. */
  async function importFile(
    client: ApiClient,
    file: { name: string; bytes: Buffer },
    acknowledgeWarnings = false,
  ) {
    const p = await preview(client, file);
    expect(p.statusCode, p.body).toBe(200);
    const body = p.json();
    const r = await commit(client, file, {
      mapping: JSON.stringify(body.mapping),
      sha256: body.fileSha256,
      acknowledgeWarnings: String(acknowledgeWarnings),
    });
    return { preview: body, response: r };
  }

  it('imports a Windows-1250 CSV with semicolons from Polish Excel, mapping the columns by their headers', async () => {
    const p1 = pesel('1984-02-11', 'F');
    const bytes = iconv.encode(
      csv([
        [
          'Żaneta',
          'Gęślińska',
          p1,
          '',
          'K',
          'ul. Łąkowa',
          '7',
          '59-700',
          'Bolesławiec',
          '0201011',
          '600 100 200',
          'zaneta@example.pl',
          '3',
          'PL61 1090 1014 0000 0712 1981 2874',
        ],
        ['Łukasz', 'Źródło', '', '03.04.1979', 'M', '', '', '', 'Gromadka', '', '', '', '', ''],
      ]),
      'win1250',
    );
    const before = await total();
    const { preview: p, response } = await importFile(c.SOCIAL_WORKER, { name: 'uczestnicy.csv', bytes });
    expect(p).toMatchObject({
      format: 'CSV',
      encoding: 'Windows-1250',
      delimiter: ';',
      headerRow: 1,
      rowCount: 2,
      validCount: 2,
      errorCount: 0,
      warningCount: 0,
      mappingProblems: [],
    });
    expect(p.mapping).toMatchObject({
      Imię: 'firstName',
      Nazwisko: 'lastName',
      'Płeć (K/M)': 'sex',
      Rachunek: 'bankAccount',
      'Kod gminy TERYT': 'gminaCode',
    });
    expect(p.sample[1]).toEqual({
      row: 3,
      values: expect.objectContaining({
        firstName: 'Łukasz',
        lastName: 'Źródło',
        birthDate: '1979-04-03',
        sex: 'M',
      }),
    });
    // A social worker may not see account numbers: the preview shows only the last digits.
    expect(p.sample[0].values.bankAccount).toBe('…2874');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ imported: 2, fileSha256: p.fileSha256 });
    expect(await total()).toBe(before + 2);

    const found = (await c.DIRECTOR.get(`/api/v1/participants?q=${p1}`)).json().items[0];
    const record = (await c.DIRECTOR.get(`/api/v1/participants/${found.id}`)).json();
    expect(record).toMatchObject({
      firstName: 'Żaneta',
      lastName: 'Gęślińska',
      sex: 'F',
      birthDate: '1984-02-11',
      street: 'ul. Łąkowa',
      gminaCode: '0201011',
      educationLevel: '3',
      bankAccount: '61109010140000071219812874',
      citizenship: 'PL',
      status: 'REFERRED',
    });
    const audit = (await c.DIRECTOR.get('/api/v1/audit?action=participant.import')).json();
    expect(audit.items[0].details).toMatchObject({
      count: 2,
      fileSha256: p.fileSha256,
      fileName: 'uczestnicy.csv',
      format: 'CSV',
    });
  });

  it('imports an XLSX with a title row, date cells and a PESEL that Excel stored as a number', async () => {
    const p1 = pesel('2002-07-08', 'F');
    const bytes = await xlsxOf(
      [
        ['Lp.', 'Nazwisko', 'Imię', 'PESEL', 'Data urodzenia', 'Płeć', 'Obywatelstwo', 'E-mail'],
        [
          1,
          'Wiśniewska',
          'Maria',
          Number(p1),
          null,
          null,
          'polskie',
          { text: 'maria@example.pl', hyperlink: 'mailto:maria@example.pl' },
        ],
        [2, 'Hnatiuk', 'Ołena', null, new Date(Date.UTC(1991, 5, 30)), 'kobieta', 'UA', null],
      ],
      'Lista uczestników CIS — stan na 1 marca',
    );
    const before = await total();
    const { preview: p, response } = await importFile(c.DIRECTOR, { name: 'lista.xlsx', bytes });
    expect(p).toMatchObject({ format: 'XLSX', headerRow: 2, rowCount: 2, validCount: 2, errorCount: 0 });
    expect(p.mapping).toEqual({
      'Lp.': null,
      Nazwisko: 'lastName',
      Imię: 'firstName',
      PESEL: 'pesel',
      'Data urodzenia': 'birthDate',
      Płeć: 'sex',
      Obywatelstwo: 'citizenship',
      'E-mail': 'email',
    });
    // Examples show the file as it is (the number lost its leading zero); the sample shows how it is read.
    expect(p.columns[3]).toEqual({ name: 'PESEL', examples: [String(Number(p1))] });
    expect(p.sample[0].values.pesel).toBe(p1);
    expect(response.statusCode, response.body).toBe(201);
    expect(await total()).toBe(before + 2);
    const olena = (await c.DIRECTOR.get('/api/v1/participants?q=hnatiuk')).json().items[0];
    expect(olena).toMatchObject({ birthDate: '1991-06-30', sex: 'F', citizenship: 'UA' });
    expect((await c.DIRECTOR.get(`/api/v1/participants?q=${p1}`)).json().items[0]).toMatchObject({
      birthDate: '2002-07-08',
      email: 'maria@example.pl',
    });
  });

  it(
    'lists every bad cell with its spreadsheet row, column and Polish message, ' +
      'and imports nothing while one remains',
    async () => {
      const good = pesel('1970-01-01', 'M');
      const bytes = await xlsxOf([
        HEADERS,
        ['Jan', 'Dobry', good, null, null, null, null, null, null, null, null, null, null, null],
        [
          'Adam',
          '',
          '44051401358',
          null,
          null,
          null,
          null,
          '59700',
          null,
          '1234567',
          null,
          'adam@',
          '9',
          null,
        ],
        [
          'Ewa',
          'Bez',
          null,
          '31.02.1990',
          null,
          null,
          null,
          'abc',
          null,
          null,
          null,
          null,
          null,
          '61109010140000071219812875',
        ],
      ]);
      const p = (await preview(c.DIRECTOR, { name: 'bledy.xlsx', bytes })).json();
      expect(p).toMatchObject({ rowCount: 3, validCount: 1, errorCount: 9 });
      expect(p.errors).toEqual([
        {
          row: 3,
          column: 'Nazwisko',
          field: 'lastName',
          code: 'REQUIRED',
          message: 'To pole jest wymagane.',
        },
        {
          row: 3,
          column: 'PESEL',
          field: 'pesel',
          code: 'INVALID_PESEL',
          message: 'Nieprawidłowy PESEL: błędna cyfra kontrolna',
        },
        {
          row: 3,
          column: 'Kod gminy TERYT',
          field: 'gminaCode',
          code: 'UNKNOWN_GMINA',
          message: 'Nie ma takiej gminy w rejestrze TERYT.',
        },
        {
          row: 3,
          column: 'E-mail',
          field: 'email',
          code: 'INVALID_FORMAT',
          message: 'Podaj prawidłowy adres e-mail.',
        },
        {
          row: 3,
          column: 'Wykształcenie',
          field: 'educationLevel',
          code: 'INVALID_VALUE',
          message: 'Wykształcenie: podaj poziom ISCED od 0 do 8.',
        },
        {
          row: 4,
          column: 'Data urodzenia',
          field: 'birthDate',
          code: 'INVALID_DATE',
          message: 'Taka data nie istnieje: 31.02.1990.',
        },
        {
          row: 4,
          column: 'Płeć (K/M)',
          field: 'sex',
          code: 'REQUIRED',
          message: 'Bez numeru PESEL podaj płeć.',
        },
        {
          row: 4,
          column: 'Kod pocztowy',
          field: 'postalCode',
          code: 'INVALID_FORMAT',
          message: 'Kod pocztowy w formacie 00-000.',
        },
        {
          row: 4,
          column: 'Rachunek',
          field: 'bankAccount',
          code: 'INVALID_NRB',
          message: 'Nieprawidłowy numer rachunku: błędna suma kontrolna',
        },
      ]);

      const before = await total();
      const r = await commit(
        c.DIRECTOR,
        { name: 'bledy.xlsx', bytes },
        { mapping: JSON.stringify(p.mapping), sha256: p.fileSha256 },
      );
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({
        code: 'IMPORT_HAS_ERRORS',
        message: expect.stringContaining('nic nie zostało zaimportowane'),
        details: { errorCount: 9 },
      });
      expect(r.json().error.details.errors[1]).toMatchObject({
        row: 3,
        column: 'PESEL',
        message: 'Nieprawidłowy PESEL: błędna cyfra kontrolna',
      });
      expect(await total()).toBe(before);
      expect((await c.DIRECTOR.get(`/api/v1/participants?q=${good}`)).json().total).toBe(0);
    },
  );

  it('refuses a PESEL already in the centre or twice in the file, and asks to acknowledge look-alikes', async () => {
    const existing = (
      await c.DIRECTOR.post('/api/v1/participants', {
        firstName: 'Łucja',
        lastName: 'Wójcik',
        pesel: null,
        birthDate: '1985-01-02',
        sex: 'F',
      })
    ).json();
    const taken = pesel('1966-06-06', 'M');
    expect(
      (await c.DIRECTOR.post('/api/v1/participants', { firstName: 'Stary', lastName: 'Wpis', pesel: taken }))
        .statusCode,
    ).toBe(201);

    const dup = await preview(c.DIRECTOR, {
      name: 'a.csv',
      bytes: Buffer.from(
        csv([
          ['Nowy', 'Wpis', taken, '', '', '', '', '', '', '', '', '', '', ''],
          ['Inny', 'Ktoś', pesel('1977-07-07', 'F'), '', '', '', '', '', '', '', '', '', '', ''],
        ]),
      ),
    });
    expect(dup.json().errors).toEqual([
      {
        row: 2,
        column: 'PESEL',
        field: 'pesel',
        code: 'DUPLICATE_PESEL',
        message: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
      },
    ]);

    const twice = pesel('1988-08-08', 'M');
    const inFile = (
      await preview(c.DIRECTOR, {
        name: 'b.csv',
        bytes: Buffer.from(
          csv([
            ['Jan', 'Raz', twice, '', '', '', '', '', '', '', '', '', '', ''],
            ['Jan', 'Dwa', twice, '', '', '', '', '', '', '', '', '', '', ''],
          ]),
        ),
      })
    ).json();
    expect(inFile.errors).toEqual([
      {
        row: 3,
        column: 'PESEL',
        field: 'pesel',
        code: 'DUPLICATE_PESEL_IN_FILE',
        message: 'Ten sam numer PESEL jest już w wierszu 2.',
      },
    ]);

    const lookalike = {
      name: 'c.csv',
      bytes: Buffer.from(
        csv([['LUCJA', 'wojcik', '', '1985-01-02', 'K', '', '', '', '', '', '', '', '', '']]),
      ),
    };
    const before = await total();
    const { preview: p, response } = await importFile(c.DIRECTOR, lookalike);
    expect(p).toMatchObject({ errorCount: 0, warningCount: 1, validCount: 1 });
    expect(p.warnings[0]).toMatchObject({
      row: 2,
      code: 'POSSIBLE_DUPLICATE',
      candidates: [{ id: existing.id, lastName: 'Wójcik' }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'POSSIBLE_DUPLICATE', details: { warningCount: 1 } });
    expect(await total()).toBe(before);
    const acknowledged = await importFile(c.DIRECTOR, lookalike, true);
    expect(acknowledged.response.statusCode, acknowledged.response.body).toBe(201);
    expect(await total()).toBe(before + 1);
  });

  it('imports only the file that was previewed, with the mapping the user chose', async () => {
    const bytes = Buffer.from('Osoba;Rodzina;Nr ewid.\r\nAnna;Kot;' + pesel('1999-09-09', 'F') + '\r\n');
    const suggested = (await preview(c.DIRECTOR, { name: 'x.csv', bytes })).json();
    expect(suggested.mapping).toEqual({ Osoba: null, Rodzina: null, 'Nr ewid.': null });
    expect(suggested.mappingProblems.map((m: { field: string }) => m.field)).toEqual([
      'lastName',
      'firstName',
      'pesel',
    ]);
    expect(suggested.validCount).toBe(0);

    const mapping = JSON.stringify({ Osoba: 'firstName', Rodzina: 'lastName', 'Nr ewid.': 'pesel' });
    const chosen = (await preview(c.DIRECTOR, { name: 'x.csv', bytes }, { mapping })).json();
    expect(chosen).toMatchObject({ mappingProblems: [], validCount: 1 });

    const changed = await commit(
      c.DIRECTOR,
      { name: 'x.csv', bytes: Buffer.concat([bytes, Buffer.from('\r\n')]) },
      { mapping, sha256: chosen.fileSha256 },
    );
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'sha256', code: 'FILE_CHANGED' }),
    ]);
    const noMapping = await commit(c.DIRECTOR, { name: 'x.csv', bytes }, { sha256: chosen.fileSha256 });
    expect(noMapping.json().error.details.fields[0]).toMatchObject({ path: 'mapping', code: 'REQUIRED' });
    const badMapping = await preview(
      c.DIRECTOR,
      { name: 'x.csv', bytes },
      { mapping: '{"Osoba":"shoeSize"}' },
    );
    expect(badMapping.statusCode).toBe(400);
    expect(
      (await preview(c.DIRECTOR, { name: 'x.csv', bytes }, { mapping: '{nie json' })).json().error.details
        .fields[0],
    ).toMatchObject({ path: 'mapping', code: 'INVALID_FORMAT' });
    const ok = await commit(c.DIRECTOR, { name: 'x.csv', bytes }, { mapping, sha256: chosen.fileSha256 });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('answers a bad file with a reason, never a 500', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `Osoba${i};Test;;2000-01-01;K`).join('\n');
    const cases: [string, ReturnType<typeof multipart>, number, string][] = [
      [
        'garbage named .xlsx',
        multipart({ name: 'lista.xlsx', bytes: Buffer.from('to nie jest arkusz kalkulacyjny') }),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'a broken XLSX',
        multipart({
          name: 'lista.xlsx',
          bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(100, 7)]),
        }),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      ['an empty file', multipart({ name: 'pusty.csv', bytes: Buffer.alloc(0) }), 400, 'FILE_REQUIRED'],
      [
        'headers only',
        multipart({ name: 'n.csv', bytes: Buffer.from(HEADERS.join(';')) }),
        400,
        'IMPORT_HAS_ERRORS',
      ],
      [
        '10,001 rows',
        multipart({
          name: 'duzo.csv',
          bytes: Buffer.from(`Imię;Nazwisko;PESEL;Data urodzenia;Płeć\n${rows}`),
        }),
        413,
        'FILE_TOO_LARGE',
      ],
      [
        'more than 10 MB',
        multipart({ name: 'duzy.csv', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 65) }),
        413,
        'FILE_TOO_LARGE',
      ],
      ['no file', multipart(null, { mapping: '{}' }), 400, 'FILE_REQUIRED'],
    ];
    for (const [label, body, status, code] of cases) {
      const r = await send(c.DIRECTOR, '/api/v1/participants/import/preview', body);
      expect([label, r.statusCode, r.json().error.code]).toEqual([label, status, code]);
      expect(r.json().error.message).toMatch(/[ąćęłńóśźżA-Z]/);
    }
    expect(
      (await c.DIRECTOR.post('/api/v1/participants/import/preview', { file: 'x' })).json().error.code,
    ).toBe('FILE_REQUIRED');
    const tooMany = await send(c.DIRECTOR, '/api/v1/participants/import/preview', cases[4]![1]);
    expect(tooMany.json().error.message).toContain('10001 wierszy');
  });

  it('lets only directors and social workers import', async () => {
    const bytes = Buffer.from(
      csv([['Jan', 'Rola', pesel('1960-01-01', 'M'), '', '', '', '', '', '', '', '', '', '', '']]),
    );
    const p = (await preview(c.DIRECTOR, { name: 'r.csv', bytes })).json();
    for (const role of ['INSTRUCTOR', 'ACCOUNTANT', 'ADMIN'] as const) {
      expect((await preview(c[role], { name: 'r.csv', bytes })).statusCode).toBe(403);
      expect(
        (
          await commit(
            c[role],
            { name: 'r.csv', bytes },
            { mapping: JSON.stringify(p.mapping), sha256: p.fileSha256 },
          )
        ).statusCode,
      ).toBe(403);
    }
    const anonymous = await new ApiClient(h.app).request(
      'POST',
      '/api/v1/participants/import/preview',
      multipart({ name: 'r.csv', bytes }).payload,
      multipart({ name: 'r.csv', bytes }).headers,
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it('exports the list to XLSX with only the columns each role may see, and audits it', async () => {
    const response = await c.DIRECTOR.get('/api/v1/participants/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="uczestnicy-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const director = await readXlsx(response.rawPayload);
    expect(director.headers).toEqual([
      'Nazwisko',
      'Imię',
      'Status',
      'Status od',
      'Warsztat',
      'Data przyjęcia',
      'Planowany koniec',
      'PESEL',
      'Data urodzenia',
      'Płeć',
      'Obywatelstwo',
      'Ulica',
      'Nr domu',
      'Nr lokalu',
      'Kod pocztowy',
      'Miejscowość',
      'Kod gminy TERYT',
      'Telefon',
      'E-mail',
      'Wykształcenie (ISCED)',
      'Rachunek bankowy (NRB)',
    ]);
    expect(director.rows).toHaveLength(await total());
    const zaneta = director.rows.find((r) => r[0] === 'Gęślińska')!;
    expect(zaneta.slice(0, 3)).toEqual(['Gęślińska', 'Żaneta', 'skierowanie w rozpatrzeniu']);
    expect(zaneta[8]).toEqual(new Date(Date.UTC(1984, 1, 11)));
    expect(zaneta[9]).toBe('K');
    expect(zaneta[20]).toBe('61109010140000071219812874');
    // Sensitive eligibility data never leaves in an export.
    expect(director.headers.join(' ')).not.toMatch(/grup|uzasadn/i);

    const accountant = await readXlsx(
      (await c.ACCOUNTANT.get('/api/v1/participants/export.xlsx')).rawPayload,
    );
    expect(accountant.headers).toContain('Rachunek bankowy (NRB)');
    expect(accountant.headers).toContain('PESEL');
    const social = await readXlsx((await c.SOCIAL_WORKER.get('/api/v1/participants/export.xlsx')).rawPayload);
    expect(social.headers).toContain('PESEL');
    expect(social.headers).not.toContain('Rachunek bankowy (NRB)');
    const admin = await readXlsx((await c.ADMIN.get('/api/v1/participants/export.xlsx')).rawPayload);
    expect(admin.headers).toEqual([
      'Nazwisko',
      'Imię',
      'Status',
      'Status od',
      'Warsztat',
      'Data przyjęcia',
      'Planowany koniec',
    ]);
    expect(admin.rows).toHaveLength(director.rows.length);
    const instructor = await readXlsx(
      (await c.INSTRUCTOR.get('/api/v1/participants/export.xlsx')).rawPayload,
    );
    expect(instructor.headers).not.toContain('PESEL');
    expect(instructor.rows).toHaveLength(0); // an instructor's list holds only the people of their workshops
    expect((await c.INSTRUCTOR.get('/api/v1/participants/export.xlsx?group=HOMELESS')).statusCode).toBe(403);

    const filtered = await readXlsx(
      (await c.DIRECTOR.get('/api/v1/participants/export.xlsx?q=geslinska&pageSize=5')).rawPayload,
    );
    expect(filtered.rows.map((r) => r[0])).toEqual(['Gęślińska']);
    const audit = (await c.DIRECTOR.get('/api/v1/audit?action=participant.export')).json();
    expect(audit.items[0].details).toMatchObject({
      count: 1,
      filters: { search: true },
      fieldClasses: ['basic', 'personal', 'payment'],
    });
    expect(JSON.stringify(audit.items[0].details)).not.toContain('geslinska');
  });

  it("imports another centre's export back: its people are not this centre's duplicates", async () => {
    const exported = (await c.DIRECTOR.get('/api/v1/participants/export.xlsx')).rawPayload;
    const count = (await readXlsx(exported)).rows.length;
    const { preview: p, response } = await importFile(other, { name: 'eksport.xlsx', bytes: exported }, true);
    // The only warning is inside the file: the look-alike acknowledged earlier is listed twice.
    expect(p).toMatchObject({ rowCount: count, errorCount: 0, validCount: count });
    expect(p.warnings.map((w: { code: string }) => w.code)).toEqual(['POSSIBLE_DUPLICATE_IN_FILE']);
    expect(p.mapping).toMatchObject({
      PESEL: 'pesel',
      'Rachunek bankowy (NRB)': 'bankAccount',
      Status: null,
      Warsztat: null,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await total(other)).toBe(count);
    // The same file again is now refused: every PESEL is taken in this centre.
    const again = (await preview(other, { name: 'eksport.xlsx', bytes: exported })).json();
    expect(again.errors.filter((e: { code: string }) => e.code === 'DUPLICATE_PESEL').length).toBeGreaterThan(
      0,
    );
  });
});
