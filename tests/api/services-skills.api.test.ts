import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { pdfChecksEnabled } from '../support/env';
import { admitThroughApi } from '../factories/pathway.factory';
import { insertPartner } from '../factories/partner.factory';
import { bodyText, readBack } from '../reports/pdf-readback';

/**
 * The certificate of participation lists what the person practised on service jobs and the courses
 * they completed with a certificate, during participation only (admitted 02.02.2026, last day 29.05.2026).
 * By hand: the job "Malowanie klatki" on 18.05 (7 h, malowanie wałkiem) and 19.05 (6 h, szpachlowanie)
 * → 2 dni, 13 godz.; the course "Pierwsza pomoc" 03.03, 6 h (360 min) with certificate ZUK/2026/0001.
 */
describe.skipIf(!pdfChecksEnabled).each(testEngines())(
  'skills from jobs and courses on the certificate on %s',
  (engine) => {
    let h: ApiHarness;
    const c = {} as Record<Role, ApiClient>;
    let participantId: string;
    let programme: { id: string; version: number };

    beforeAll(async () => {
      h = await createApiHarness(engine);
      const { centreId } = await signInEveryRole(h, c);
      h.deps.now = () => new Date('2026-06-10T10:00:00Z');
      const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
      const workshopId = (
        await c.DIRECTOR.post('/api/v1/workshops', {
          name: 'Remontowy',
          type: 'RENOVATION_CONSTRUCTION',
          instructorIds: [instructorId],
        })
      ).json().id;
      ({ id: participantId, programme } = await admitThroughApi(c.DIRECTOR));
      await c.SOCIAL_WORKER.post(`/api/v1/workshops/${workshopId}/assignments`, {
        participantId,
        fromDate: '2026-02-02',
      });
      await c.INSTRUCTOR.request('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
        weekdayHours: [7, 7, 7, 7, 6, 0, 0],
        dayHours: {},
        version: null,
      });
      const partnerId = (await insertPartner(h.deps.db, centreId, { kind: 'EMPLOYER', name: 'SM „Zgoda”' }))
        .id;
      const customerId = (
        await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId })
      ).json().id;
      const quote = (
        await c.DIRECTOR.post('/api/v1/services/orders', {
          workshopId,
          customerId,
          title: 'Malowanie klatki',
          quoteDate: '2026-05-04',
          items: [{ name: 'Malowanie', unit: 'm²', quantity: 10, netPrice: 1000, vatRate: '23' }],
          totalGross: 12300,
        })
      ).json();
      await c.DIRECTOR.post(`/api/v1/services/orders/${quote.id}/accept`, {
        orderDate: '2026-05-05',
        version: quote.version,
      });
      const job = await c.INSTRUCTOR.post(`/api/v1/services/orders/${quote.id}/jobs`, {
        instructorId,
        fromDate: '2026-05-18',
        toDate: '2026-05-19',
        place: 'Klatka schodowa',
        address: 'ul. Kwiatowa 2, Bolesławiec',
        task: 'Malowanie ścian klatki schodowej',
        crew: [participantId],
      });
      expect(job.statusCode, job.body).toBe(201);
      for (const [date, hours, practised] of [
        ['2026-05-18', 7, 'malowanie wałkiem'],
        ['2026-05-19', 6, 'szpachlowanie ubytków'],
      ] as const) {
        const day = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${job.json().id}/days`, {
          date,
          entries: [{ participantId, hours, version: null, practised }],
        });
        expect(day.statusCode, day.body).toBe(200);
      }
      const school = await insertPartner(h.deps.db, centreId, {
        kind: 'TRAINING_PROVIDER',
        name: 'Szkoła „Gaja”',
      });
      const event = await c.SOCIAL_WORKER.post('/api/v1/events', {
        kind: 'PARTICIPANT_TRAINING_EXTERNAL',
        title: 'Pierwsza pomoc',
        startsOn: '2026-03-03',
        endsOn: '2026-03-03',
        organiserPartnerId: school.id,
      });
      expect(event.statusCode, event.body).toBe(201);
      const eventId = event.json().id;
      await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/sessions`, {
        heldOn: '2026-03-03',
        startsAt: '09:00',
        endsAt: '15:00',
        topic: 'Pierwsza pomoc przedmedyczna',
      });
      await c.SOCIAL_WORKER.post(`/api/v1/events/${eventId}/registrations`, {
        kind: 'PARTICIPANT',
        participantId,
      });
      const detail = (await c.DIRECTOR.get(`/api/v1/events/${eventId}`)).json();
      const saved = await c.INSTRUCTOR.request(
        'PUT',
        `/api/v1/events/${eventId}/sessions/${detail.sessions[0].id}/attendance`,
        { entries: [{ registrationId: detail.registrations[0].id, present: true }] },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      const issued = await c.DIRECTOR.post(`/api/v1/events/${eventId}/certificates`, {
        issuedOn: '2026-03-04',
      });
      expect(issued.statusCode, issued.body).toBe(200);
    });
    afterAll(() => h.close());

    it('prints the job (what was practised, days, hours) and the course (certificate number, hours)', async () => {
      const exit = await c.SOCIAL_WORKER.post(
        `/api/v1/participants/${participantId}/programmes/${programme.id}/exit`,
        {
          type: 'EMPLOYMENT',
          lastDay: '2026-05-29',
          eventDate: '2026-06-01',
          continuationUntil: '2026-10-31',
          vocationalSkills: ['Malowanie ścian'],
          socialSkills: ['Punktualność'],
          version: programme.version,
        },
      );
      expect(exit.statusCode, exit.body).toBe(200);
      const pdf = await c.SOCIAL_WORKER.get(
        `/api/v1/participants/${participantId}/programmes/${programme.id}/certificate.pdf`,
      );
      expect(pdf.statusCode, pdf.body).toBe(200);
      const text = bodyText(readBack(`certificate-skills-${engine}`, pdf.rawPayload).pages);
      expect(text).toContain('Umiejętności i kwalifikacje zdobyte przy pracach zleconych i na szkoleniach');
      expect(text).toContain(
        'malowanie wałkiem; szpachlowanie ubytków — praca zlecona „Malowanie klatki” ' +
          '(warsztat Remontowy), 2 dni, 13 godz., 18.05.2026–19.05.2026',
      );
      expect(text).toContain(
        'Szkolenie „Pierwsza pomoc” ukończone z zaświadczeniem nr ZUK/2026/0001 z 04.03.2026 r. (6 godz.)',
      );
      expect(text).toContain('Malowanie ścian');
    });
  },
);
