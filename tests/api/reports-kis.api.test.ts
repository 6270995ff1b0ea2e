import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import { buildDecision, buildPerson, buildReferral } from '../factories/pathway.factory';
import { readBack } from '../reports/pdf-readback';

/**
 * A KIS (art. 18a ust. 6): one person on a social contract who took a job after the club. Item 2 of the
 * report: 1 participant, 1 with reintegration effects, of whom 1 employed after the KIS.
 */
describe.each(testEngines())('KIS annual report on %s', (engine) => {
  let h: ApiHarness;
  let director: ApiClient;
  let id: string;
  let programme: { id: string; version: number };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    await seedCentre(h.deps, ['ADMIN']);
    const kis = await seedCentre(h.deps, ['DIRECTOR'], {
      type: 'KIS',
      name: 'Klub Integracji Społecznej „Przystań”',
    });
    director = await clientFor(h.app, kis.accounts.DIRECTOR);
    id = (await director.post('/api/v1/participants', buildPerson({ firstName: 'Wanda', sex: 'F' }))).json()
      .id;
    const ref = (await director.post(`/api/v1/participants/${id}/referrals`, buildReferral())).json();
    await director.post(
      `/api/v1/participants/${id}/eligibility-decisions`,
      buildDecision(ref.id, { groups: ['HOMELESS'] }),
    );
    const created = (
      await director.post(`/api/v1/participants/${id}/programmes`, {
        admissionDate: '2026-02-02',
        contractNumber: 'KS/3/2026',
        contractOps: 'MOPS w Bolesławcu',
        contractFrom: '2026-01-20',
        contractTo: '2026-07-31',
        plannedEnd: '2026-07-31',
        workshop: 'Klub pracy',
      })
    ).json();
    programme = (
      await director.post(`/api/v1/participants/${id}/programmes/${created.id}/sign`, {
        signedOn: '2026-02-02',
        version: created.version,
      })
    ).json();
  }, 120_000);
  afterAll(() => h.close());

  it('refuses a situation that contradicts itself, at the field', async () => {
    const bad = await director.post(`/api/v1/participants/${id}/programmes/${programme.id}/exit`, {
      type: 'COMPLETED',
      lastDay: '2026-07-31',
      situation: { work: 'NONE', employmentForm: 'EMPLOYER' },
      version: programme.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('situation.employmentForm');
  });

  it('answers the four statutory items on the same route', async () => {
    const exit = await director.post(`/api/v1/participants/${id}/programmes/${programme.id}/exit`, {
      type: 'COMPLETED',
      lastDay: '2026-07-31',
      situation: {
        work: 'EMPLOYMENT',
        employmentForm: 'EMPLOYER',
        contractType: 'EMPLOYMENT_CONTRACT',
        socialEffects: ['SOCIAL_SKILLS'],
      },
      version: programme.version,
    });
    expect(exit.statusCode, exit.body).toBe(200);
    const r = (await director.get('/api/v1/reports/annual/2026')).json();
    expect(r).toMatchObject({
      centreType: 'KIS',
      participants: { total: 1, started: 1, ended: 1, byGroup: { HOMELESS: 1 } },
      reintegrationEffects: { total: 1, employmentAfter: 1 },
      economicallyIndependent: { total: 1, employment: 1 },
      finance: { benefitsPaidGrosze: 0, bonusesPaidGrosze: 0 },
      warnings: [],
    });
    const text = readBack(
      `kis-${engine}`,
      (await director.get('/api/v1/reports/annual/2026.pdf')).rawPayload,
    ).text;
    for (const part of [
      'SPRAWOZDANIE KLUBU INTEGRACJI SPOŁECZNEJ ZA ROK 2026',
      '1. PRACOWNICY — LICZBA, WYMIAR CZASU PRACY, PODSTAWA ZATRUDNIENIA',
      '2. UCZESTNICY WEDŁUG GRUP',
      'w tym podjęli zatrudnienie po zakończeniu udziału 1',
      '3. DZIAŁANIA Z ZAKRESU REINTEGRACJI',
      '4. ROZLICZENIE DOTACJI ZA ROK POPRZEDNI',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('CZĘŚĆ VI');
  });
});
