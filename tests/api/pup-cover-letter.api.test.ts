import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { admitThroughApi } from '../factories/pathway.factory';
import { createPartnerThroughApi } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/**
 * Art. 13 ust. 5a: after the participation the certificate of a long-term unemployed person (art. 1 ust. 2
 * pkt 5) also goes to the PUP. The cover letter is read back as a person would read it (pdftotext).
 * Letters are written on 10 August 2026; the IPZS ran 02.02.2026 – 31.07.2026.
 */
describe.each(testEngines())('the PUP cover letter with the certificate on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let pup: { id: string; name: string };
  let mops: { id: string };
  const person = {} as Record<
    'fromPup' | 'fromOps' | 'homeless' | 'active',
    { id: string; programmeId: string }
  >;

  const close = async (programmeId: string, certificate: string) =>
    h.deps.db
      .updateTable('programmes')
      .set({
        last_day: '2026-07-31',
        status: 'CLOSED',
        exit_type: 'COMPLETED',
        closed_on: '2026-07-31',
        certificate_number: certificate,
        certificate_issued_on: '2026-07-31',
      })
      .where('id', '=', programmeId)
      .execute();

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-08-10T09:00:00Z');
    pup = await createPartnerThroughApi(c.DIRECTOR, {
      kind: 'LABOUR_OFFICE',
      name: 'Powiatowy Urząd Pracy w Bolesławcu',
      shortName: 'PUP',
      street: 'ul. Kościuszki',
      buildingNo: '14',
    });
    mops = await createPartnerThroughApi(c.DIRECTOR);

    const fromPup = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Halina', lastName: 'Pupowa' },
    });
    person.fromPup = { id: fromPup.id, programmeId: fromPup.programme.id };
    // Referred by the PUP from the registry on 5 January 2026 (the factory's referral is an OPS one).
    await h.deps.db
      .updateTable('referrals')
      .set({ partner_id: pup.id, referring_body_kind: 'PUP', referring_body: pup.name })
      .where('id', '=', fromPup.referralId)
      .execute();
    await close(fromPup.programme.id, 'ZAS/2026/0007');

    const fromOps = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Marek', lastName: 'Opsowy', sex: 'M' },
    });
    person.fromOps = { id: fromOps.id, programmeId: fromOps.programme.id };
    await close(fromOps.programme.id, 'ZAS/2026/0008');

    const homeless = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Irena', lastName: 'Bezdomna' },
    });
    person.homeless = { id: homeless.id, programmeId: homeless.programme.id };
    await h.deps.db
      .updateTable('eligibility_decisions')
      .set({ groups: ['HOMELESS'] })
      .where('referral_id', '=', homeless.referralId)
      .execute();
    await close(homeless.programme.id, 'ZAS/2026/0009');

    const active = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Teresa', lastName: 'Trwająca' },
    });
    person.active = { id: active.id, programmeId: active.programme.id };

    // The director in the staff register signs; a former director does not.
    await h.deps.db
      .insertInto('staff_members')
      .values([
        {
          centre_id: centreId,
          full_name: 'Ewa Kierownicza',
          function: 'DIRECTOR',
          basis: 'EMPLOYMENT_CONTRACT',
          fte_milli: 1000,
          from_date: '2025-01-01',
          to_date: null,
        },
        {
          centre_id: centreId,
          full_name: 'Stefan Dawny',
          function: 'DIRECTOR',
          basis: 'EMPLOYMENT_CONTRACT',
          fte_milli: 1000,
          from_date: '2020-01-01',
          to_date: '2024-12-31',
        },
      ])
      .execute();
  });
  afterAll(() => h.close());

  const letterUrl = (who: keyof typeof person, query = '') =>
    `/api/v1/participants/${person[who].id}/programmes/${person[who].programmeId}/pup-letter.pdf${query}`;

  it('addresses the referring PUP and reads back with the person, the certificate and the signatory', async () => {
    const res = await c.SOCIAL_WORKER.get(letterUrl('fromPup'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const { text } = readBack('pup-cover-letter', res.rawPayload);
    const centre = await h.deps.db
      .selectFrom('centres')
      .select(['name', 'city'])
      .where('id', '=', centreId)
      .executeTakeFirstOrThrow();
    for (const s of [
      centre.name,
      `${centre.city}, 10.08.2026`,
      'Znak: PIS/2026/0001',
      'Powiatowy Urząd Pracy w Bolesławcu',
      'ul. Kościuszki 14, 59-700 Bolesławiec',
      'Dotyczy: przekazania zaświadczenia o uczestnictwie w zajęciach — Halina Pupowa',
      'art. 13 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz.U. z 2025 r. poz. 1718)',
      'zaświadczenie nr ZAS/2026/0007 z dnia 31 lipca 2026 r.',
      'osobie długotrwale bezrobotnej',
      'Uczestniczyła w zajęciach reintegracji zawodowej i społecznej',
      'od 02.02.2026 r. do 31.07.2026 r.',
      'została skierowana przez Państwa urząd w dniu 5 stycznia 2026 r.',
      'Z poważaniem',
      'Ewa Kierownicza',
      '(kierownik Centrum Integracji Społecznej)',
      'Załącznik: zaświadczenie nr ZAS/2026/0007',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('Stefan Dawny');
    // No eligibility details or notes leave the centre beyond the statutory group the letter is about.
    expect(text).not.toContain('Wywiad środowiskowy');
  });

  it('asks for the PUP when the referral names none, and takes only a PUP of the registry', async () => {
    const missing = await c.SOCIAL_WORKER.get(letterUrl('fromOps'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'partnerId', code: 'LABOUR_OFFICE_REQUIRED' }),
    ]);
    const notPup = await c.SOCIAL_WORKER.get(letterUrl('fromOps', `?partnerId=${mops.id}`));
    expect(notPup.statusCode).toBe(400);
    expect(notPup.json().error.details.fields[0]).toMatchObject({
      path: 'partnerId',
      code: 'NOT_A_LABOUR_OFFICE',
    });
    const chosen = await c.DIRECTOR.get(letterUrl('fromOps', `?partnerId=${pup.id}`));
    expect(chosen.statusCode, chosen.body).toBe(200);
    const { text } = readBack('pup-cover-letter-chosen', chosen.rawPayload);
    // The first letter took 0001 and the refusals took no number.
    expect(text).toContain('Znak: PIS/2026/0002');
    expect(text).toContain('Marek Opsowy');
    expect(text).toContain('Uczestniczył w zajęciach');
    expect(text).toContain('zaświadczenie nr ZAS/2026/0008 z dnia 31 lipca 2026 r.');
    expect(text).not.toContain('skierowan');
  });

  it('refuses the letter when art. 13 ust. 5a does not send the certificate to the PUP', async () => {
    const homeless = await c.SOCIAL_WORKER.get(letterUrl('homeless', `?partnerId=${pup.id}`));
    expect(homeless.statusCode).toBe(409);
    expect(homeless.json().error.message).toContain('długotrwale bezrobotną');
    const active = await c.SOCIAL_WORKER.get(letterUrl('active', `?partnerId=${pup.id}`));
    expect(active.statusCode).toBe(409);
    expect(active.json().error.message).toContain('wydaj zaświadczenie');
  });

  it('shows on the record whether the letter is due and to which PUP', async () => {
    const due = async (who: keyof typeof person) =>
      (await c.DIRECTOR.get(`/api/v1/participants/${person[who].id}/graduate`)).json().items[0]?.pupLetter;
    expect(await due('fromPup')).toEqual({ pup: 'Powiatowy Urząd Pracy w Bolesławcu' });
    expect(await due('fromOps')).toEqual({ pup: null });
    expect(await due('homeless')).toBeNull();
    expect(await due('active')).toBeUndefined();
  });

  it('is for the pathway staff of the centre only, and every letter is audited', async () => {
    expect((await c.INSTRUCTOR.get(letterUrl('fromPup'))).statusCode).toBe(403);
    expect((await c.ACCOUNTANT.get(letterUrl('fromPup'))).statusCode).toBe(403);
    expect((await other.get(letterUrl('fromPup'))).statusCode).toBe(404);
    const entries = await h.deps.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'certificate.pup_letter')
      .where('entity_id', '=', person.fromPup.programmeId)
      .execute();
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0]!.details)).toContain('PIS/2026/0001');
  });
});
