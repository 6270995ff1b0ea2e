import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

describe.each(testEngines())('the waiting list when someone cancels, on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let eventId: string;
  const guest = (guestName: string) =>
    c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, { kind: 'GUEST', guestName });
  const statuses = async () =>
    Object.fromEntries(
      (await c.DIRECTOR.get(`/api/v1/events/${eventId}`))
        .json()
        .registrations.map((r: { name: string; status: string }) => [r.name, r.status]),
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    eventId = (
      await c.DIRECTOR.post('/api/v1/events', {
        kind: 'SENIOR_CLUB_MEETING',
        title: 'Wieczór gier planszowych',
        startsOn: '2026-05-05',
        endsOn: '2026-05-05',
        capacity: 2,
        waitingList: true,
      })
    ).json().id;
    for (const name of ['Anna', 'Bogdan', 'Celina', 'Dorota']) await guest(name);
  });
  afterAll(() => h.close());

  it('gives the freed place to the one who waited longest, and nobody else', async () => {
    expect(await statuses()).toEqual({
      Anna: 'REGISTERED',
      Bogdan: 'REGISTERED',
      Celina: 'WAITING',
      Dorota: 'WAITING',
    });
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    const anna = detail.registrations.find((r: { name: string }) => r.name === 'Anna').id;
    const res = await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations/${anna}/cancel`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ registeredCount: 2, waitingCount: 1 });
    expect(await statuses()).toEqual({
      Anna: 'CANCELLED',
      Bogdan: 'REGISTERED',
      Celina: 'REGISTERED',
      Dorota: 'WAITING',
    });

    // Cancelling someone on the waiting list frees no place; cancelling twice changes nothing.
    const dorota = detail.registrations.find((r: { name: string }) => r.name === 'Dorota').id;
    await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations/${dorota}/cancel`);
    await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations/${anna}/cancel`);
    expect(await statuses()).toEqual({
      Anna: 'CANCELLED',
      Bogdan: 'REGISTERED',
      Celina: 'REGISTERED',
      Dorota: 'CANCELLED',
    });
    // Anna may register again; she goes to the end of the waiting list.
    expect((await guest('Anna')).statusCode).toBe(200);
    expect((await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json().waitingCount).toBe(1);
  });

  it('is refused to an accountant (403) and another centre (404)', async () => {
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
    const bogdan = detail.registrations.find((r: { name: string }) => r.name === 'Bogdan').id;
    expect(
      (await c.ACCOUNTANT.post(`/api/v1/events/${eventId}/registrations/${bogdan}/cancel`)).statusCode,
    ).toBe(403);
    expect((await other.post(`/api/v1/events/${eventId}/registrations/${bogdan}/cancel`)).statusCode).toBe(
      404,
    );
    expect((await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json().registeredCount).toBe(2);
  });
});
