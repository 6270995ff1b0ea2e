import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { bodyText, readBack } from '../reports/pdf-readback';

const adult = {
  firstName: 'Halina',
  lastName: 'Wiśniewska',
  sex: 'F',
  birthDate: '1958-04-12',
  phone: '600 100 200',
};
const minor = { firstName: 'Kuba', lastName: 'Nowicki', sex: 'M', birthDate: '2010-05-01' };

describe.each(testEngines())('volunteers on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let halina: string;
  const count = async (table: 'volunteers' | 'volunteer_agreements' | 'volunteer_activities') =>
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

  it('refuses a minor without the guardian and the consent, at the fields, writing nothing', async () => {
    const bad = await c.SOCIAL_WORKER.post('/api/v1/volunteers', minor);
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['guardianConsentOn', 'guardianName']);
    expect(fields.find((f) => f.path === 'guardianConsentOn')!.message).toContain(
      'za zgodą przedstawiciela ustawowego',
    );
    expect(await count('volunteers')).toBe(0);

    const ok = await c.SOCIAL_WORKER.post('/api/v1/volunteers', {
      ...minor,
      guardianName: 'Anna Nowicka',
      guardianConsentOn: '2026-09-01',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ minor: true, guardianName: 'Anna Nowicka' });
  });

  it('records an adult; an instructor or accountant may not see volunteers; another centre gets 404', async () => {
    const res = await c.DIRECTOR.post('/api/v1/volunteers', adult);
    expect(res.statusCode).toBe(201);
    halina = res.json().id;
    expect(res.json()).toMatchObject({ minor: false, totalMinutes: 0, agreements: [], activities: [] });
    for (const role of ['INSTRUCTOR', 'ACCOUNTANT'] as const)
      expect((await c[role].get('/api/v1/volunteers')).statusCode).toBe(403);
    expect((await other.get(`/api/v1/volunteers/${halina}`)).statusCode).toBe(404);
    const list = (await c.SOCIAL_WORKER.get('/api/v1/volunteers')).json();
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['Kuba Nowicki', 'Halina Wiśniewska']);
    expect(list.rules).toMatchObject({ writtenAgreementAfterDays: 30 });
    expect(list.rules.source).toContain('art. 44 ust. 4');
    expect(list.rules.note).toBe('Zasada według przepisów w brzmieniu obowiązującym od 12 marca 2010 r.');
    // No internal notes reach the screen: neither the confirmation flag nor "unconfirmed" wording.
    expect(JSON.stringify(list.rules)).not.toMatch(/confirmed|potwierdz|law\.md|\.ts\b/i);
  });

  it(
    'needs a written agreement for more than 30 days or without an end; up ' +
      'to 30 days an oral one is fine',
    async () => {
      const long = await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/agreements`, {
        signedOn: '2026-03-01',
        validFrom: '2026-03-01',
        validUntil: '2026-03-31', // 31 days, both ends included
        scope: 'Szycie maseczek',
        written: false,
      });
      expect(long.statusCode).toBe(400);
      expect(long.json().error.details.fields[0]).toMatchObject({ path: 'written' });
      expect(await count('volunteer_agreements')).toBe(0);

      const short = await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/agreements`, {
        signedOn: '2026-03-01',
        validFrom: '2026-03-01',
        validUntil: '2026-03-30', // exactly 30 days
        scope: 'Szycie maseczek',
        written: false,
      });
      expect(short.statusCode).toBe(200);
      expect(short.json().agreements[0]).toMatchObject({ number: 'POW/2026/0001', written: false });
      expect(short.json().agreements[0].insurance).toContain('centrum ubezpiecza');

      const open = await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/agreements`, {
        signedOn: '2026-04-01',
        validFrom: '2026-04-01',
        validUntil: null,
        scope: 'Wieczory gier planszowych z seniorami',
        written: true,
      });
      expect(open.json().agreements.map((a: { number: string }) => a.number)).toEqual([
        'POW/2026/0001',
        'POW/2026/0002',
      ]);
      expect(open.json().agreements[1].insurance).toContain('Porozumienie bez daty końca');
    },
  );

  it('numbers two agreements recorded at the same moment without sharing a number', async () => {
    const kuba = (await c.DIRECTOR.get('/api/v1/volunteers')).json().items[0].id;
    const body = {
      signedOn: '2026-09-01',
      validFrom: '2026-09-01',
      validUntil: '2026-09-20',
      scope: 'Wieczory gier',
      written: true,
    };
    const [a, b] = await Promise.all([
      c.DIRECTOR.post(`/api/v1/volunteers/${kuba}/agreements`, body),
      c.SOCIAL_WORKER.post(`/api/v1/volunteers/${halina}/agreements`, body),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const numbers = [a.json().agreements.at(-1).number, b.json().agreements.at(-1).number].sort();
    expect(numbers).toEqual(['POW/2026/0003', 'POW/2026/0004']);
  });

  it('records activities only on days under an agreement and sums the hours', async () => {
    const before = await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/activities`, {
      doneOn: '2026-02-15',
      activity: 'Szycie maseczek',
      minutes: 120,
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details.fields[0]).toMatchObject({ path: 'doneOn', code: 'NO_AGREEMENT' });
    expect(await count('volunteer_activities')).toBe(0);

    for (const [doneOn, activity, minutes] of [
      ['2026-03-10', 'Szycie maseczek', 150],
      ['2026-03-12', 'Szycie maseczek', 90],
      ['2026-05-06', 'Wieczór gier planszowych', 120],
    ] as const)
      expect(
        (await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/activities`, { doneOn, activity, minutes }))
          .statusCode,
      ).toBe(200);
    const card = (await c.SOCIAL_WORKER.get(`/api/v1/volunteers/${halina}`)).json();
    expect(card.totalMinutes).toBe(150 + 90 + 120);
  });

  it('prints the certificate and the opinion; both read back with the hours', async () => {
    const cert = await c.DIRECTOR.get(`/api/v1/volunteers/${halina}/certificate.pdf`);
    expect(cert.statusCode).toBe(200);
    const text = bodyText(readBack(`volunteer-certificate-${engine}`, cert.rawPayload).pages);
    expect(text).toContain('ZAŚWIADCZENIE');
    expect(text).toContain('o wykonaniu świadczeń przez wolontariusza');
    expect(text).toContain('Zaświadcza się, że Halina Wiśniewska wykonywała na rzecz');
    // 150 + 90 + 120 = 360 min = 6 h
    expect(text).toContain('w łącznym wymiarze 6 h');
    expect(text).toContain('od 10 marca 2026 r. do 6 maja 2026 r.');
    expect(text).toContain('POW/2026/0001');
    expect(text).toContain('2 h 30 min');

    const opinion = await c.DIRECTOR.post(`/api/v1/volunteers/${halina}/opinion.pdf`, {
      text: 'Pani Halina była sumienna i serdeczna wobec seniorów.',
    });
    expect(opinion.statusCode).toBe(200);
    const o = bodyText(readBack(`volunteer-opinion-${engine}`, opinion.rawPayload).pages);
    expect(o).toContain('OPINIA o pracy wolontariusza');
    expect(o).toContain('Wolontariusz Halina');
    expect(o).toContain('Pani Halina była sumienna i serdeczna wobec seniorów.');
    expect(o).toContain('Szycie maseczek, Wieczór gier planszowych');

    const kuba = (await c.DIRECTOR.get('/api/v1/volunteers')).json().items[0].id;
    // Kuba has an agreement but no activity yet: nothing to certify.
    const none = await c.DIRECTOR.get(`/api/v1/volunteers/${kuba}/certificate.pdf`);
    expect(none.statusCode).toBe(400);
    expect((await other.get(`/api/v1/volunteers/${halina}/certificate.pdf`)).statusCode).toBe(404);
  });

  it('counts volunteers of a year by sex and by activity', async () => {
    const s = (await c.DIRECTOR.get('/api/v1/volunteers/stats?year=2026')).json();
    // Halina (agreements and 3 activities) and Kuba (an agreement in September, no activity) count.
    expect(s.bySex).toEqual({ F: 1, M: 1, total: 2 });
    expect(s.byActivity).toEqual([
      { activity: 'Szycie maseczek', volunteers: 1, minutes: 240 },
      { activity: 'Wieczór gier planszowych', volunteers: 1, minutes: 120 },
    ]);
    expect((await c.DIRECTOR.get('/api/v1/volunteers/stats?year=2025')).json().bySex.total).toBe(0);
    expect((await c.DIRECTOR.get('/api/v1/volunteers/stats?year=abc')).statusCode).toBe(400);
  });

  it('writes the reads and changes of volunteers to the audit log', async () => {
    const actions = (
      await h.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'volunteer.%')
        .execute()
    ).map((r) => r.action);
    for (const a of [
      'volunteer.create',
      'volunteer.read',
      'volunteer.agreement_add',
      'volunteer.activity_add',
      'volunteer.certificate_print',
      'volunteer.opinion_print',
    ])
      expect(actions).toContain(a);
  });
});
