import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness } from '../support/api';
import { testEngines } from '../support/db';
import { MAY_CLASS_DAYS, preparePayrollMonth } from '../factories/payroll.factory';
import { lockAttendanceMonth, upsertMonthState } from '../../src/db/attendance.repository';

const count = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => {
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

// Races fired at the real app (inject, no port); on PostgreSQL they truly run in parallel on a pool.
describe.each(testEngines())(
  'concurrent writers on %s: no lost update, no duplicate, never 500',
  (engine) => {
    let h: ApiHarness;
    let c: Record<Role, ApiClient>;
    let workshopId: string;
    let centreId: string;
    let people: { full: string; cash: string; trial: string; leaving: string };

    beforeAll(async () => {
      h = await createApiHarness(engine);
      ({ c, workshopId, people, centreId } = await preparePayrollMonth(h.app, h.deps));
    });
    afterAll(() => h.close());

    it('two first saves of the same attendance day: one 200, one 409, and the stored day is the winner', async () => {
      let lost = 0;
      for (const date of MAY_CLASS_DAYS) {
        await h.deps.db
          .deleteFrom('attendance_entries')
          .where('participant_id', '=', people.full)
          .where('date', '=', date)
          .execute();
        const put = (who: ApiClient, status: string) =>
          who.request('PUT', '/api/v1/attendance', {
            workshopId,
            month: '2026-05',
            entries: [{ participantId: people.full, date, status, version: null }],
          });
        const [a, b] = await Promise.all([put(c.DIRECTOR, 'present'), put(c.SOCIAL_WORKER, 'unexcused')]);
        if (a.statusCode === 200 && b.statusCode === 200) lost++;
        expect([a.statusCode, b.statusCode].sort(), `${date}: ${a.body} ${b.body}`).toEqual([200, 409]);
        const loser = a.statusCode === 409 ? a : b;
        expect(loser.json().error.code).toBe('VERSION_CONFLICT');
        const stored = await h.deps.db
          .selectFrom('attendance_entries')
          .select(['status', 'version'])
          .where('participant_id', '=', people.full)
          .where('date', '=', date)
          .executeTakeFirstOrThrow();
        expect(stored).toEqual({ status: a.statusCode === 200 ? 'present' : 'unexcused', version: 1 });
      }
      console.log(`${engine}: ${MAY_CLASS_DAYS.length} attendance races, ${lost} lost updates`);
    });

    it('50 simultaneous registrations of one person without PESEL make one record; the rest hear 409', async () => {
      const person = {
        firstName: 'Halina',
        lastName: 'Równoczesna',
        pesel: null,
        birthDate: '1979-03-21',
        sex: 'F',
        street: 'ul. Długa',
        buildingNo: '5',
        postalCode: '59-700',
        city: 'Bolesławiec',
        gminaCode: '0201011',
        eligibilityGroups: ['LONG_TERM_UNEMPLOYED'],
        eligibilityJustification: 'Zarejestrowana w PUP od 2023 r.',
      };
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? c.DIRECTOR : c.SOCIAL_WORKER).post('/api/v1/participants', person),
        ),
      );
      const statuses = count(answers.map((r) => r.statusCode));
      expect(statuses).toEqual({ 201: 1, 409: 49 });
      expect(new Set(answers.filter((r) => r.statusCode === 409).map((r) => r.json().error.code))).toEqual(
        new Set(['POSSIBLE_DUPLICATE']),
      );
      const { n } = await h.deps.db
        .selectFrom('participants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('last_name', '=', 'Równoczesna')
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(1);
    });

    /** The payroll's lines are one per person and kind, and its transfers sum to the list's total. */
    async function expectOneLinePerPersonAndKind() {
      const duplicates = await sql<{ n: number }>`
      select count(*)::int as n from (
        select participant_id, kind, correction_id from payroll_lines
        group by payroll_id, participant_id, kind, correction_id having count(*) > 1) d`.execute(h.deps.db);
      expect(duplicates.rows[0]!.n).toBe(0);
      const p = (await c.ACCOUNTANT.get('/api/v1/payroll/2026-05')).json();
      expect(p.lines.filter((l: { kind: string }) => l.kind === 'BENEFIT')).toHaveLength(4);
      expect(p.transfers.total + p.cash.total).toBe(p.total);
      const paid = p.lines
        .filter((l: { status: string }) => l.status === 'PAY')
        .reduce((s: number, l: { total: number }) => s + l.total, 0);
      expect(paid).toBe(p.total);
    }

    it(
      '10 simultaneous first computes of a month: at least one 200, the others ' +
        'a clean 409, one line each',
      async () => {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')),
        );
        const statuses = count(answers.map((r) => r.statusCode));
        console.log(`${engine}: 10 first computes →`, JSON.stringify(statuses));
        expect(Object.keys(statuses).filter((s) => s !== '200' && s !== '409')).toEqual([]);
        expect(statuses[200]).toBeGreaterThanOrEqual(1);
        for (const r of answers.filter((a) => a.statusCode === 409))
          expect(r.json().error.code).toBe('PAYROLL_BUSY');
        await expectOneLinePerPersonAndKind();
      },
    );

    it('10 simultaneous recomputes of an existing draft leave exactly one line per person and kind', async () => {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')),
      );
      const statuses = count(answers.map((r) => r.statusCode));
      console.log(`${engine}: 10 recomputes →`, JSON.stringify(statuses));
      expect(Object.keys(statuses).filter((s) => s !== '200' && s !== '409')).toEqual([]);
      expect(statuses[200]).toBeGreaterThanOrEqual(1);
      await expectOneLinePerPersonAndKind();
    });

    it('the database itself refuses a second benefit line for one person in one payroll', async () => {
      const line = await h.deps.db
        .selectFrom('payroll_lines')
        .selectAll()
        .where('participant_id', '=', people.full)
        .where('kind', '=', 'BENEFIT')
        .executeTakeFirstOrThrow();
      const { id: _id, ...copy } = line;
      await expect(
        h.deps.db
          .insertInto('payroll_lines')
          .values({ ...copy, inputs: JSON.stringify(copy.inputs) })
          .execute(),
      ).rejects.toMatchObject({ code: '23505' });
    });

    it('a save racing the month lock never lands in the locked month', async () => {
      const date = MAY_CLASS_DAYS[1]!;
      const before = await h.deps.db
        .selectFrom('attendance_entries')
        .selectAll()
        .where('participant_id', '=', people.full)
        .where('date', '=', date)
        .executeTakeFirstOrThrow();
      let save: Promise<{ statusCode: number; body: string }> | undefined;
      // Stands in for the director's lock while it runs: holds the month, marks it locked, commits later.
      await h.deps.db.transaction().execute(async (trx) => {
        await lockAttendanceMonth(trx, workshopId, '2026-05', 'exclusive');
        await upsertMonthState(trx, {
          centre_id: centreId,
          workshop_id: workshopId,
          month: '2026-05',
          status: 'LOCKED',
          locked_at: new Date(),
        });
        save = c.SOCIAL_WORKER.request('PUT', '/api/v1/attendance', {
          workshopId,
          month: '2026-05',
          entries: [{ participantId: people.full, date, status: 'unexcused', version: before.version }],
        });
        await new Promise((r) => setTimeout(r, 300));
      });
      const answer = await save!;
      expect(answer.statusCode, answer.body).toBe(409);
      expect(answer.body).toContain('zamknięty');
      const after = await h.deps.db
        .selectFrom('attendance_entries')
        .selectAll()
        .where('participant_id', '=', people.full)
        .where('date', '=', date)
        .executeTakeFirstOrThrow();
      expect(after.status).toBe(before.status);
    });
  },
);
