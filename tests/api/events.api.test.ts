import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { insertPartner } from '../factories/partner.factory';
import { bodyText, readBack } from '../reports/pdf-readback';

const course = {
  kind: 'PARTICIPANT_TRAINING_EXTERNAL',
  title: 'Opiekun seniora',
  programme: 'Podstawy opieki nad osobą starszą, pierwsza pomoc, komunikacja.',
  place: 'sala nr 2, ul. Piotrkowska 100',
  startsOn: '2026-03-02',
  endsOn: '2026-03-04',
  capacity: 12,
};
const sessions = [
  { heldOn: '2026-03-02', startsAt: '09:00', endsAt: '15:00', topic: 'Potrzeby osoby starszej' },
  { heldOn: '2026-03-03', startsAt: '09:00', endsAt: '15:00', topic: 'Pierwsza pomoc przedmedyczna' },
  { heldOn: '2026-03-04', startsAt: '09:00', endsAt: '15:00', topic: 'Komunikacja i higiena' },
];

describe.each(testEngines())('events and courses on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let school: { id: string; name: string };
  let eventId: string;
  const participants: string[] = [];

  const count = async (table: 'events' | 'event_sessions' | 'event_registrations' | 'event_persons') =>
    Number(
      (
        await h.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    school = await insertPartner(h.deps.db, centreId, {
      kind: 'TRAINING_PROVIDER',
      name: 'Szkoła Opieki „Gaja”',
    });
    for (let i = 0; i < 10; i++)
      participants.push(
        (
          await c.DIRECTOR.post('/api/v1/participants', {
            firstName: 'Anna',
            lastName: `Kursantka${String.fromCharCode(65 + i)}`,
            birthDate: '1980-01-01',
            sex: 'F',
          })
        ).json().id,
      );
  });
  afterAll(() => h.close());

  it('refuses bad input with Polish messages at the fields and writes nothing', async () => {
    const bad = await c.DIRECTOR.post('/api/v1/events', { ...course, endsOn: '2026-02-30', capacity: 0 });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['capacity', 'endsOn']);
    expect(fields.find((f) => f.path === 'endsOn')!.message).toBe('Taki dzień nie istnieje w kalendarzu.');

    const noProvider = await c.DIRECTOR.post('/api/v1/events', { ...course, endsOn: '2026-03-01' });
    expect(noProvider.statusCode).toBe(400);
    expect(noProvider.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'endsOn',
      'organiserPartnerId',
    ]);
    const foreign = await insertPartner(
      h.deps.db,
      (
        await h.deps.db
          .selectFrom('centres')
          .select('id')
          .where('id', '<>', centreId)
          .executeTakeFirstOrThrow()
      ).id,
    );
    const foreignPartner = await c.DIRECTOR.post('/api/v1/events', {
      ...course,
      organiserPartnerId: foreign.id,
    });
    expect(foreignPartner.json().error.details.fields[0].message).toBe(
      'Nie ma takiego partnera w rejestrze centrum.',
    );
    expect(await count('events')).toBe(0);
  });

  it('creates the course with sessions; a session outside its dates is refused', async () => {
    const created = await c.SOCIAL_WORKER.post('/api/v1/events', {
      ...course,
      organiserPartnerId: school.id,
    });
    expect(created.statusCode).toBe(201);
    eventId = created.json().id;
    expect(created.json().organiserName).toBe('Szkoła Opieki „Gaja”');

    const outside = await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/sessions`, {
      ...sessions[0],
      heldOn: '2026-03-05',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields).toEqual([
      {
        path: 'heldOn',
        code: 'OUTSIDE_EVENT_DATES',
        message: 'Zajęcia muszą się odbyć w terminie wydarzenia (2026-03-02 – 2026-03-04).',
      },
    ]);
    expect(await count('event_sessions')).toBe(0);
    for (const s of sessions)
      expect((await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/sessions`, s)).statusCode).toBe(200);
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    expect(detail.plannedMinutes).toBe(18 * 60);
    expect((await other.get(`/api/v1/events/${eventId}`)).statusCode).toBe(404);
    expect((await c.ACCOUNTANT.post(`/api/v1/events/${eventId}/sessions`, sessions[0])).statusCode).toBe(403);
  });

  it('registers 10 participants and 2 seniors; the 13th is refused when full, with nothing written', async () => {
    for (const participantId of participants)
      expect(
        (
          await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
            kind: 'PARTICIPANT',
            participantId,
          })
        ).statusCode,
      ).toBe(200);
    for (const fullName of ['Helena Senior', 'Józef Senior'])
      await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
        kind: 'PERSON',
        person: { fullName, phone: '600 100 200', birthYear: 1950, consentOn: '2026-02-20' },
      });
    const again = await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
      kind: 'PARTICIPANT',
      participantId: participants[0],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_REGISTERED');

    const [registrations, persons] = [await count('event_registrations'), await count('event_persons')];
    const full = await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
      kind: 'PERSON',
      person: { fullName: 'Trzynasta Osoba', consentOn: '2026-02-20' },
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('EVENT_FULL');
    expect(full.json().error.message).toContain('nie prowadzi listy rezerwowej');
    expect([await count('event_registrations'), await count('event_persons')]).toEqual([
      registrations,
      persons,
    ]);

    const noConsent = await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
      kind: 'PERSON',
      person: { fullName: 'Bez Zgody' },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details.fields[0].path).toBe('person.consentOn');
    expect((await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json().registeredCount).toBe(12);
  });

  it('puts a registration over the capacity on the waiting list when the event keeps one', async () => {
    const talk = (
      await c.DIRECTOR.post('/api/v1/events', {
        kind: 'SENIOR_CLUB_MEETING',
        title: 'Zdrowe odżywianie',
        startsOn: '2026-05-05',
        endsOn: '2026-05-05',
        capacity: 1,
        waitingList: true,
      })
    ).json();
    await c.DIRECTOR.post(`/api/v1/events/${talk.id}/registrations`, {
      kind: 'GUEST',
      guestName: 'Pierwszy Gość',
    });
    const second = (
      await c.DIRECTOR.post(`/api/v1/events/${talk.id}/registrations`, {
        kind: 'GUEST',
        guestName: 'Drugi Gość',
      })
    ).json();
    expect(second.registrations.map((r: { status: string }) => r.status)).toEqual(['REGISTERED', 'WAITING']);
    expect(second.waitingCount).toBe(1);
  });

  it('keeps attendance per session and numbers certificates for those who completed, without duplicates', async () => {
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    const ids = detail.registrations.map((r: { id: string }) => r.id) as string[];
    for (const [i, s] of detail.sessions.entries()) {
      // The last participant misses two of three days: 6 h of 18 h is below 80%.
      const entries = ids.map((registrationId, n) => ({ registrationId, present: !(n === 9 && i > 0) }));
      const saved = await c.INSTRUCTOR.request(
        'PUT',
        `/api/v1/events/${eventId}/sessions/${s.id}/attendance`,
        {
          entries,
        },
      );
      expect(saved.statusCode).toBe(200);
    }
    expect(
      (await c.INSTRUCTOR.post(`/api/v1/events/${eventId}/certificates`, { issuedOn: '2026-03-05' }))
        .statusCode,
    ).toBe(403);
    const early = await c.DIRECTOR.post(`/api/v1/events/${eventId}/certificates`, { issuedOn: '2026-03-03' });
    expect(early.json().error.details.fields[0].code).toBe('BEFORE_END');

    // Two directors press the button at the same moment: one series, no number twice, one certificate each.
    const [a, b] = await Promise.all([
      c.DIRECTOR.post(`/api/v1/events/${eventId}/certificates`, { issuedOn: '2026-03-05' }),
      c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/certificates`, { issuedOn: '2026-03-05' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const issued = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    const numbers = issued.registrations
      .map((r: { certificate: { number: string } | null }) => r.certificate?.number)
      .filter(Boolean);
    expect(numbers).toHaveLength(11);
    expect(new Set(numbers).size).toBe(11);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 11 }, (_, i) => `ZUK/2026/${String(i + 1).padStart(4, '0')}`),
    );
    expect(issued.registrations[9].completed).toBe(false);

    const helena = issued.registrations.find((r: { name: string }) => r.name === 'Helena Senior');
    const file = await c.DIRECTOR.get(
      `/api/v1/events/${eventId}/certificates/${helena.certificate.id}/certificate.pdf`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    const text = bodyText(readBack(`course-certificate-${engine}`, file.rawPayload).pages);
    expect(text).toContain(`ZAŚWIADCZENIE nr ${helena.certificate.number}`);
    expect(text).toContain('Zaświadcza się, że Helena Senior ukończył(a) szkolenie „Opiekun seniora”');
    expect(text).toContain('Organizator: Szkoła Opieki „Gaja”');
    expect(text).toContain('od 2 marca 2026 r. do 4 marca 2026 r., w wymiarze 18 h');
    expect(text).toContain('Pierwsza pomoc przedmedyczna');
    expect(text).toContain('02.03.2026');
    expect(text).not.toMatch(/PARTICIPANT|TRAINING|\[U\]|law\.md/);
  });

  it("shows the course on the participant's record", async () => {
    const items = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${participants[0]}/events`)).json().items;
    expect(items).toEqual([
      expect.objectContaining({
        title: 'Opiekun seniora',
        attendedMinutes: 1080,
        certificateNumber: expect.stringMatching(/^ZUK\/2026\//),
      }),
    ]);
    expect((await other.get(`/api/v1/participants/${participants[0]}/events`)).statusCode).toBe(404);
  });

  it('the home-page facts list upcoming events and issued certificates, without names', async () => {
    await c.DIRECTOR.post('/api/v1/events', {
      kind: 'FORUM',
      title: 'Forum ekonomii społecznej',
      startsOn: '2099-05-10',
      endsOn: '2099-05-10',
    });
    const facts = (await c.INSTRUCTOR.get('/api/v1/event-facts')).json();
    expect(facts.upcoming.map((u: { title: string }) => u.title)).toContain('Forum ekonomii społecznej');
    expect(JSON.stringify(facts)).not.toContain('Kursantka');
  });

  it('refuses attendance for a session that has not taken place yet, writing nothing', async () => {
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    const tomorrow = detail.sessions[2];
    const attendance = async () =>
      (
        await h.deps.db
          .selectFrom('event_attendance')
          .select(['registration_id', 'present'])
          .where('session_id', '=', tomorrow.id)
          .orderBy('registration_id')
          .execute()
      ).map((r) => `${r.registration_id}:${r.present}`);
    const before = await attendance();
    const realNow = h.deps.now;
    // The evening of the course's second day: the third day's attendance cannot be known yet.
    h.deps.now = () => new Date('2026-03-03T17:00:00Z');
    try {
      const res = await c.INSTRUCTOR.request(
        'PUT',
        `/api/v1/events/${eventId}/sessions/${tomorrow.id}/attendance`,
        {
          entries: detail.registrations.map((r: { id: string }) => ({
            registrationId: r.id,
            present: false,
          })),
        },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toEqual([
        {
          path: 'sessionId',
          code: 'DATE_IN_FUTURE',
          message: 'Obecność wpisuje się po zajęciach — te zajęcia odbędą się 04.03.2026.',
        },
      ]);
    } finally {
      h.deps.now = realNow;
    }
    expect(await attendance()).toEqual(before);
  });

  it('keeps a standing group with members and meetings, without the pathway', async () => {
    const group = (
      await c.SOCIAL_WORKER.post('/api/v1/groups', { name: 'Ogród Inspiracji', meetingRule: 'środy 10:00' })
    ).json();
    await c.SOCIAL_WORKER.post(`/api/v1/groups/${group.id}/members`, {
      person: { fullName: 'Stanisława Seniorka', birthYear: 1948, consentOn: '2026-01-10' },
      joinedOn: '2026-01-10',
    });
    const withTwo = (
      await c.SOCIAL_WORKER.post(`/api/v1/groups/${group.id}/members`, {
        participantId: participants[1],
        joinedOn: '2026-01-12',
      })
    ).json();
    const bad = await c.SOCIAL_WORKER.post(`/api/v1/groups/${group.id}/meetings`, {
      heldOn: '2026-01-14',
      topic: 'Zdrowe odżywianie',
      presentMemberIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.statusCode).toBe(400);
    const met = (
      await c.INSTRUCTOR.post(`/api/v1/groups/${group.id}/meetings`, {
        heldOn: '2026-01-14',
        topic: 'Zdrowe odżywianie',
        presentMemberIds: [withTwo.members[0].id],
      })
    ).json();
    expect(met.meetings).toEqual([expect.objectContaining({ topic: 'Zdrowe odżywianie', presentCount: 1 })]);
    expect((await c.DIRECTOR.get('/api/v1/groups')).json().items[0]).toMatchObject({
      memberCount: 2,
      meetingCount: 1,
    });
    expect((await other.get(`/api/v1/groups/${group.id}`)).statusCode).toBe(404);
  });
});
