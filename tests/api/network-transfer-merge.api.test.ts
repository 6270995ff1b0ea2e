import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/contracts/network-work.contract';
import { insertCoordinatorAccount, insertStays, stays } from '../factories/network.factory';
import { type ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';

const PESEL = '85010112345';
const today = () => new Date().toISOString().slice(0, 10);

// A person transferred to a centre where she already has a record (same PESEL) is merged into it.
describe.each(testEngines())('accepting a transfer of a person already known by PESEL on %s', (engine) => {
  let h: ApiHarness;
  let dirA: ApiClient;
  let dirB: ApiClient;
  let centreA: string;
  let networkId: string;
  let known: string;
  let sentFrom: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'CIS Gorzów' });
    const b = await seedCentre(h.deps, ['DIRECTOR'], { name: 'KIS Słubice', type: 'KIS' });
    centreA = a.centreId;
    const admin = await clientFor(h.app, a.accounts.ADMIN);
    dirA = await clientFor(h.app, a.accounts.DIRECTOR);
    dirB = await clientFor(h.app, b.accounts.DIRECTOR);
    const email = await insertCoordinatorAccount(h.deps.db);
    const coordinator = await clientFor(h.app, email);
    networkId = (
      await admin.post('/api/v1/networks', {
        name: 'Klaster Lubuski',
        kind: 'CLUSTER',
        coordinatorOrgName: 'OWES Gorzów',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [email],
      })
    ).json().id;
    for (const centreId of [a.centreId, b.centreId])
      await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId });
    await dirA.post(`/api/v1/networks/${networkId}/membership/accept`);
    await dirB.post(`/api/v1/networks/${networkId}/membership/accept`);

    // She was in the CIS in 2025 (homeless, a phone, no e-mail, no address) …
    known = (
      await insertStays(
        h.deps.db,
        a.centreId,
        stays(1, {
          groups: ['HOMELESS'],
          admission: '2025-02-01',
          lastDay: '2025-09-30',
          exitType: 'COMPLETED',
        }),
      )
    )[0]!;
    await h.deps.db
      .updateTable('participants')
      .set({ pesel: PESEL, phone: '600 100 200', eligibility_justification: 'Bezdomna od 2024 r.' })
      .where('id', '=', known)
      .execute();
    // … and is now in the KIS, which knows more.
    sentFrom = (
      await insertStays(
        h.deps.db,
        b.centreId,
        stays(1, {
          groups: ['HOMELESS', 'ALCOHOL_ADDICTION'],
          kind: 'KIS_CONTRACT',
          admission: '2026-01-10',
        }),
      )
    )[0]!;
    await h.deps.db
      .updateTable('participants')
      .set({
        pesel: PESEL,
        phone: '700 000 000',
        email: 'anna@example.pl',
        street: 'Chrobrego',
        building_no: '5',
        postal_code: '66-400',
        city: 'Gorzów Wielkopolski',
        gmina_code: '0861011',
        eligibility_justification: 'Ukończona terapia odwykowa (zaświadczenie).',
      })
      .where('id', '=', sentFrom!)
      .execute();
  });
  afterAll(() => h?.close());

  it(
    'adds a new referral to the existing record, merges the groups and shows ' +
      'the director what was added',
    async () => {
      const sent = await dirB.post(`/api/v1/networks/${networkId}/transfers`, {
        toCentreId: centreA,
        participantId: sentFrom,
        consentGiven: true,
        consentOn: '2026-11-20',
        consentScope: ['IDENTITY', 'PESEL', 'CONTACT', 'ELIGIBILITY'],
        categories: ['IDENTITY', 'PESEL', 'CONTACT', 'ELIGIBILITY'],
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const accepted = await dirA.post(`/api/v1/networks/${networkId}/transfers/${sent.json().id}/accept`, {
        receivedOn: today(),
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const t = accepted.json() as Transfer;
      expect(t).toMatchObject({
        status: 'ACCEPTED',
        participantId: known,
        merge: {
          existingRecord: true,
          addedGroups: ['ALCOHOL_ADDICTION'],
          filledFields: ['eligibilityJustification', 'email', 'address'],
        },
      });

      // One record, not two; what the centre had is kept, what it lacked is filled.
      const withPesel = await h.deps.db
        .selectFrom('participants')
        .select('id')
        .where('centre_id', '=', centreA)
        .where('pesel', '=', PESEL)
        .execute();
      expect(withPesel.map((p) => p.id)).toEqual([known]);
      const person = (await dirA.get(`/api/v1/participants/${known}`)).json();
      expect(person).toMatchObject({
        status: 'REFERRED',
        eligibilityGroups: ['HOMELESS', 'ALCOHOL_ADDICTION'],
        phone: '600 100 200',
        email: 'anna@example.pl',
        city: 'Gorzów Wielkopolski',
      });
      expect(person.eligibilityJustification).toBe(
        'Bezdomna od 2024 r.\n\nZ przekazania KIS Słubice: Ukończona terapia odwykowa (zaświadczenie).',
      );

      // The new referral says what was added; the record's history has the correction by the director.
      const referrals = await h.deps.db
        .selectFrom('referrals')
        .select(['applicant_type', 'notes'])
        .where('centre_id', '=', centreA)
        .where('participant_id', '=', known)
        .execute();
      expect(referrals).toHaveLength(1);
      expect(referrals[0]!.notes).toMatch(
        /miała już kartotekę.*dodane grupy \(1\), uzasadnienie.*e-mail, adres/s,
      );
      const changes = await h.deps.db
        .selectFrom('participant_changes')
        .select(['changes', 'changed_by_email'])
        .where('participant_id', '=', known)
        .execute();
      expect(changes).toHaveLength(1);
      const fields = (changes[0]!.changes as unknown as { field: string }[]).map((c) => c.field);
      expect(fields).toEqual(expect.arrayContaining(['eligibilityGroups', 'email', 'city', 'street']));
      expect(fields).not.toContain('phone');

      // The log names the fields added, never the groups themselves (special-category data).
      const entry = await h.deps.db
        .selectFrom('audit_log')
        .select('details')
        .where('centre_id', '=', centreA)
        .where('action', '=', 'network.transfer.accept')
        .executeTakeFirstOrThrow();
      expect(entry.details).toMatchObject({ existing: true, addedGroups: 1 });
      expect(JSON.stringify(entry.details)).not.toMatch(/ALCOHOL/);
    },
  );

  it('sent again with nothing new: a second referral, the record unchanged, and the director is told so', async () => {
    const sent = await dirB.post(`/api/v1/networks/${networkId}/transfers`, {
      toCentreId: centreA,
      participantId: sentFrom,
      consentGiven: true,
      consentOn: '2026-11-20',
      consentScope: ['IDENTITY', 'PESEL', 'ELIGIBILITY'],
      categories: ['IDENTITY', 'PESEL', 'ELIGIBILITY'],
    });
    const t = (
      await dirA.post(`/api/v1/networks/${networkId}/transfers/${sent.json().id}/accept`, {
        receivedOn: today(),
      })
    ).json() as Transfer;
    expect(t.merge).toEqual({ existingRecord: true, addedGroups: [], filledFields: [] });
    const referrals = await h.deps.db
      .selectFrom('referrals')
      .select('notes')
      .where('participant_id', '=', known)
      .orderBy('created_at', 'desc')
      .execute();
    expect(referrals).toHaveLength(2);
    expect(referrals[0]!.notes).toMatch(/nie dodało do niej nowych danych/);
    expect(
      await h.deps.db
        .selectFrom('participant_changes')
        .select('id')
        .where('participant_id', '=', known)
        .execute(),
    ).toHaveLength(1);
  });
});
