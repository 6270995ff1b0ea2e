import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { buildPerson, buildReferral } from '../factories/pathway.factory';
import { buildAgreement, buildPartner, createPartnerThroughApi } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';

const fieldsOf = (r: { json(): unknown }) =>
  (r.json() as { error: { details?: { fields?: { path: string; code: string; message: string }[] } } }).error
    .details?.fields ?? [];

describe.each(testEngines())('the partner registry on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  const count = async (table: 'partners' | 'partner_agreements' | 'partner_cooperation_log') =>
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
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(() => h.close());

  it('adds a partner with NIP, REGON, KRS and a TERYT gmina, and finds it by name, NIP and kind', async () => {
    const created = await c.SOCIAL_WORKER.post(
      '/api/v1/partners',
      buildPartner({
        kind: 'NGO',
        name: 'Stowarzyszenie Pomocy Wzajemnej „Razem”',
        nip: 'PL 856-734-62-15',
        regon: '123456785',
        krs: '0000 123 456',
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'NGO',
      kindLabel: 'organizacja pozarządowa',
      nip: '8567346215',
      regon: '123456785',
      krs: '0000123456',
      gminaName: 'Bolesławiec',
      address: 'ul. Sądowa 1, 59-700 Bolesławiec',
      archived: false,
      version: 1,
    });
    await createPartnerThroughApi(c.DIRECTOR, {
      kind: 'EMPLOYER',
      name: 'Zakład Usług Komunalnych sp. z o.o.',
    });

    const names = async (query: string) =>
      (await c.INSTRUCTOR.get(`/api/v1/partners?${query}`)).json().items.map((p: { name: string }) => p.name);
    expect(await names('q=razem')).toEqual(['Stowarzyszenie Pomocy Wzajemnej „Razem”']);
    expect(await names('q=856-734')).toEqual(['Stowarzyszenie Pomocy Wzajemnej „Razem”']);
    expect(await names('kind=EMPLOYER')).toEqual(['Zakład Usług Komunalnych sp. z o.o.']);
    expect((await other.get('/api/v1/partners')).json().items).toEqual([]);
  });

  it('refuses an invalid NIP, KRS and an unknown gmina with Polish field errors, writing nothing', async () => {
    const before = await count('partners');
    const bad = await c.DIRECTOR.post(
      '/api/v1/partners',
      buildPartner({ nip: '8567346216', krs: '12345', postalCode: '59700' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'nip', message: 'Nieprawidłowy NIP: błędna cyfra kontrolna' }),
        expect.objectContaining({ path: 'krs', message: expect.stringMatching(/^Nieprawidłowy numer KRS/) }),
        expect.objectContaining({ path: 'postalCode', message: 'Kod pocztowy w formacie 00-000.' }),
      ]),
    );
    const gmina = await c.DIRECTOR.post('/api/v1/partners', buildPartner({ gminaCode: '9999999' }));
    expect(gmina.statusCode).toBe(400);
    expect(fieldsOf(gmina)).toEqual([expect.objectContaining({ path: 'gminaCode', code: 'UNKNOWN_GMINA' })]);
    const twice = await c.DIRECTOR.post('/api/v1/partners', buildPartner({ nip: '8567346215' }));
    expect(fieldsOf(twice)).toEqual([expect.objectContaining({ path: 'nip', code: 'NIP_TAKEN' })]);
    expect(await count('partners')).toBe(before);
  });

  it('edits against the version seen: a stale version is 409 and changes nothing', async () => {
    const p = await createPartnerThroughApi(c.DIRECTOR);
    const edit = { ...buildPartner({ name: 'MOPS w Bolesławcu' }), version: p.version };
    const first = await c.SOCIAL_WORKER.request('PUT', `/api/v1/partners/${p.id}`, edit);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ name: 'MOPS w Bolesławcu', version: 2 });
    const stale = await c.DIRECTOR.request('PUT', `/api/v1/partners/${p.id}`, {
      ...edit,
      name: 'Inna nazwa',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await c.DIRECTOR.get(`/api/v1/partners/${p.id}`)).json().partner.name).toBe('MOPS w Bolesławcu');
    expect((await c.INSTRUCTOR.request('PUT', `/api/v1/partners/${p.id}`, edit)).statusCode).toBe(403);
    expect((await other.get(`/api/v1/partners/${p.id}`)).statusCode).toBe(404);
  });

  it('keeps contacts, agreements with their signed scan and a cooperation log on the card', async () => {
    const p = await createPartnerThroughApi(c.DIRECTOR, {
      kind: 'CULTURE_SPORT',
      name: 'Miejski Dom Kultury',
    });
    const contact = await c.SOCIAL_WORKER.post(`/api/v1/partners/${p.id}/contacts`, {
      fullName: 'Ewa Zielińska',
      function: 'koordynatorka wydarzeń',
      email: 'ewa@mdk.example.pl',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const agreement = await c.DIRECTOR.post(`/api/v1/partners/${p.id}/agreements`, buildAgreement());
    expect(agreement.statusCode, agreement.body).toBe(201);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'porozumienie MDK.pdf');
    const req = new Request('http://x/', { method: 'POST', body: form });
    const upload = await h.app.inject({
      method: 'POST',
      url: `/api/v1/partners/${p.id}/agreements/${agreement.json().id}/file`,
      headers: {
        cookie: `reintegra_session=${c.DIRECTOR.cookie}`,
        'x-csrf-token': c.DIRECTOR.csrf!,
        'content-type': req.headers.get('content-type')!,
      },
      payload: Buffer.from(await req.arrayBuffer()),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json().file).toMatchObject({
      fileName: 'porozumienie MDK.pdf',
      mediaType: 'application/pdf',
    });
    const back = await c.SOCIAL_WORKER.get(`/api/v1/partners/${p.id}/agreements/${agreement.json().id}/file`);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(pdf)).toBe(true);

    const lent = await c.SOCIAL_WORKER.post(`/api/v1/partners/${p.id}/log`, {
      kind: 'LOAN',
      happenedOn: '2026-05-08',
      untilOn: '2026-05-10',
      subject: 'Użyczenie trzech stoisk na kiermasz rękodzieła',
    });
    expect(lent.statusCode, lent.body).toBe(201);

    const card = (await c.INSTRUCTOR.get(`/api/v1/partners/${p.id}`)).json();
    expect(card.contacts).toEqual([expect.objectContaining({ fullName: 'Ewa Zielińska' })]);
    expect(card.agreements).toEqual([
      expect.objectContaining({
        subject: buildAgreement().subject,
        validUntil: '2026-12-31',
        file: expect.any(Object),
      }),
    ]);
    expect(card.log).toEqual([
      expect.objectContaining({ kindLabel: 'użyczenie (np. stoiska na wydarzenie)', untilOn: '2026-05-10' }),
    ]);
  });

  it('refuses an agreement that ends before it starts, in Polish at the field, writing nothing', async () => {
    const p = await createPartnerThroughApi(c.DIRECTOR);
    const before = await count('partner_agreements');
    const logBefore = await count('partner_cooperation_log');
    const bad = await c.DIRECTOR.post(
      `/api/v1/partners/${p.id}/agreements`,
      buildAgreement({ validFrom: '2026-06-01', validUntil: '2026-05-31' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual([
      {
        path: 'validUntil',
        code: 'DATE_ORDER',
        message: 'Porozumienie nie może kończyć się przed dniem, w którym się zaczyna.',
      },
    ]);
    const log = await c.DIRECTOR.post(`/api/v1/partners/${p.id}/log`, {
      kind: 'LOAN',
      happenedOn: '2026-05-08',
      untilOn: '2026-05-01',
      subject: 'Stoiska',
    });
    expect(fieldsOf(log)).toEqual([expect.objectContaining({ path: 'untilOn', code: 'DATE_ORDER' })]);
    expect(await count('partner_agreements')).toBe(before);
    expect(await count('partner_cooperation_log')).toBe(logBefore);
  });

  it(
    'links a referral to the partner, fills the referring body from it, and ' +
      'addresses the status letter to it',
    async () => {
      const p = await createPartnerThroughApi(c.DIRECTOR, {
        name: 'Miejski Ośrodek Pomocy Społecznej w Lubaniu',
        street: 'ul. Dąbrowskiego',
        buildingNo: '18',
        postalCode: '59-800',
        city: 'Lubań',
      });
      const person = (await c.SOCIAL_WORKER.post('/api/v1/participants', buildPerson())).json();
      const ref = await c.SOCIAL_WORKER.post(
        `/api/v1/participants/${person.id}/referrals`,
        buildReferral({ referringBody: null, referringBodyAddress: null, partnerId: p.id }),
      );
      expect(ref.statusCode, ref.body).toBe(201);
      expect(ref.json()).toMatchObject({
        partnerId: p.id,
        referringBody: 'Miejski Ośrodek Pomocy Społecznej w Lubaniu',
        referringBodyAddress: 'ul. Dąbrowskiego 18, 59-800 Lubań',
      });
      const unknown = await c.SOCIAL_WORKER.post(
        `/api/v1/participants/${person.id}/referrals`,
        buildReferral({ partnerId: '00000000-0000-4000-8000-000000000000' }),
      );
      expect(fieldsOf(unknown)).toEqual([
        expect.objectContaining({ path: 'partnerId', code: 'UNKNOWN_PARTNER' }),
      ]);

      const sent = (await c.SOCIAL_WORKER.get(`/api/v1/partners/${p.id}/referrals`)).json().items;
      expect(sent).toEqual([
        expect.objectContaining({
          participantId: person.id,
          stage: 'RECEIVED',
          stageLabel: 'przyjęte do rozpatrzenia',
        }),
      ]);
      expect((await c.INSTRUCTOR.get(`/api/v1/partners/${p.id}/referrals`)).statusCode).toBe(403);

      const letter = await c.SOCIAL_WORKER.get(
        `/api/v1/participants/${person.id}/referrals/${ref.json().id}/status-letter.pdf`,
      );
      expect(letter.statusCode).toBe(200);
      const text = readBack('letter-partner', letter.rawPayload).text;
      expect(text).toContain('Miejski Ośrodek Pomocy Społecznej w Lubaniu');
      expect(text).toContain('ul. Dąbrowskiego 18, 59-800 Lubań');
      expect(text).toContain('skierowanie ma status: przyjęte do rozpatrzenia.');
      expect(text).toContain('07.01.2026 r. — wpływ skierowania do centrum.');
    },
  );

  it('archives a partner that records point at instead of deleting it; an unused one can be deleted', async () => {
    const used = await createPartnerThroughApi(c.DIRECTOR);
    await c.DIRECTOR.post(`/api/v1/partners/${used.id}/log`, {
      kind: 'MEETING',
      happenedOn: '2026-03-03',
      subject: 'Spotkanie w sprawie naboru',
    });
    const refused = await c.DIRECTOR.request('DELETE', `/api/v1/partners/${used.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PARTNER_IN_USE');
    const archived = await c.DIRECTOR.post(`/api/v1/partners/${used.id}/archive`, { version: used.version });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archived).toBe(true);
    const live = (await c.DIRECTOR.get('/api/v1/partners')).json().items.map((x: { id: string }) => x.id);
    expect(live).not.toContain(used.id);
    const all = (await c.DIRECTOR.get('/api/v1/partners?archived=true'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(all).toContain(used.id);
    expect((await c.DIRECTOR.get(`/api/v1/partners/${used.id}`)).json().partner.archived).toBe(true);

    const unused = await createPartnerThroughApi(c.DIRECTOR);
    expect((await c.DIRECTOR.request('DELETE', `/api/v1/partners/${unused.id}`)).statusCode).toBe(204);
    expect((await c.DIRECTOR.get(`/api/v1/partners/${unused.id}`)).statusCode).toBe(404);
  });
});
