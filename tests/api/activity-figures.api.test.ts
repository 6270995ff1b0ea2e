import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { buildActivityYear } from '../factories/activity-year.factory';

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
    await buildActivityYear(c.DIRECTOR, h.deps.db, centreId);
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
