import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { admitThroughApi } from '../factories/pathway.factory';
import {
  type ApiClient,
  type ApiHarness,
  clientFor,
  createApiHarness,
  signInEveryRole,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/api';
import { testEngines } from '../support/db';

/**
 * The graduate status on a person's record, on 20 May 2026. Hand-counted against art. 2 pkt 1a: ≥ 6 months
 * from the admission and a certificate; the status lasts 6 months from the last day of classes.
 */
const ENDED = {
  // 03.03.2025 → 31.12.2025 is more than 6 months; status until 30.06.2026, still lasting on 20.05.2026.
  anna: { admission: '2025-03-03', lastDay: '2025-12-31', certificate: '2025-12-31' },
  // 02.01.2025 → 01.07.2025 is exactly 6 months; status until 01.01.2026 — over by May 2026.
  dorota: { admission: '2025-01-02', lastDay: '2025-07-01', certificate: '2025-07-02' },
  // 02.01.2025 → 30.06.2025 is one day short of 6 months.
  edward: { admission: '2025-01-02', lastDay: '2025-06-30', certificate: '2025-06-30' },
} as const;

describe.each(testEngines())('graduate status on the participant record on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  const person = {} as Record<keyof typeof ENDED | 'active', { id: string; programmeId: string }>;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-05-20T10:00:00Z');
    for (const [name, p] of Object.entries(ENDED) as [keyof typeof ENDED, (typeof ENDED)['anna']][]) {
      const { id, programme } = await admitThroughApi(c.DIRECTOR, {
        person: { firstName: name[0]!.toUpperCase() + name.slice(1), lastName: 'Rekordowa' },
      });
      person[name] = { id, programmeId: programme.id };
      await h.deps.db
        .updateTable('programmes')
        .set({
          admission_date: p.admission,
          last_day: p.lastDay,
          status: 'CLOSED',
          exit_type: 'COMPLETED',
          closed_on: p.lastDay,
          certificate_number: `ZAS/2025/${name}`,
          certificate_issued_on: p.certificate,
        })
        .where('id', '=', programme.id)
        .execute();
    }
    const active = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Teresa', lastName: 'Trwająca' },
    });
    person.active = { id: active.id, programmeId: active.programme.id };
    const contact = await c.SOCIAL_WORKER.post(`/api/v1/graduates/${person.anna.programmeId}/contacts`, {
      contactedOn: '2026-02-10',
      channel: 'PHONE',
      employment: 'EMPLOYED',
      employer: 'Malbud sp. z o.o.',
      supportGiven: 'Pomoc w napisaniu CV',
    });
    expect(contact.statusCode, contact.body).toBe(201);
  });
  afterAll(() => h.close());

  const graduateOf = async (who: keyof typeof person, client = c.SOCIAL_WORKER) =>
    client.get(`/api/v1/participants/${person[who].id}/graduate`);

  it('says "graduate until" while the status lasts, with the follow-up contacts', async () => {
    const res = await graduateOf('anna');
    expect(res.statusCode, res.body).toBe(200);
    const [item, ...rest] = res.json().items;
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      programmeId: person.anna.programmeId,
      kind: 'IPZS',
      graduate: true,
      until: '2026-06-30',
      current: true,
      reasons: [],
      certificateNumber: 'ZAS/2025/anna',
      certificateIssuedOn: '2025-12-31',
    });
    expect(item.contacts).toHaveLength(1);
    expect(item.contacts[0]).toMatchObject({
      contactedOn: '2026-02-10',
      employment: 'EMPLOYED',
      employer: 'Malbud sp. z o.o.',
      supportGiven: 'Pomoc w napisaniu CV',
    });
    expect(res.json().rule).toContain('art. 2 pkt 1a–1b');
  });

  it('says the status is over after 6 months from the last day, and why a person is not a graduate', async () => {
    expect((await graduateOf('dorota')).json().items[0]).toMatchObject({
      graduate: true,
      until: '2026-01-01',
      current: false,
    });
    const edward = (await graduateOf('edward', c.DIRECTOR)).json().items[0];
    expect(edward).toMatchObject({ graduate: false, until: null, current: false });
    expect(edward.reasons).toEqual(['uczestnictwo od 02.01.2025 do 30.06.2025 trwało krócej niż 6 miesięcy']);
  });

  it('has nothing yet while the participation lasts', async () => {
    expect((await graduateOf('active')).json().items).toEqual([]);
  });

  it('is for the director and social workers of the centre only, and every read is audited', async () => {
    expect((await graduateOf('anna', c.INSTRUCTOR)).statusCode).toBe(403);
    expect((await graduateOf('anna', c.ACCOUNTANT)).statusCode).toBe(403);
    expect((await graduateOf('anna', other)).statusCode).toBe(404);
    const entries = await h.deps.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'graduates.read')
      .where('entity_id', '=', person.anna.id)
      .execute();
    expect(entries.length).toBeGreaterThanOrEqual(1);
  });

  it(
    'asks for the art. 8b authorisation on every route with names of graduates, ' +
      'placements and supported employment',
    async () => {
      const email = uniqueEmail('pracownik');
      const created = await c.ADMIN.post('/api/v1/users', {
        email,
        fullName: 'Nowa Pracownica',
        roles: ['SOCIAL_WORKER'],
        password: TEST_PASSWORD,
      });
      expect(created.statusCode, created.body).toBe(201);
      const worker = await clientFor(h.app, email);
      for (const url of [
        '/api/v1/graduates',
        `/api/v1/graduates/${person.anna.programmeId}/confirmation.pdf`,
        '/api/v1/placements',
        '/api/v1/supported-employment',
        `/api/v1/participants/${person.anna.id}/graduate`,
      ]) {
        const res = await worker.get(url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().error.code, url).toBe('PERSONAL_DATA_AUTHORISATION_REQUIRED');
      }
    },
  );
});
