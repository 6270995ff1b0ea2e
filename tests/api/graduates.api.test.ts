import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { admitThroughApi } from '../factories/pathway.factory';
import { readBack } from '../reports/pdf-readback';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/**
 * Five people whose classes ended, set straight on their programme rows (the exit and the certificate are
 * the pathway module's use cases, tested there). Hand-counted against art. 2 pkt 1a: ≥ 6 months from the
 * admission and a certificate; the status lasts 6 months from the last day of classes.
 */
const PEOPLE = {
  // 03.03.2025 + 6 months = 03.09.2025 ≤ 01.01.2026 (day after the last): graduate until 30.06.2026.
  bogna: { admission: '2025-03-03', lastDay: '2025-12-31', certificate: '2025-12-31' },
  // 4 months only.
  cezary: { admission: '2025-09-01', lastDay: '2025-12-31', certificate: '2025-12-31' },
  // Exactly 6 months (02.01 → 01.07 inclusive): graduate until 01.01.2026 — over by May 2026.
  dorota: { admission: '2025-01-02', lastDay: '2025-07-01', certificate: '2025-07-01' },
  // One day short of 6 months.
  edward: { admission: '2025-01-02', lastDay: '2025-06-30', certificate: '2025-06-30' },
  // 6 months but no certificate was issued.
  felicja: { admission: '2025-02-03', lastDay: '2025-10-31', certificate: null },
} as const;

describe.each(testEngines())('graduates and their follow-up on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  const programmeOf = {} as Record<keyof typeof PEOPLE, string>;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-05-20T10:00:00Z');
    for (const [name, p] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)['bogna']][]) {
      const { programme } = await admitThroughApi(c.DIRECTOR, {
        person: { firstName: name[0]!.toUpperCase() + name.slice(1), lastName: 'Absolwencka' },
      });
      programmeOf[name] = programme.id;
      await h.deps.db
        .updateTable('programmes')
        .set({
          admission_date: p.admission,
          last_day: p.lastDay,
          status: 'CLOSED',
          exit_type: 'COMPLETED',
          closed_on: p.lastDay,
          certificate_number: p.certificate ? `ZAS/${p.certificate.slice(0, 4)}/${name}` : null,
          certificate_issued_on: p.certificate,
        })
        .where('id', '=', programme.id)
        .execute();
    }
  });
  afterAll(() => h.close());

  it('records follow-up contacts after the exit only', async () => {
    const before = await c.SOCIAL_WORKER.post(`/api/v1/graduates/${programmeOf.bogna}/contacts`, {
      contactedOn: '2025-12-15',
      channel: 'PHONE',
      employment: 'EMPLOYED',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details.fields[0]).toMatchObject({ path: 'contactedOn', code: 'BEFORE_EXIT' });
    const bad = await c.SOCIAL_WORKER.post(`/api/v1/graduates/${programmeOf.bogna}/contacts`, {
      contactedOn: '2026-02-10',
      channel: 'PIGEON',
      employment: 'EMPLOYED',
    });
    expect(bad.statusCode).toBe(400);
    for (const [who, contactedOn, employment, employer] of [
      ['bogna', '2026-02-10', 'EMPLOYED', 'Malbud sp. z o.o.'],
      ['dorota', '2025-09-15', 'REGISTERED_UNEMPLOYED', null],
      ['dorota', '2025-11-20', 'CIVIL_CONTRACT', 'Sklep „Pod Lipą”'],
    ] as const) {
      const r = await c.SOCIAL_WORKER.post(`/api/v1/graduates/${programmeOf[who]}/contacts`, {
        contactedOn,
        channel: 'PHONE',
        employment,
        employer,
        supportGiven: 'Pomoc w napisaniu CV',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect(
      (
        await other.post(`/api/v1/graduates/${programmeOf.bogna}/contacts`, {
          contactedOn: '2026-02-11',
          channel: 'PHONE',
          employment: 'EMPLOYED',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lists graduates with the status still lasting, expired, by exit year and by employment', async () => {
    const names = async (q: string) =>
      ((await c.DIRECTOR.get(`/api/v1/graduates${q}`)).json().items as { participant: { name: string } }[])
        .map((g) => g.participant.name.split(' ')[1])
        .sort();
    expect(await names('')).toEqual(['Bogna', 'Dorota']);
    expect(await names('?state=current')).toEqual(['Bogna']);
    expect(await names('?state=expired')).toEqual(['Dorota']);
    expect(await names('?employment=CIVIL_CONTRACT')).toEqual(['Dorota']);
    expect(await names('?exitYear=2026')).toEqual([]);
    const bogna = (await c.DIRECTOR.get('/api/v1/graduates?state=current')).json().items[0];
    expect(bogna).toMatchObject({ until: '2026-06-30', current: true, latest: { employment: 'EMPLOYED' } });
    expect((await c.INSTRUCTOR.get('/api/v1/graduates')).statusCode).toBe(403);
    expect((await other.get('/api/v1/graduates')).json().items).toEqual([]);
  });

  it('gives the year’s figures for the report, each with how it was counted', async () => {
    const res = await c.DIRECTOR.get('/api/v1/graduates/figures?year=2025');
    const f = res.json();
    // Ended in 2025: all five; graduates Bogna and Dorota; both still had the status on 31.12.2025
    // (Dorota's lasted to 01.01.2026). Contacts by 31.12.2025: Dorota only (Bogna's was in February 2026);
    // her latest: a civil-law contract → 1 working, Bogna unknown.
    expect(f).toMatchObject({
      year: 2025,
      graduates: 2,
      notGraduates: 3,
      statusOnYearEnd: 2,
      contacted: 1,
      workingAtLatestContact: 1,
    });
    expect(f.byEmployment).toMatchObject({ CIVIL_CONTRACT: 1, UNKNOWN: 1, EMPLOYED: 0 });
    expect(f.how[0]).toContain('2025 r.: 5');
  });

  it('prints the graduate confirmation, and refuses it with the reasons for a non-graduate', async () => {
    const pdf = await c.SOCIAL_WORKER.get(`/api/v1/graduates/${programmeOf.bogna}/confirmation.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = readBack('graduate-confirmation', pdf.rawPayload).text;
    for (const s of [
      'Potwierdzenie statusu absolwenta CIS',
      'art. 2 pkt 1a',
      'Bogna Absolwencka',
      '03.03.2025 – 31.12.2025',
      'ZAS/2025/bogna',
      '30.06.2026',
    ])
      expect(text).toContain(s);
    const refused = await c.SOCIAL_WORKER.get(`/api/v1/graduates/${programmeOf.felicja}/confirmation.pdf`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('nie wydano zaświadczenia');
    expect((await other.get(`/api/v1/graduates/${programmeOf.bogna}/confirmation.pdf`)).statusCode).toBe(404);
  });
});
