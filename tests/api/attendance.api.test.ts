import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, createApiHarness, type ApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi } from '../factories/pathway.factory';
import { pdfChecksEnabled } from '../support/env';
import { readBack } from '../reports/pdf-readback';

const MAY = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'];

describe.each(testEngines())('class programme and attendance register on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let workshopId: string;
  let otherWorkshopId: string;
  let person: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Kuchnia',
        type: 'GASTRONOMY',
        instructorIds: [instructorId],
      })
    ).json().id;
    otherWorkshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', { name: 'Sprzątanie', type: 'CLEANING' })
    ).json().id;
    person = (await admitThroughApi(c.DIRECTOR)).id;
    expect(
      (
        await c.SOCIAL_WORKER.post(`/api/v1/workshops/${workshopId}/assignments`, {
          participantId: person,
          fromDate: '2026-02-02',
        })
      ).statusCode,
    ).toBe(201);
  });
  afterAll(() => h.close());

  const day = (date: string, status = 'present', extra: Record<string, unknown> = {}) => ({
    participantId: person,
    date,
    status,
    version: null,
    ...extra,
  });
  const save = (client: ApiClient, entries: unknown[], month = '2026-05') =>
    client.request('PUT', '/api/v1/attendance', { workshopId, month, entries });
  const fields = (r: { json(): any }) =>
    r.json().error.details.fields as { path: string; code: string; message: string }[];

  it(
    'builds the month from the weekday pattern with Polish public holidays ' +
      'as no classes; the director approves it',
    async () => {
      const draft = (
        await c.INSTRUCTOR.get(`/api/v1/workshops/${workshopId}/class-programmes/2026-05`)
      ).json();
      expect(draft).toMatchObject({ status: 'NEW', classDays: 20, totalHours: 140 });
      expect(draft.days.find((d: { date: string }) => d.date === '2026-05-01')).toMatchObject({
        hours: 0,
        holiday: expect.stringContaining('Święto Pracy'),
      });
      const saved = await c.INSTRUCTOR.request(
        'PUT',
        `/api/v1/workshops/${workshopId}/class-programmes/2026-05`,
        { weekdayHours: [7, 7, 7, 7, 6, 0, 0], dayHours: { '2026-05-15': 0 }, version: null },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ status: 'DRAFT', classDays: 19 });
      expect(
        (
          await c.INSTRUCTOR.post(`/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`, {
            version: saved.json().version,
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await c.INSTRUCTOR.request('PUT', `/api/v1/workshops/${otherWorkshopId}/class-programmes/2026-05`, {
            weekdayHours: [7, 7, 7, 7, 7, 0, 0],
            version: null,
          })
        ).statusCode,
      ).toBe(403);
      const approved = await c.DIRECTOR.post(
        `/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`,
        { version: saved.json().version },
      );
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().status).toBe('APPROVED');
    },
  );

  it('records a week in one request and shows counts and the benefit preview', async () => {
    const r = await save(
      c.INSTRUCTOR,
      MAY.map((d) => day(d, 'present', { meal: true })),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ saved: 5, warnings: [] });
    const grid = (await c.INSTRUCTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
    const row = grid.participants.find((p: { participantId: string }) => p.participantId === person);
    expect(row.counts.present).toBe(5);
    expect(row.meals).toBe(5);
    expect(row.entries['2026-05-04']).toMatchObject({ status: 'present', hours: 7, version: 1 });
    expect(row.benefit.total).toBeGreaterThan(0);
    expect(row.benefit.explanation.join('\n')).toMatch(/art\. 15/);
  });

  it('refuses a bad batch as a whole, naming each problem in Polish', async () => {
    const r = await save(c.INSTRUCTOR, [
      day('2026-05-11'),
      day('2026-05-12', 'sick'),
      day('2026-05-13', 'present', { hours: 9 }),
      day('2026-05-14', 'unexcused', { meal: true }),
      day('2026-06-01'),
    ]);
    expect(r.statusCode).toBe(400);
    expect(fields(r).map((f) => [f.path, f.code])).toEqual(
      expect.arrayContaining([
        ['entries.1.sickNote.number', 'ATTENDANCE_SICK_NOTE_REQUIRED'],
        ['entries.2.hours', 'ATTENDANCE_HOURS_ABOVE_DAILY_LIMIT'],
        ['entries.3.meal', 'MEAL_ONLY_WHEN_PRESENT'],
        ['entries.4.date', 'ATTENDANCE_DATE_OUTSIDE_MONTH'],
      ]),
    );
    expect(fields(r).every((f) => /^[A-ZŁŚŻ]/.test(f.message) || f.message.includes(':'))).toBe(true);
    const grid = (await c.INSTRUCTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
    expect(grid.participants[0].entries['2026-05-11']).toBeUndefined();
    const unknown = await save(c.INSTRUCTOR, [day('2026-05-11', 'holiday')]);
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)[0]).toMatchObject({ path: 'entries.0.status' });
  });

  it('refuses a day outside the participation and a person of another workshop', async () => {
    const before = await save(c.INSTRUCTOR, [day('2026-01-30', 'day_off')], '2026-01');
    expect(fields(before)[0]).toMatchObject({ code: 'ATTENDANCE_UNKNOWN_PARTICIPANT' });
    const notMine = await c.INSTRUCTOR.request('PUT', '/api/v1/attendance', {
      workshopId: otherWorkshopId,
      month: '2026-05',
      entries: [day('2026-05-11')],
    });
    expect(notMine.statusCode).toBe(403);
  });

  it(
    'records nothing before the month’s programme exists, and no day after ' +
      'today (Polish time) but a day off',
    async () => {
      const noProgramme = await save(c.INSTRUCTOR, [day('2026-06-01')], '2026-06');
      expect(noProgramme.statusCode).toBe(409);
      expect(noProgramme.json().error).toMatchObject({
        code: 'CLASS_PROGRAMME_MISSING',
        message: expect.stringContaining('program zajęć'),
      });
      const realNow = h.deps.now;
      // 23:30 in Warsaw on 12 May is still 21:30 UTC the same day; 00:30 on 13 May is 22:30 UTC on the 12th.
      h.deps.now = () => new Date('2026-05-12T21:30:00Z');
      try {
        const future = await save(c.DIRECTOR, [
          day('2026-05-13'),
          day('2026-05-14', 'sick'),
          day('2026-05-12'),
        ]);
        expect(future.statusCode).toBe(400);
        expect(fields(future).map((f) => [f.path, f.code])).toEqual(
          expect.arrayContaining([
            ['entries.0.date', 'FUTURE_DAY'],
            ['entries.1.date', 'FUTURE_DAY'],
          ]),
        );
        expect(fields(future).some((f) => f.path.startsWith('entries.2.date'))).toBe(false);
        const name = (await c.DIRECTOR.get(`/api/v1/participants/${person}`)).json();
        const who = `${name.lastName} ${name.firstName}`;
        expect(fields(future).find((f) => f.path === 'entries.0.date')!.message).toContain(
          `${who}, 13.05.2026:`,
        );
        expect(fields(future).find((f) => f.path === 'entries.1.date')!.message).toContain(
          `${who}, 14.05.2026:`,
        );
        h.deps.now = () => new Date('2026-05-12T22:30:00Z');
        const next = await save(c.DIRECTOR, [day('2026-05-14'), day('2026-05-13', 'day_off')]);
        expect(fields(next).map((f) => [f.path, f.code])).toEqual([['entries.0.date', 'FUTURE_DAY']]);
        expect((await save(c.DIRECTOR, [day('2026-05-25', 'day_off')])).statusCode).toBe(200);
      } finally {
        h.deps.now = realNow;
      }
    },
  );

  it('names the person and the day in every message of a failed batch', async () => {
    const r = await save(c.INSTRUCTOR, [day('2026-05-12', 'sick'), day('2026-05-13', 'sick')]);
    expect(r.statusCode).toBe(400);
    const all = fields(r);
    const first = all.filter((f) => f.path.startsWith('entries.0.')).map((f) => f.message);
    const second = all.filter((f) => f.path.startsWith('entries.1.')).map((f) => f.message);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((m) => /^\S+ \S+, 12\.05\.2026: /.test(m))).toBe(true);
    expect(second.every((m) => /^\S+ \S+, 13\.05\.2026: /.test(m))).toBe(true);
    expect(new Set(all.map((f) => f.message)).size).toBe(all.length);
  });

  it('records a sick day with the doctor’s note', async () => {
    const r = await save(c.INSTRUCTOR, [
      day('2026-05-11', 'sick', {
        sickNote: { number: 'ZLA 1234567', from: '2026-05-11', to: '2026-05-12' },
      }),
    ]);
    expect(r.statusCode, r.body).toBe(200);
    const grid = (await c.INSTRUCTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
    expect(grid.participants[0].entries['2026-05-11']).toMatchObject({
      status: 'sick',
      sickNote: { number: 'ZLA 1234567', from: '2026-05-11', to: '2026-05-12' },
    });
  });

  it('never loses an update: the second writer of the same day gets the current value and decides', async () => {
    const first = await save(c.INSTRUCTOR, [day('2026-05-18')]);
    expect(first.statusCode, first.body).toBe(200);
    const second = await save(c.SOCIAL_WORKER, [day('2026-05-18', 'unexcused')]);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details.conflicts).toEqual([
      {
        participantId: person,
        date: '2026-05-18',
        yourVersion: null,
        current: expect.objectContaining({ status: 'present', version: 1 }),
      },
    ]);
    const decided = await save(c.SOCIAL_WORKER, [day('2026-05-18', 'unexcused', { version: 1 })]);
    expect(decided.statusCode, decided.body).toBe(200);
  });

  it('two concurrent writers: exactly one wins, the other sees a conflict', async () => {
    const [a, b] = await Promise.all([
      save(c.INSTRUCTOR, [day('2026-05-19')]),
      save(c.SOCIAL_WORKER, [day('2026-05-19', 'excused')]),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it(
    'a day off waits for the director; the month locks only with the programme ' +
      'approved, then is read-only until reopened with a reason',
    async () => {
      expect(
        (await save(c.INSTRUCTOR, [day('2026-05-20', 'day_off', { dayOffApproved: true })])).json().error
          .details.fields[0].code,
      ).toBe('DIRECTOR_ONLY');
      expect((await save(c.INSTRUCTOR, [day('2026-05-20', 'day_off')])).statusCode).toBe(200);
      expect(
        (await c.INSTRUCTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' })).statusCode,
      ).toBe(403);
      const pending = await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' });
      expect(pending.statusCode).toBe(409);
      expect(pending.json().error.message).toContain('Dni wolne');
      expect(
        (await save(c.DIRECTOR, [day('2026-05-20', 'day_off', { dayOffApproved: true, version: 1 })]))
          .statusCode,
      ).toBe(200);
      expect(
        (await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-04' })).json().error
          .message,
      ).toContain('art. 14 ust. 1a');
      const blank = await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' });
      expect(blank.statusCode).toBe(409);
      expect(blank.json().error.code).toBe('ATTENDANCE_DAYS_MISSING');
      const missing = blank.json().error.details.missing.map((m: { date: string }) => m.date);
      expect(missing).toContain('2026-05-21');
      expect(missing).not.toContain('2026-05-15'); // no classes that day in the programme
      expect(missing).not.toContain('2026-05-04'); // recorded
      expect(blank.json().error.message).toMatch(/: .*21\.05/);
      const grid = (await c.DIRECTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
      expect(grid.participants[0].missingDays).toEqual(missing);
      const realNow = h.deps.now;
      try {
        // 29 May (Friday) is the last class day: on it the month cannot be locked; from 30 May in Warsaw it can.
        h.deps.now = () => new Date('2026-05-29T21:59:00Z');
        const early = await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' });
        expect(early.json().error).toMatchObject({
          code: 'ATTENDANCE_MONTH_NOT_OVER',
          message: expect.stringContaining('29.05.2026'),
        });
        h.deps.now = () => new Date('2026-05-29T22:01:00Z');
        expect(
          (await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' })).json().error
            .code,
        ).toBe('ATTENDANCE_DAYS_MISSING');
      } finally {
        h.deps.now = realNow;
      }
      const fill = await save(
        c.DIRECTOR,
        missing.map((date: string) => day(date, 'present')),
      );
      expect(fill.statusCode, fill.body.slice(0, 600)).toBe(200);
      const lock = await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' });
      expect(lock.statusCode, lock.body).toBe(200);
      const locked = await save(c.INSTRUCTOR, [day('2026-05-21')]);
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error.message).toContain('zamknięty');
      expect(
        (await c.DIRECTOR.post('/api/v1/attendance/reopen', { workshopId, month: '2026-05' })).statusCode,
      ).toBe(400);
      expect(
        (
          await c.DIRECTOR.post('/api/v1/attendance/reopen', {
            workshopId,
            month: '2026-05',
            reason: 'Spóźnione zwolnienie lekarskie.',
          })
        ).statusCode,
      ).toBe(200);
      expect((await save(c.INSTRUCTOR, [day('2026-05-21', 'excused', { version: 1 })])).statusCode).toBe(200);
      const audit = (await c.DIRECTOR.get('/api/v1/audit?action=attendance.reopen')).json();
      expect(audit.items[0].details).toMatchObject({
        month: '2026-05',
        reason: 'Spóźnione zwolnienie lekarskie.',
      });
    },
  );

  it('shows nothing to another centre', async () => {
    expect((await other.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await other.request('PUT', '/api/v1/attendance', {
          workshopId,
          month: '2026-05',
          entries: [day('2026-05-22')],
        })
      ).statusCode,
    ).toBe(404);
    expect((await other.get(`/api/v1/workshops/${workshopId}/class-programmes/2026-05`)).statusCode).toBe(
      404,
    );
  });

  it(
    'prints any day of the month and the card, dated the day they are made, ' +
      'without "warsztat Warsztat" or "→"',
    async () => {
      const ws = (await c.DIRECTOR.get('/api/v1/workshops'))
        .json()
        .items.find((w: { id: string }) => w.id === workshopId);
      const renamed = await c.DIRECTOR.patch(`/api/v1/workshops/${workshopId}`, {
        name: 'Warsztat kulinarny',
        version: ws.version,
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      const realNow = h.deps.now;
      h.deps.now = () => new Date('2026-06-03T10:00:00Z');
      try {
        const daily = await c.INSTRUCTOR.get(
          `/api/v1/attendance/daily-list.pdf?workshopId=${workshopId}&date=2026-05-11`,
        );
        expect(daily.statusCode).toBe(200);
        const card = await c.DIRECTOR.get(
          `/api/v1/attendance/card.pdf?workshopId=${workshopId}&month=2026-05&participantId=${person}`,
        );
        expect(card.statusCode).toBe(200);
        if (!pdfChecksEnabled) return;
        const dailyText = readBack('daily-list', daily.rawPayload).text;
        expect(dailyText).toContain('11 maja 2026');
        expect(dailyText).toContain('03.06.2026'); // printed on 3 June, for 11 May
        const cardText = readBack('card', card.rawPayload).text;
        expect(cardText).toContain('03.06.2026');
        expect(cardText).not.toContain('01.05.2026,');
        for (const text of [dailyText, cardText]) {
          expect(text).toContain('Warsztat kulinarny');
          expect(text.toLowerCase()).not.toContain('warsztat warsztat');
          expect(text).not.toMatch(/→|≈|\d,\d{3} zł|numer ustępu niepotwierdzony|\[[MUV]2?\]/);
        }
      } finally {
        h.deps.now = realNow;
      }
    },
  );
});
