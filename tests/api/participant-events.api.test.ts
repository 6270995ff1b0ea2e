import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { can } from '../../src/domain/access/permissions';
import { admitThroughApi } from '../factories/pathway.factory';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/**
 * The courses on a participant's record (issue 18): who may read them follows the permission table
 * (`events.view`) and the record's own scope — an instructor sees only people of their workshops, another
 * centre nobody; the certificate's number leads to its PDF; each read is audited.
 */
describe.each(testEngines())("courses and certificates on a participant's record on %s", (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let inScope: string;
  let outOfScope: string;
  let number: string;
  let course: string;
  /** Certificate ids by holder. */
  const certificates: Record<string, string> = {};

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    const d = c.DIRECTOR;
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    const mine = (
      await d.post('/api/v1/workshops', { name: 'Stolarnia', type: 'CRAFTS', instructorIds: [instructorId] })
    ).json();
    const theirs = (await d.post('/api/v1/workshops', { name: 'Ogród', type: 'GARDENING' })).json();
    inScope = (await admitThroughApi(d, { person: { firstName: 'Anna', lastName: 'Stolarska' } })).id;
    outOfScope = (await admitThroughApi(d, { person: { firstName: 'Bogdan', lastName: 'Ogrodnik' } })).id;
    for (const [w, p] of [
      [mine.id, inScope],
      [theirs.id, outOfScope],
    ])
      expect(
        (await d.post(`/api/v1/workshops/${w}/assignments`, { participantId: p, fromDate: '2026-02-02' }))
          .statusCode,
      ).toBe(201);

    course = (
      await d.post('/api/v1/events', {
        kind: 'PARTICIPANT_TRAINING_OWN',
        title: 'Bezpieczna praca z narzędziami',
        startsOn: '2026-03-02',
        endsOn: '2026-03-02',
      })
    ).json().id;
    await d.post(`/api/v1/events/${course}/sessions`, {
      heldOn: '2026-03-02',
      startsAt: '09:00',
      endsAt: '12:00',
      topic: 'BHP',
    });
    for (const participantId of [inScope, outOfScope])
      await d.post(`/api/v1/events/${course}/registrations`, { kind: 'PARTICIPANT', participantId });
    // A senior (not a CIS participant) takes the same course.
    await d.post(`/api/v1/events/${course}/registrations`, {
      kind: 'PERSON',
      person: { fullName: 'Stanisława Seniorka', birthYear: 1948, consentOn: '2026-02-20' },
    });
    const detail = (await d.get(`/api/v1/events/${course}`)).json();
    await d.request('PUT', `/api/v1/events/${course}/sessions/${detail.sessions[0].id}/attendance`, {
      entries: detail.registrations.map((r: { id: string }) => ({ registrationId: r.id, present: true })),
    });
    const issued = await d.post(`/api/v1/events/${course}/certificates`, { issuedOn: '2026-03-03' });
    expect(issued.statusCode, issued.body).toBe(200);
    const after = (await d.get(`/api/v1/events/${course}`)).json();
    for (const r of after.registrations as { id: string; certificate: { id: string } | null }[]) {
      expect(r.certificate, JSON.stringify(r)).not.toBeNull();
      certificates[r.id] = r.certificate?.id ?? '';
    }
  });
  afterAll(() => h.close());

  it('gives the course with hours and the certificate number, which opens the certificate PDF', async () => {
    const r = await c.SOCIAL_WORKER.get(`/api/v1/participants/${inScope}/events`);
    expect(r.statusCode, r.body).toBe(200);
    const [item] = r.json().items;
    expect(item).toMatchObject({
      title: 'Bezpieczna praca z narzędziami',
      status: 'REGISTERED',
      attendedMinutes: 180,
      certificateIssuedOn: '2026-03-03',
      certificateNumber: expect.stringMatching(/^ZUK\/2026\/\d+/),
    });
    number = item.certificateNumber;
    const pdf = await c.SOCIAL_WORKER.get(
      `/api/v1/events/${item.eventId}/certificates/${item.certificateId}/certificate.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });

  it('follows the permission table for every role, the instructor scope and the centre', async () => {
    for (const role of ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT', 'ADMIN'] as const) {
      const res = await c[role].get(`/api/v1/participants/${inScope}/events`);
      const allowed = can({ roles: [role] } as never, 'events.view');
      expect(res.statusCode, role).toBe(allowed ? 200 : 403);
      if (allowed) expect(res.json().items[0].certificateNumber).toBe(number);
    }
    // An instructor sees only people of their own workshops: the other one is "not found", no names leak.
    const hidden = await c.INSTRUCTOR.get(`/api/v1/participants/${outOfScope}/events`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('Bezpieczna');
    expect((await c.SOCIAL_WORKER.get(`/api/v1/participants/${outOfScope}/events`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/participants/${inScope}/events`)).statusCode).toBe(404);
    const anonymous = await h.app.inject({ method: 'GET', url: `/api/v1/participants/${inScope}/events` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("prints a certificate for every role the table allows, an instructor only their workshops' people", async () => {
    const detail = (await c.DIRECTOR.get(`/api/v1/events/${course}`)).json();
    const regOf = (kind: string, participantId?: string) =>
      detail.registrations.find(
        (r: { kind: string; participantId?: string | null }) =>
          r.kind === kind && (!participantId || r.participantId === participantId),
      ).id as string;
    const pdfUrl = (registrationId: string) =>
      `/api/v1/events/${course}/certificates/${certificates[registrationId]}/certificate.pdf`;
    const mine = pdfUrl(regOf('PARTICIPANT', inScope));
    const theirs = pdfUrl(regOf('PARTICIPANT', outOfScope));
    const senior = pdfUrl(regOf('PERSON'));
    for (const role of ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT', 'ADMIN'] as const) {
      const allowed = can({ roles: [role] } as never, 'events.view');
      const scoped = role === 'INSTRUCTOR';
      for (const [url, inWorkshop] of [
        [mine, true],
        [theirs, false],
        [senior, false],
      ] as const) {
        const res = await c[role].get(url);
        const expected = !allowed ? 403 : scoped && !inWorkshop ? 404 : 200;
        expect(res.statusCode, `${role} ${url}`).toBe(expected);
        if (expected === 200) expect(res.headers['content-type']).toContain('application/pdf');
        // A refused certificate says nothing about its holder.
        if (expected !== 200) expect(res.body).not.toMatch(/Ogrodnik|Seniorka/);
      }
    }
    // Another centre sees none of them; nobody signed out does.
    for (const url of [mine, theirs, senior]) expect((await other.get(url)).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: mine })).statusCode).toBe(401);
    // Each printed certificate is in the audit log.
    const prints = await h.deps.db
      .selectFrom('audit_log')
      .select(['entity_id'])
      .where('action', '=', 'event.certificate_print')
      .execute();
    expect(prints.length).toBeGreaterThanOrEqual(1);
    expect(prints.every((p) => p.entity_id === course)).toBe(true);
  });

  it('audits each read of the courses on the record', async () => {
    const reads = await h.deps.db
      .selectFrom('audit_log')
      .select(['entity_id'])
      .where('action', '=', 'participant.events_read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(reads.every((r) => r.entity_id === inScope || r.entity_id === outOfScope)).toBe(true);
  });
});
