import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { buildReferral } from '../factories/pathway.factory';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(testEngines())(
  'information clause, processing register, access log, own copy on %s',
  (engine) => {
    let h: ApiHarness;
    const c = {} as Record<Role, ApiClient>;
    let other: ApiClient;
    let participantId: string;
    let workerId: string;

    const auditCount = async (action: string) =>
      Number(
        (
          await h.deps.db
            .selectFrom('audit_log')
            .where('action', '=', action)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      h = await createApiHarness(engine);
      ({ other } = await signInEveryRole(h, c));
      participantId = (
        await c.DIRECTOR.post('/api/v1/participants', {
          firstName: 'Henryk',
          lastName: 'Kopiowy',
          pesel: '44051401359',
          birthDate: '1944-05-14',
          sex: 'M',
          eligibilityGroups: ['HOMELESS'],
          eligibilityJustification: 'Program wychodzenia z bezdomności od 2025 r.',
        })
      ).json().id;
      expect(participantId).toBeTruthy();
      await c.DIRECTOR.post(`/api/v1/participants/${participantId}/referrals`, buildReferral());
      workerId = (await c.SOCIAL_WORKER.get('/api/v1/me')).json().user.id;
    });
    afterAll(() => h.close());

    describe('information clause (art. 8b ust. 2–3, GDPR art. 13)', () => {
      it('starts from the default filled with the centre, which every member can read and print', async () => {
        const clause = (await c.INSTRUCTOR.get('/api/v1/privacy/information-clause')).json();
        const centre = (await c.DIRECTOR.get('/api/v1/centre')).json();
        expect(clause.isDefault).toBe(true);
        expect(clause.text).toContain(`Administratorem Pani/Pana danych osobowych jest ${centre.name}`);
        expect(clause.text).toContain('10 lat od końca roku kalendarzowego');
        const pdf = await c.INSTRUCTOR.get('/api/v1/privacy/information-clause.pdf');
        expect(pdf.statusCode).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      });

      it('the director edits it (audited); others may not; a too short text is refused at the field', async () => {
        const text =
          'Administratorem danych jest nasze centrum. Dane przechowujemy 10 lat. Kontakt: sekretariat.';
        const saved = await c.DIRECTOR.request('PUT', '/api/v1/privacy/information-clause', { text });
        expect(saved.statusCode).toBe(200);
        expect(saved.json()).toMatchObject({ text, isDefault: false });
        expect((await c.SOCIAL_WORKER.get('/api/v1/privacy/information-clause')).json().text).toBe(text);
        expect(
          (await c.SOCIAL_WORKER.request('PUT', '/api/v1/privacy/information-clause', { text })).statusCode,
        ).toBe(403);
        const short = await c.DIRECTOR.request('PUT', '/api/v1/privacy/information-clause', {
          text: 'krótko',
        });
        expect(short.statusCode).toBe(400);
        expect(short.json().error.details.fields[0].path).toBe('text');
        expect(await auditCount('privacy.clause_update')).toBe(1);
        // Another centre still has its own default.
        expect((await other.get('/api/v1/privacy/information-clause')).json().isDefault).toBe(true);
      });

      it('records the day the person was informed; a future day or an unknown person writes nothing', async () => {
        const ok = await c.SOCIAL_WORKER.request(
          'PUT',
          `/api/v1/privacy/participants/${participantId}/informed`,
          {
            informedOn: '2026-01-07',
          },
        );
        expect(ok.statusCode).toBe(200);
        const row = await h.deps.db
          .selectFrom('participants')
          .select('informed_on')
          .where('id', '=', participantId)
          .executeTakeFirstOrThrow();
        expect(row.informed_on).toBe('2026-01-07');

        const future = await c.SOCIAL_WORKER.request(
          'PUT',
          `/api/v1/privacy/participants/${participantId}/informed`,
          {
            informedOn: '2099-01-01',
          },
        );
        expect(future.statusCode).toBe(400);
        expect(future.json().error.details.fields[0]).toMatchObject({
          path: 'informedOn',
          code: 'DATE_IN_FUTURE',
        });
        const unknown = await c.SOCIAL_WORKER.request(
          'PUT',
          `/api/v1/privacy/participants/${MISSING}/informed`,
          {
            informedOn: '2026-01-07',
          },
        );
        expect(unknown.statusCode).toBe(404);
        const foreign = await other.request('PUT', `/api/v1/privacy/participants/${participantId}/informed`, {
          informedOn: '2026-01-08',
        });
        expect(foreign.statusCode).toBe(404);
        expect(await auditCount('participant.informed')).toBe(1);
      });
    });

    it('lists the processing activities with their legal bases and prints them (GDPR art. 30)', async () => {
      const register = (await c.DIRECTOR.get('/api/v1/privacy/processing-register')).json();
      expect(register.activities.length).toBeGreaterThanOrEqual(5);
      for (const a of register.activities) {
        expect(a.legalBasis).toMatch(/RODO/);
        expect(a.retention).toBeTruthy();
      }
      expect(register.activities.some((a: { legalBasis: string }) => a.legalBasis.includes('art. 8b'))).toBe(
        true,
      );
      // The people who are not participants, each with the period of its dated rule.
      const byName = (n: string) =>
        register.activities.find((a: { name: string }) => a.name.startsWith(n)) as { retention: string };
      expect(byName('Wolontariat').retention).toMatch(/^6 lat od końca roku kalendarzowego/);
      expect(byName('Wolontariat').retention).toContain('do potwierdzenia');
      expect(byName('Sprzedaż usług').retention).toMatch(/^5 lat .*ustawa o rachunkowości, art\. 74/i);
      expect(byName('Pomoc rzeczowa').retention).toMatch(/^5 lat/);
      expect(byName('Zapytania o usługi').retention).toMatch(/^1 rok/);
      expect(byName('Działania dla osób bezrobotnych').retention).toMatch(/^10 lat/);
      expect((await c.INSTRUCTOR.get('/api/v1/privacy/processing-register')).statusCode).toBe(403);
      const pdf = await c.ADMIN.get('/api/v1/privacy/processing-register.pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    describe('breach support: who read whose sensitive data', () => {
      it("answers who read this person's sensitive data between dates, and what one account read", async () => {
        await c.SOCIAL_WORKER.get(`/api/v1/participants/${participantId}`);
        await c.DIRECTOR.get(`/api/v1/participants/${participantId}`);
        await c.DIRECTOR.get(`/api/v1/participants/${participantId}/pathway`);

        const byPerson = (
          await c.DIRECTOR.get(`/api/v1/privacy/access-log?participantId=${participantId}`)
        ).json();
        const emails = byPerson.items.map((i: { actorEmail: string }) => i.actorEmail);
        expect(new Set(emails)).toEqual(
          new Set([
            (await c.SOCIAL_WORKER.get('/api/v1/me')).json().user.email,
            (await c.DIRECTOR.get('/api/v1/me')).json().user.email,
          ]),
        );
        expect(byPerson.items[0]).toMatchObject({
          participantName: 'Henryk Kopiowy',
          what: 'odczyt danych szczególnych kategorii w karcie uczestnika',
        });
        expect(byPerson.items[0].fields).toContain('grupy z art. 1 ust. 2');

        const byAccount = (await c.DIRECTOR.get(`/api/v1/privacy/access-log?actorUserId=${workerId}`)).json();
        expect(byAccount.items).toHaveLength(1);
        expect(byAccount.items[0].participantId).toBe(participantId);

        const past = (
          await c.DIRECTOR.get(
            `/api/v1/privacy/access-log?participantId=${participantId}&from=2020-01-01&to=2020-12-31`,
          )
        ).json();
        expect(past.items).toHaveLength(0);
      });

      it('exports the answer as CSV for Excel', async () => {
        const csv = await c.DIRECTOR.get(
          `/api/v1/privacy/access-log?participantId=${participantId}&format=csv`,
        );
        expect(csv.statusCode).toBe(200);
        expect(csv.headers['content-type']).toContain('text/csv');
        const text = csv.rawPayload.toString('utf8');
        expect(text.startsWith('\uFEFFCzas;Konto;Czynność;Uczestnik;Zakres danych;Adres IP')).toBe(true);
        expect(text).toContain('Henryk Kopiowy');
      });

      it(
        'finds the reads by surname or PESEL and by account e-mail, with dates ' +
          'and pages, and exports them as XLSX',
        async () => {
          const workerEmail = (await c.SOCIAL_WORKER.get('/api/v1/me')).json().user.email as string;
          for (let i = 0; i < 3; i++) await c.SOCIAL_WORKER.get(`/api/v1/participants/${participantId}`);
          const all = (
            await c.DIRECTOR.get(`/api/v1/privacy/access-log?participantId=${participantId}`)
          ).json();
          const bySurname = (await c.DIRECTOR.get('/api/v1/privacy/access-log?person=kopiOW')).json();
          expect(bySurname.total).toBe(all.total);
          expect(
            bySurname.items.every((i: { participantName: string }) => i.participantName === 'Henryk Kopiowy'),
          ).toBe(true);
          const byPesel = (await c.DIRECTOR.get('/api/v1/privacy/access-log?person=44051401359')).json();
          expect(byPesel.total).toBe(all.total);
          expect(
            (await c.DIRECTOR.get('/api/v1/privacy/access-log?person=Nieistniejący')).json(),
          ).toMatchObject({
            items: [],
            total: 0,
          });
          // Another centre's director finds nothing of this centre's person.
          expect((await other.get('/api/v1/privacy/access-log?person=Kopiowy')).json().total).toBe(0);

          const byAccount = (
            await c.DIRECTOR.get(
              `/api/v1/privacy/access-log?account=${encodeURIComponent(workerEmail.slice(0, 12))}`,
            )
          ).json();
          const workerReads = byAccount.items.filter(
            (i: { actorEmail: string }) => i.actorEmail === workerEmail,
          );
          expect(workerReads.length).toBe(byAccount.total);
          expect(byAccount.total).toBeGreaterThanOrEqual(4);
          const byName = (await c.DIRECTOR.get('/api/v1/privacy/access-log?account=Test%20SOCIAL')).json();
          expect(byName.total).toBe(byAccount.total);

          // Pages of 2: every entry once, in time order, the last page short.
          const pages: { occurredAt: string }[][] = [];
          for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
            const r = (
              await c.DIRECTOR.get(`/api/v1/privacy/access-log?person=Kopiowy&pageSize=2&page=${page}`)
            ).json();
            expect(r).toMatchObject({ page, pageSize: 2, total: all.total });
            pages.push(r.items);
          }
          expect(pages.flat().map((i) => i.occurredAt)).toEqual(
            all.items.map((i: { occurredAt: string }) => i.occurredAt),
          );
          const beyond = (
            await c.DIRECTOR.get('/api/v1/privacy/access-log?person=Kopiowy&pageSize=2&page=99')
          ).json();
          expect(beyond).toMatchObject({ items: [], total: all.total });
          const bad = await c.DIRECTOR.get('/api/v1/privacy/access-log?person=K&pageSize=0');
          expect(bad.statusCode).toBe(400);
          expect(
            bad
              .json()
              .error.details.fields.map((f: { path: string }) => f.path)
              .sort(),
          ).toEqual(['pageSize', 'person']);
          const none = (
            await c.DIRECTOR.get('/api/v1/privacy/access-log?person=Kopiowy&from=2020-01-01&to=2020-12-31')
          ).json();
          expect(none.total).toBe(0);

          const xlsx = await c.DIRECTOR.get('/api/v1/privacy/access-log?person=Kopiowy&format=xlsx');
          expect(xlsx.statusCode).toBe(200);
          expect(xlsx.headers['content-type']).toContain('spreadsheetml');
          const ExcelJS = (await import('exceljs')).default;
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(xlsx.rawPayload as never);
          const sheet = book.worksheets[0]!;
          expect(sheet.name).toBe('Odczyty danych wrażliwych');
          const cells = (r: number) =>
            (sheet.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ''));
          expect(cells(1)).toEqual(['Czas', 'Konto', 'Czynność', 'Uczestnik', 'Zakres danych', 'Adres IP']);
          expect(sheet.rowCount).toBe(1 + all.total);
          const rows = Array.from({ length: all.total }, (_, i) => cells(i + 2));
          expect(rows.every((r) => r[3] === 'Henryk Kopiowy')).toBe(true);
          expect(rows.filter((r) => r[1] === workerEmail).length).toBe(
            all.items.filter((i: { actorEmail: string }) => i.actorEmail === workerEmail).length,
          );
          // Times in Polish time, as on screen: the first row is the first read.
          const first = new Intl.DateTimeFormat('pl-PL', {
            timeZone: 'Europe/Warsaw',
            dateStyle: 'short',
            timeStyle: 'medium',
          }).format(new Date(all.items[0].occurredAt));
          expect(rows[0]![0]).toBe(first);
          expect(rows[0]![2]).toBe(all.items[0].what);
        },
      );

      it(
        'logs that a search was made (who, when, the kinds of filter, the dates) ' +
          'but never the term typed',
        async () => {
          await c.DIRECTOR.get('/api/v1/privacy/access-log?person=44051401359&from=2026-01-01&to=2026-12-31');
          await c.DIRECTOR.get('/api/v1/privacy/access-log?person=Kopiowy');
          await c.DIRECTOR.get('/api/v1/privacy/access-log?account=Test%20SOCIAL&format=csv');
          const directorId = (await c.DIRECTOR.get('/api/v1/me')).json().user.id;
          const entries = await h.deps.db
            .selectFrom('audit_log')
            .where('action', '=', 'privacy.access_log_query')
            .select(['actor_user_id', 'occurred_at', 'details'])
            .orderBy('id', 'desc')
            .limit(3)
            .execute();
          const details = entries.map((e) =>
            typeof e.details === 'string' ? JSON.parse(e.details) : (e.details as Record<string, unknown>),
          );
          expect(entries.every((e) => e.actor_user_id === directorId && e.occurred_at)).toBe(true);
          expect(details[2]).toMatchObject({
            filters: ['person', 'from', 'to'],
            from: '2026-01-01',
            to: '2026-12-31',
          });
          expect(details[1]).toMatchObject({ filters: ['person'], from: null, to: null });
          expect(details[0]).toMatchObject({ filters: ['account'], format: 'csv' });
          const text = JSON.stringify(details).toLowerCase();
          for (const term of ['44051401359', 'kopiowy', 'test social']) expect(text).not.toContain(term);
          // No entry of the search at all keeps a raw term.
          const all = await h.deps.db
            .selectFrom('audit_log')
            .where('action', '=', 'privacy.access_log_query')
            .select('details')
            .execute();
          expect(JSON.stringify(all).toLowerCase()).not.toContain('kopiow');
        },
      );

      it('needs a person or an account, known in the centre; only the director and the administrator ask', async () => {
        const none = await c.DIRECTOR.get('/api/v1/privacy/access-log');
        expect(none.statusCode).toBe(400);
        expect(none.json().error.details.fields[0].path).toBe('participantId');
        const unknown = await c.DIRECTOR.get(`/api/v1/privacy/access-log?participantId=${MISSING}`);
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().error.details.fields[0]).toMatchObject({
          path: 'participantId',
          code: 'NOT_FOUND',
        });
        const foreign = await other.get(`/api/v1/privacy/access-log?participantId=${participantId}`);
        expect(foreign.statusCode).toBe(400);
        const reversed = await c.DIRECTOR.get(
          `/api/v1/privacy/access-log?participantId=${participantId}&from=2026-02-01&to=2026-01-01`,
        );
        expect(reversed.json().error.details.fields[0].path).toBe('to');
        expect(
          (await c.SOCIAL_WORKER.get(`/api/v1/privacy/access-log?actorUserId=${workerId}`)).statusCode,
        ).toBe(403);
      });
    });

    describe("the person's own copy (GDPR art. 15)", () => {
      it('gives the director everything held as JSON and as a PDF, and logs each copy', async () => {
        const before = await auditCount('participant.subject_copy');
        const json = await c.DIRECTOR.get(`/api/v1/privacy/participants/${participantId}/copy.json`);
        expect(json.statusCode).toBe(200);
        const copy = json.json();
        expect(copy.participant).toMatchObject({
          pesel: '44051401359',
          first_name: 'Henryk',
          informed_on: '2026-01-07',
        });
        expect(copy.referrals).toHaveLength(1);
        expect(copy.referrals[0].referring_body).toBe('Miejski Ośrodek Pomocy Społecznej w Bolesławcu');
        expect(copy.sensitiveDataReads.length).toBeGreaterThan(0);
        expect(copy.participant.name_key).toBeUndefined();

        const pdf = await c.DIRECTOR.get(`/api/v1/privacy/participants/${participantId}/copy.pdf`);
        expect(pdf.statusCode).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(await auditCount('participant.subject_copy')).toBe(before + 2);
        // The copy is itself a read of the sensitive parts: the access log shows it.
        const log = (
          await c.DIRECTOR.get(`/api/v1/privacy/access-log?participantId=${participantId}`)
        ).json();
        expect(log.items.some((i: { what: string }) => i.what.includes('kopii danych'))).toBe(true);
      });

      it('refuses an unknown person with 404 and writes nothing; only the director makes a copy', async () => {
        const before = await auditCount('participant.subject_copy');
        const unknown = await c.DIRECTOR.get(`/api/v1/privacy/participants/${MISSING}/copy.json`);
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json().error.message).toBe('Nie znaleziono.');
        expect((await other.get(`/api/v1/privacy/participants/${participantId}/copy.pdf`)).statusCode).toBe(
          404,
        );
        expect(
          (await c.SOCIAL_WORKER.get(`/api/v1/privacy/participants/${participantId}/copy.json`)).statusCode,
        ).toBe(403);
        expect((await c.DIRECTOR.get('/api/v1/privacy/participants/nie-uuid/copy.json')).statusCode).toBe(
          400,
        );
        expect(await auditCount('participant.subject_copy')).toBe(before);
      });
    });
  },
);
