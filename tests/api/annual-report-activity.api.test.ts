import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { buildActivityYear } from '../factories/activity-year.factory';
import { admitThroughApi } from '../factories/pathway.factory';
import { readBack } from '../reports/pdf-readback';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The annual report's additional part (issue 18): a hand-made year of events, a senior club, volunteers,
 * in-kind help and graduates, each expected figure counted by hand from the set-up below and read back from
 * the JSON, the PDF (pdftotext), the XLSX (exceljs) and the DOCX (word/document.xml).
 */
const EXPECTED: [string, string, (number | string)[]][] = [
  // One course in March 2026 (the 2025 forum does not count).
  ['A.1', 'Wydarzenia i szkolenia w roku ogółem', [1]],
  ['A.1.1', 'w tym: szkolenia dla uczestników prowadzone przez centrum', [1]],
  ['A.1.6', 'w tym: fora', [0]],
  ['A.2', 'Zajęcia (spotkania) wydarzeń i szkoleń odbyte w roku', [2]],
  // Kowalska, Nowak and Helena Senior were each present at least once.
  ['A.3', 'Osoby obecne co najmniej raz na zajęciach wydarzeń i szkoleń', [3]],
  ['A.3.1', 'w tym: uczestnicy centrum', [2]],
  ['A.3.2', 'w tym: seniorzy i inne osoby spoza centrum', [1]],
  // 80 % of 4 h: Kowalska and Helena completed, Nowak (2 h) did not.
  ['A.4', 'Zaświadczenia ukończenia szkolenia wydane w roku', [2]],
  ['A.5', 'Grupy stałe (np. klub seniora), które spotykały się w roku', [1]],
  ['A.6', 'Spotkania grup stałych w roku', [2]],
  ['A.7', 'Członkowie grup stałych obecni co najmniej raz', [1]],
  // Wanda (3 h sewing) and Marek (1,5 h board games) in 2026; Piotr's agreement was in 2025.
  ['B.1', 'Wolontariusze ogółem', [2, '4,50']],
  ['B.1.1', 'w tym kobiety', [1]],
  ['B.1.2', 'w tym mężczyźni', [1]],
  ['B.2.1', 'działanie: Szycie', [1, '3,00']],
  ['B.2.2', 'działanie: Gry planszowe', [1, '1,50']],
  // Two donations from one person, one with a value of 750,00 zł; one delivery to the DPS.
  ['C.1', 'Darowizny rzeczowe przyjęte w roku', [2]],
  ['C.2', 'Darczyńcy i sponsorzy', [1]],
  ['C.3', 'Wartość przyjętych rzeczy (tam, gdzie ją podano)', ['750,00 zł']],
  ['C.4', 'Przekazania wyrobów instytucjom', [1]],
  ['C.5', 'Instytucje, którym przekazano wyroby', [1]],
  // Alina (7 months, certificate, ended March) and Beata (18 months, ended November) are graduates;
  // Celina (3 months) is not. Beata's status lasts past 31 December; only Alina was contacted (working).
  ['D.1', 'Absolwenci, którzy zakończyli zajęcia w roku', [2]],
  ['D.2', 'w tym ze statusem absolwenta 31 grudnia', [1]],
  ['D.3', 'w tym z kontaktem po zakończeniu zajęć', [1]],
  ['D.4', 'w tym pracujący według ostatniego kontaktu', [1]],
];

describe.each(testEngines())(
  'the annual report: events, volunteers, in-kind help, graduates on %s',
  (engine) => {
    let h: ApiHarness;
    const c = {} as Record<Role, ApiClient>;
    let other: ApiClient;
    const names = { course: [] as string[], graduates: [] as string[] };

    beforeAll(async () => {
      h = await createApiHarness(engine);
      let centreId: string;
      ({ other, centreId } = await signInEveryRole(h, c));
      const d = c.DIRECTOR;
      const year = await buildActivityYear(d, h.deps.db, centreId, { marekMinutes: 90 });
      expect(year.certificatesStatus).toBe(200);
      names.course.push(...year.courseNames);

      const ended = [
        ['Alina', '2025-09-01', '2026-03-31', true],
        ['Beata', '2025-06-02', '2026-11-30', true],
        ['Celina', '2026-01-05', '2026-03-31', true],
      ] as const;
      const programmes: Record<string, string> = {};
      for (const [firstName, admission, lastDay, cert] of ended) {
        const { programme } = await admitThroughApi(d, { person: { firstName, lastName: 'Absolwentka' } });
        programmes[firstName] = programme.id;
        await h.deps.db
          .updateTable('programmes')
          .set({
            admission_date: admission,
            last_day: lastDay,
            status: 'CLOSED',
            exit_type: 'COMPLETED',
            closed_on: lastDay,
            certificate_number: cert ? `ZAS/2026/${firstName}` : null,
            certificate_issued_on: cert ? lastDay : null,
          })
          .where('id', '=', programme.id)
          .execute();
      }
      names.graduates = ['Absolwentka Alina', 'Absolwentka Beata'];
      const contact = await c.SOCIAL_WORKER.post(`/api/v1/graduates/${programmes.Alina}/contacts`, {
        contactedOn: '2026-05-10',
        channel: 'PHONE',
        employment: 'EMPLOYED',
      });
      expect(contact.statusCode, contact.body).toBe(201);
    });
    afterAll(() => h.close());

    it('carries the figures in the report JSON and traces the participants behind them', async () => {
      const r = await c.DIRECTOR.get('/api/v1/reports/annual/2026');
      expect(r.statusCode, r.body).toBe(200);
      const a = r.json().activity;
      expect(a.events).toMatchObject({
        total: 1,
        sessions: 2,
        certificates: 2,
        peopleByKind: { PARTICIPANT: 2, PERSON: 1, STAFF: 0, GUEST: 0 },
      });
      expect(a.groups).toEqual({ groups: 1, meetings: 2, members: 1 });
      expect(a.volunteers).toMatchObject({ total: 2, women: 1, men: 1, minutes: 270 });
      expect(a.inkind).toEqual({
        donations: 2,
        donors: 1,
        knownValueGrosze: 75000,
        deliveries: 1,
        recipients: 1,
      });
      expect(a.graduates).toEqual({ graduates: 2, statusOnYearEnd: 1, contacted: 1, working: 1 });
      expect(a.how).toHaveLength(5);

      const trace = async (cell: string) =>
        (await c.DIRECTOR.get(`/api/v1/reports/annual/2026/trace?cell=${cell}`))
          .json()
          .people.map((p: { name: string }) => p.name)
          .sort();
      expect(await trace('activity.events.participants')).toEqual(names.course);
      expect(await trace('activity.graduates')).toEqual(names.graduates);
      expect((await other.get('/api/v1/reports/annual/2026')).json().activity.events.total).toBe(0);
    });

    it('prints the same part in the PDF, the XLSX and the DOCX, with how each figure was counted', async () => {
      const pdf = await c.DIRECTOR.get('/api/v1/reports/annual/2026.pdf');
      expect(pdf.statusCode).toBe(200);
      const text = flat(readBack(`annual-activity-${engine}`, pdf.rawPayload).text);
      const part = text.indexOf(
        'CZĘŚĆ DODATKOWA. WYDARZENIA I SZKOLENIA, WOLONTARIUSZE, POMOC RZECZOWA, ABSOLWENCI',
      );
      expect(part).toBeGreaterThan(text.indexOf('CZĘŚĆ VII. PRELIMINARZ'));
      const tail = text.slice(part);
      for (const [no, label, values] of EXPECTED)
        expect(tail).toContain(`${no} ${label} ${values.join(' ')}`);
      expect(tail).toContain('wzór sprawozdania nie przewiduje tych danych');
      expect(tail).toContain('Jak policzono');
      expect(tail).toContain('Wolontariusze: Wolontariusze z porozumieniem obowiązującym');
      expect(text).not.toMatch(
        /\[U\]|\[V\]|law\.md|reports\.md|PARTICIPANT_TRAINING|unconfirmed|niepotwierdz/i,
      );

      const xlsx = await c.DIRECTOR.get('/api/v1/reports/annual/2026.xlsx');
      const ExcelJS = (await import('exceljs')).default;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const toNumber = (v: number | string) =>
        typeof v === 'number' ? v : Number(v.replace(' zł', '').replace(/\s/g, '').replace(',', '.'));
      for (const [no, label, values] of EXPECTED) {
        const row = rows.find((r) => r[0] === no && r[1] === label);
        expect(row, no).toBeDefined();
        expect(row!.slice(2, 2 + values.length)).toEqual(values.map(toNumber));
      }
      expect(
        rows.some((r) => String(r[1] ?? '').startsWith('Pomoc rzeczowa: Darowizny przyjęte w roku')),
      ).toBe(true);

      const docx = await c.DIRECTOR.get('/api/v1/reports/annual/2026.docx');
      const JSZip = (await import('jszip')).default;
      const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
      const words = flat(xml.replace(/<[^>]+>/g, ' ')).replace(/&quot;/g, '"');
      expect(words).toContain('CZĘŚĆ DODATKOWA. WYDARZENIA I SZKOLENIA');
      for (const [no, label, values] of EXPECTED)
        expect(words).toContain(`${no} ${label} ${values.join(' ')}`);
      expect(words).toContain('Absolwenci: Osoby, których ostatni dzień zajęć przypadł w 2026 r.: 3');
    });
  },
);
