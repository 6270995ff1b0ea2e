import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { insertPartner } from '../factories/partner.factory';

// One small year of a centre, built through the API, and the figures its annual report gets — each expected
// value counted by hand from the set-up below.
describe.each(testEngines())('the year in figures (events, groups, volunteers, in-kind) on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    let centreId: string;
    ({ other, centreId } = await signInEveryRole(h, c));
    const d = c.DIRECTOR;
    const dps = await insertPartner(h.deps.db, centreId, { kind: 'DPS', name: 'DPS „Jesień”' });

    // A course in March 2026: 2 sessions; 2 participants and 1 senior; one participant comes only once.
    const people = [];
    for (const lastName of ['Kowalska', 'Nowak'])
      people.push(
        (
          await d.post('/api/v1/participants', {
            firstName: 'Ewa',
            lastName,
            birthDate: '1980-01-01',
            sex: 'F',
          })
        ).json().id,
      );
    const course = (
      await d.post('/api/v1/events', {
        kind: 'PARTICIPANT_TRAINING_OWN',
        title: 'Obsługa komputera',
        startsOn: '2026-03-02',
        endsOn: '2026-03-03',
      })
    ).json().id;
    for (const heldOn of ['2026-03-02', '2026-03-03'])
      await d.post(`/api/v1/events/${course}/sessions`, {
        heldOn,
        startsAt: '10:00',
        endsAt: '12:00',
        topic: 'Zajęcia',
      });
    for (const participantId of people)
      await d.post(`/api/v1/events/${course}/registrations`, { kind: 'PARTICIPANT', participantId });
    await d.post(`/api/v1/events/${course}/registrations`, {
      kind: 'PERSON',
      person: { fullName: 'Helena Senior', consentOn: '2026-02-20' },
    });
    const detail = (await d.get(`/api/v1/events/${course}`)).json();
    for (const [i, s] of detail.sessions.entries())
      await d.request('PUT', `/api/v1/events/${course}/sessions/${s.id}/attendance`, {
        entries: detail.registrations.map((r: { id: string }, n: number) => ({
          registrationId: r.id,
          present: !(n === 1 && i === 1),
        })),
      });
    // Completion is 80 % of 4 h: two people completed, the one with 2 h did not.
    await d.post(`/api/v1/events/${course}/certificates`, { issuedOn: '2026-03-04' });
    // A forum in 2025 does not count in 2026.
    await d.post('/api/v1/events', {
      kind: 'FORUM',
      title: 'Forum 2025',
      startsOn: '2025-10-10',
      endsOn: '2025-10-10',
    });

    // The senior club: two members, two meetings in 2026, only Józef came (twice).
    const club = (await d.post('/api/v1/groups', { name: 'Ogród Inspiracji' })).json().id;
    const members = [];
    for (const fullName of ['Józef Senior', 'Irena Senior'])
      members.push(
        (
          await d.post(`/api/v1/groups/${club}/members`, {
            person: { fullName, consentOn: '2026-01-05' },
            joinedOn: '2026-01-05',
          })
        ).json(),
      );
    const jozef = members[1].members.find((m: { name: string }) => m.name === 'Józef Senior').id;
    for (const heldOn of ['2026-02-01', '2026-02-08'])
      await d.post(`/api/v1/groups/${club}/meetings`, {
        heldOn,
        topic: 'Zdrowe odżywianie',
        presentMemberIds: [jozef],
      });

    // Volunteers: Wanda (agreement 2026, 3 h sewing), Marek (agreement 2026, no activity), Piotr (2025 only).
    const volunteer = async (firstName: string, sex: string, validFrom: string, validUntil: string) => {
      const id = (
        await d.post('/api/v1/volunteers', { firstName, lastName: 'W', sex, birthDate: '1970-01-01' })
      ).json().id;
      await d.post(`/api/v1/volunteers/${id}/agreements`, {
        signedOn: validFrom,
        validFrom,
        validUntil,
        scope: 'Pomoc',
        written: true,
      });
      return id;
    };
    const wanda = await volunteer('Wanda', 'F', '2026-04-01', '2026-06-30');
    await volunteer('Marek', 'M', '2026-04-01', '2026-06-30');
    await volunteer('Piotr', 'M', '2025-04-01', '2025-06-30');
    await d.post(`/api/v1/volunteers/${wanda}/activities`, {
      doneOn: '2026-04-10',
      activity: 'Szycie',
      minutes: 180,
    });

    // In-kind: two donations from one person in 2026 (values 750,00 zł and unknown), one delivery to the DPS.
    for (const receivedOn of ['2026-04-01', '2026-04-15'])
      await d.post('/api/v1/inkind/donations', {
        donorName: 'Jan Darczyńca',
        receivedOn,
        items: [
          {
            name: 'Bawełna',
            unit: 'METRE',
            quantity: '10',
            valueGrosze: receivedOn === '2026-04-01' ? 75000 : null,
          },
        ],
      });
    const item = (await d.get('/api/v1/inkind/stock')).json().items[0].id;
    await d.post('/api/v1/inkind/deliveries', {
      itemId: item,
      from: { kind: 'CENTRE', id: null },
      recipientPartnerId: dps.id,
      quantity: '2,5',
      deliveredOn: '2026-04-20',
      receivedBy: 'Kierownik DPS',
    });
  });
  afterAll(() => h.close());

  it('gives the figures of 2026, each part saying how it was counted', async () => {
    const res = await c.DIRECTOR.get('/api/v1/event-facts/annual?year=2026');
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.events).toMatchObject({
      events: 1,
      sessions: 2,
      certificates: 2,
      peopleAttendingByKind: { PARTICIPANT: 2, PERSON: 1, STAFF: 0, GUEST: 0 },
    });
    expect(f.events.eventsByKind.PARTICIPANT_TRAINING_OWN).toBe(1);
    expect(f.events.eventsByKind.FORUM).toBe(0);
    expect(f.groups).toMatchObject({ groupsMeeting: 1, meetings: 2, membersAttending: 1 });
    expect(f.volunteers).toMatchObject({
      bySex: { F: 1, M: 1, total: 2 },
      byActivity: [{ activity: 'Szycie', volunteers: 1, minutes: 180 }],
      minutes: 180,
    });
    expect(f.inkind).toEqual(
      expect.objectContaining({
        donations: 2,
        donors: 1,
        knownValueGrosze: 75000,
        deliveries: 1,
        recipients: 1,
      }),
    );
    for (const part of [f.events, f.groups, f.volunteers, f.inkind])
      expect(part.how.length).toBeGreaterThan(20);

    const y2025 = (await c.DIRECTOR.get('/api/v1/event-facts/annual?year=2025')).json();
    expect(y2025.events.eventsByKind.FORUM).toBe(1);
    expect(y2025.volunteers.bySex).toEqual({ F: 0, M: 1, total: 1 });
    expect(y2025.inkind.donations).toBe(0);
  });

  it('leaves out what the caller may not see; another centre sees only its own (empty) year', async () => {
    const instructor = (await c.INSTRUCTOR.get('/api/v1/event-facts/annual?year=2026')).json();
    expect(instructor.volunteers).toBeNull();
    expect(instructor.inkind).not.toBeNull();
    const foreign = (await other.get('/api/v1/event-facts/annual?year=2026')).json();
    expect(foreign.events.events).toBe(0);
    expect(foreign.inkind?.donations ?? 0).toBe(0);
    expect((await c.DIRECTOR.get('/api/v1/event-facts/annual?year=1999')).statusCode).toBe(400);
  });

  it('lists donations and the append-only history with giver and receiver', async () => {
    const donations = (await c.SOCIAL_WORKER.get('/api/v1/inkind/donations')).json().items;
    expect(donations.map((x: { receivedOn: string }) => x.receivedOn)).toEqual(['2026-04-15', '2026-04-01']);
    expect(donations[0]).toMatchObject({
      donorName: 'Jan Darczyńca',
      items: [{ name: 'Bawełna', quantityText: '10 m' }],
    });
    const history = (await c.SOCIAL_WORKER.get('/api/v1/inkind/history')).json().items;
    const delivery = history.find((x: { step: string }) => x.step === 'DELIVERED');
    expect(delivery).toMatchObject({
      to: 'DPS „Jesień”',
      quantityText: '2,5 m',
      stepLabel: 'przekazanie odbiorcy',
    });
    expect(delivery.from).toBeTruthy();
    expect(delivery.deliveryId).toBeTruthy();
    expect(history.filter((x: { step: string }) => x.step === 'RECEIVED')).toHaveLength(2);
    expect((await other.get('/api/v1/inkind/history')).json().items).toEqual([]);
  });
});
