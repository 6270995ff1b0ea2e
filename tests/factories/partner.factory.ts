import type { Db } from '../../src/db/connection';
import { expect } from 'vitest';
import { type ApiClient, clientFor, TEST_PASSWORD, uniqueEmail } from '../support/api';
import type { FastifyInstance } from 'fastify';

let seq = 0;

/** A MOPS with a valid NIP, REGON and KRS and a TERYT gmina (Bolesławiec, miasto). */
export const buildPartner = (overrides: Record<string, unknown> = {}) => ({
  kind: 'SOCIAL_ASSISTANCE',
  name: `Miejski Ośrodek Pomocy Społecznej nr ${++seq}`,
  shortName: 'MOPS',
  nip: null,
  regon: null,
  krs: null,
  street: 'ul. Sądowa',
  buildingNo: '1',
  postalCode: '59-700',
  city: 'Bolesławiec',
  gminaCode: '0201011',
  email: 'mops@example.pl',
  phone: '75 000 00 00',
  ...overrides,
});

/** An agreement on cooperation for 2026. */
export const buildAgreement = (overrides: Record<string, unknown> = {}) => ({
  kind: 'AGREEMENT',
  number: 'POR/1/2026',
  subject: 'Współpraca w kierowaniu i aktywizacji klientów ośrodka',
  signedOn: '2026-01-02',
  validFrom: '2026-01-02',
  validUntil: '2026-12-31',
  signatories: 'Anna Nowak — kierownik CIS; Jan Kowalski — dyrektor MOPS',
  ...overrides,
});

/** Creates a partner through the API (as a director or social worker) and returns it. */
export async function createPartnerThroughApi(client: ApiClient, overrides: Record<string, unknown> = {}) {
  const created = await client.post('/api/v1/partners', buildPartner(overrides));
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; name: string; version: number; address: string | null };
}

/** The director gives the partner an account; returns the account's signed-in client and e-mail. */
export async function partnerAccountFor(app: FastifyInstance, director: ApiClient, partnerId: string) {
  const email = uniqueEmail('partner');
  const created = await director.post(`/api/v1/partners/${partnerId}/accounts`, {
    email,
    fullName: 'Pracownica Ośrodka',
    password: TEST_PASSWORD,
  });
  expect(created.statusCode, created.body).toBe(201);
  return { email, userId: created.json().userId as string, client: await clientFor(app, email) };
}

let rowSeq = 0;

/**
 * A partner row as the registry (migration 0012) stores it — inserted directly, because the registry's
 * own screens and API belong to another module.
 */
export async function insertPartner(
  db: Db,
  centreId: string,
  overrides: Partial<{ kind: string; name: string; nip: string | null; city: string; street: string }> = {},
) {
  rowSeq += 1;
  return db
    .insertInto('partners')
    .values({
      centre_id: centreId,
      kind: overrides.kind ?? 'INSTITUTION',
      name: overrides.name ?? `Dom Pomocy Społecznej nr ${rowSeq}`,
      nip: overrides.nip === undefined ? null : overrides.nip,
      street: overrides.street ?? 'ul. Ogrodowa',
      building_no: '5',
      postal_code: '59-700',
      city: overrides.city ?? 'Bolesławiec',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
