import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { insertTestPartner } from '../factories/employer.factory';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/** An independent reader of the import file: BOM, `;`, CRLF, `"` quoting with doubled quotes. */
function parseSemicolonCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}

const ANNA = {
  firstName: 'Anna',
  lastName: 'Żółkiewska',
  pesel: '85022512342',
  sex: 'F',
  citizenship: 'PL',
  postalCode: '66-200',
  city: 'Świebodzin',
  gminaCode: '0808053',
  phone: '600 100 200',
  email: 'anna.zolkiewska@example.pl',
  educationLevel: '2',
  eligibilityGroups: ['LONG_TERM_UNEMPLOYED'],
};

describe.each(testEngines())('EU projects and the SM EFS export on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let projectId: string;
  let annaId: string;
  let janId: string;
  let janEnrolment: { id: string; version: number };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    const anna = await c.DIRECTOR.post('/api/v1/participants', ANNA);
    expect(anna.statusCode, anna.body).toBe(201);
    annaId = anna.json().id;
    janId = (
      await c.DIRECTOR.post('/api/v1/participants', {
        ...ANNA,
        firstName: 'Jan',
        lastName: 'Kowal; "Młodszy"',
        pesel: null,
        birthDate: '1961-07-04',
        sex: 'M',
        email: null,
        educationLevel: '6',
      })
    ).json().id;
  });
  afterAll(() => h.close());

  it('refuses a project ending before it starts and a partner from nowhere, writing nothing', async () => {
    const bad = await c.DIRECTOR.post('/api/v1/projects', {
      number: 'FELB.06.07-IZ.00-0001/26',
      title: 'Aktywni razem',
      programme: 'Fundusze Europejskie dla Lubuskiego 2021–2027',
      priority: 'VI Fundusze Europejskie na wsparcie w obszarze rynku pracy',
      startDate: '2026-06-01',
      endDate: '2026-05-31',
      partnerIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['endDate', 'partnerIds.0']));
    expect(bad.json().error.details.fields[0].message).toMatch(/nie może być wcześniejsza/);
    expect((await c.DIRECTOR.get('/api/v1/projects')).json().items).toEqual([]);
  });

  it('records a project with its leader, partners, forms of support and targets', async () => {
    const leader = await insertTestPartner(h.deps.db, centreId, { kind: 'OPS', name: 'MOPS w Świebodzinie' });
    const partner = await insertTestPartner(h.deps.db, centreId);
    const res = await c.DIRECTOR.post('/api/v1/projects', {
      number: 'FELB.06.07-IZ.00-0001/26',
      title: 'Aktywni razem',
      programme: 'Fundusze Europejskie dla Lubuskiego 2021–2027',
      priority: 'VI Fundusze Europejskie na wsparcie w obszarze rynku pracy',
      action: '6.7 Aktywna integracja',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      leaderPartnerId: leader,
      partnerIds: [partner],
      supportForms: ['Reintegracja zawodowa', 'Reintegracja społeczna'],
      targets: { EECO01: 40, EECR04: 12 },
    });
    expect(res.statusCode, res.body).toBe(201);
    projectId = res.json().id;
    expect(res.json()).toMatchObject({ leaderName: 'MOPS w Świebodzinie', targets: { EECO01: 40 } });
    expect(res.json().partners).toHaveLength(1);
    const valid = {
      number: 'X/1',
      title: 'T',
      programme: 'P',
      priority: 'P',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    };
    expect((await c.SOCIAL_WORKER.post('/api/v1/projects', valid)).statusCode).toBe(403);
    expect((await c.INSTRUCTOR.get('/api/v1/projects')).statusCode).toBe(403);
    expect((await other.get(`/api/v1/projects/${projectId}`)).statusCode).toBe(404);
  });

  it('enrols participants; a support start outside the project is refused and nothing is written', async () => {
    const bad = await c.SOCIAL_WORKER.post(`/api/v1/projects/${projectId}/participants`, {
      participantId: annaId,
      projectStart: '2026-03-02',
      supportStart: '2025-12-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0]).toMatchObject({ path: 'supportStart' });
    expect((await c.DIRECTOR.get(`/api/v1/projects/${projectId}`)).json().enrolments).toEqual([]);

    const anna = await c.SOCIAL_WORKER.post(`/api/v1/projects/${projectId}/participants`, {
      participantId: annaId,
      projectStart: '2026-03-02',
      supportStart: '2026-03-02',
      supportForms: ['Reintegracja zawodowa', 'Reintegracja społeczna'],
      labourMarketStatus: 'UNEMPLOYED',
      longTermUnemployed: true,
      degurba: '2',
      foreignOrigin: 'NO',
      thirdCountryNational: 'NO',
      minority: 'REFUSED',
      homeless: 'NO',
      disability: 'NO',
      notes: 'Zgoda na przetwarzanie; "RODO" podpisane',
    });
    expect(anna.statusCode, anna.body).toBe(201);
    expect(anna.json()).toMatchObject({ missing: null, problems: [] });

    const jan = await c.SOCIAL_WORKER.post(`/api/v1/projects/${projectId}/participants`, {
      participantId: janId,
      projectStart: '2026-04-01',
      supportStart: '2026-04-01',
      supportForms: ['Reintegracja zawodowa'],
      degurba: '3',
    });
    expect(jan.statusCode).toBe(201);
    expect(jan.json().missing).toBe(
      'brakuje: status na rynku pracy, osoba obcego pochodzenia, obywatel państwa trzeciego, ' +
        'osoba należąca do mniejszości, osoba w kryzysie bezdomności, osoba z niepełnosprawnościami',
    );
    janEnrolment = jan.json();
    const twice = await c.SOCIAL_WORKER.post(`/api/v1/projects/${projectId}/participants`, {
      participantId: janId,
      projectStart: '2026-04-01',
      supportStart: '2026-04-01',
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.fields[0].code).toBe('DUPLICATE');
  });

  it('refuses the export while a participant lacks required fields, naming them, and writes no file', async () => {
    const res = await c.SOCIAL_WORKER.get(`/api/v1/projects/${projectId}/sm-efs.csv`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('EU_EXPORT_INCOMPLETE');
    expect(res.json().error.message).toContain('Jan Kowal; "Młodszy" — brakuje: status na rynku pracy');
    expect(res.headers['content-disposition']).toBeUndefined();
    const exports = await h.deps.db
      .selectFrom('audit_log')
      .where('action', '=', 'project.export')
      .selectAll()
      .execute();
    expect(exports).toEqual([]);
  });

  it('refuses long-term unemployment for an inactive person (the field is checked)', async () => {
    const res = await c.SOCIAL_WORKER.patch(`/api/v1/projects/${projectId}/participants/${janEnrolment.id}`, {
      version: janEnrolment.version,
      labourMarketStatus: 'INACTIVE',
      longTermUnemployed: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({
      path: 'longTermUnemployed',
      code: 'INCONSISTENT',
    });
  });

  it('exports the SM EFS layout as CSV, read back field by field, and the same cells as XLSX', async () => {
    const fix = await c.SOCIAL_WORKER.patch(`/api/v1/projects/${projectId}/participants/${janEnrolment.id}`, {
      version: janEnrolment.version,
      labourMarketStatus: 'INACTIVE',
      foreignOrigin: 'NO',
      thirdCountryNational: 'NO',
      minority: 'NO',
      homeless: 'YES',
      disability: 'REFUSED',
    });
    expect(fix.statusCode, fix.body).toBe(200);
    expect(fix.json().missing).toBeNull();

    const res = await c.SOCIAL_WORKER.get(`/api/v1/projects/${projectId}/sm-efs.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('sm-efs-FELB.06.07-IZ.00-0001_26');
    const table = parseSemicolonCsv(res.rawPayload);
    expect(table).toHaveLength(3);
    const [header, ...rows] = table as [string[], ...string[][]];
    expect(header).toHaveLength(43);
    const record = (lastName: string) => {
      const row = rows.find((r) => r[header.indexOf('Nazwisko')] === lastName)!;
      return Object.fromEntries(header.map((h, i) => [h, row[i]]));
    };
    const anna = record('Żółkiewska');
    expect(anna).toMatchObject({
      'Numer projektu': 'FELB.06.07-IZ.00-0001/26',
      Obywatelstwo: 'Obywatelstwo polskie',
      'Rodzaj uczestnika': 'Indywidualny',
      Imię: 'Anna',
      PESEL: '85022512342',
      'Brak PESEL': 'Nie',
      Płeć: 'Kobieta',
      Wiek: '41',
      Wykształcenie: 'Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)',
      Kraj: 'Polska',
      Województwo: 'lubuskie',
      Powiat: 'świebodziński',
      Gmina: 'Świebodzin',
      Miejscowość: 'Świebodzin',
      'Kod pocztowy': '66-200',
      DEGURBA: '2',
      'Telefon kontaktowy': '600 100 200',
      'Adres e-mail': 'anna.zolkiewska@example.pl',
      'Data rozpoczęcia udziału w projekcie': '2026-03-02',
      'Data zakończenia udziału w projekcie': '',
      'Status osoby na rynku pracy w chwili przystąpienia do projektu': 'Osoba bezrobotna',
      'W tym': 'Osoba długotrwale bezrobotna',
      'Rodzaj przyznanego wsparcia': 'Reintegracja zawodowa|Reintegracja społeczna',
      'Data rozpoczęcia udziału we wsparciu': '2026-03-02',
      'Osoba obcego pochodzenia': 'Nie',
      'Obywatel państwa trzeciego': 'Nie',
      'Osoba należąca do mniejszości narodowej lub etnicznej (w tym społeczności marginalizowane)':
        'Odmowa podania informacji',
      'Osoba w kryzysie bezdomności lub dotknięta wykluczeniem z dostępu do mieszkań': 'Nie',
      'Osoba z niepełnosprawnościami': 'Nie',
      Uwagi: 'Zgoda na przetwarzanie; "RODO" podpisane',
    });
    expect(anna['Data dodania']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const jan = record('Kowal; "Młodszy"');
    expect(jan).toMatchObject({
      PESEL: '',
      'Brak PESEL': 'Tak',
      Płeć: 'Mężczyzna',
      Wiek: '64',
      Wykształcenie: 'Wyższe (ISCED 5–8)',
      'Status osoby na rynku pracy w chwili przystąpienia do projektu': 'Osoba bierna zawodowo',
      'W tym': '',
      'Osoba z niepełnosprawnościami': 'Odmowa podania informacji',
    });

    const xlsx = await c.SOCIAL_WORKER.get(`/api/v1/projects/${projectId}/sm-efs.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: string[][] = [];
    sheet.eachRow((row) => {
      cells.push(header.map((_, i) => String(row.getCell(i + 1).value ?? '')));
    });
    expect(cells).toEqual(table);

    const audits = await h.deps.db
      .selectFrom('audit_log')
      .where('action', '=', 'project.export')
      .selectAll()
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('computes the output and result indicators from the data, by sex, beside the targets', async () => {
    const detail = (await c.DIRECTOR.get(`/api/v1/projects/${projectId}`)).json();
    const by = (code: string) => detail.indicators.find((i: { code: string }) => i.code === code);
    expect(by('EECO01')).toMatchObject({ women: 1, men: 1, total: 2, target: 40 });
    expect(by('EECO03')).toMatchObject({ women: 1, men: 0, total: 1 });
    expect(by('EECO04')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECO08')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECO16')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECO17')).toMatchObject({ men: 1, total: 1 });
    expect(by('EECR04')).toMatchObject({ total: 0, target: 12 });
  });
});
