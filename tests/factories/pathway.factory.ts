import { expect } from 'vitest';
import type { ApiClient } from '../support/api';

let seq = 0;

/** A person without PESEL (birth date + sex) whose name is unique in the test run. */
export const buildPerson = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Grażyna',
  lastName: `Wiśniewska-${String.fromCharCode(65 + (++seq % 26))}${seq}`,
  pesel: null,
  birthDate: `1980-03-${String((seq % 27) + 1).padStart(2, '0')}`,
  sex: 'F',
  bankAccount: '61109010140000071219812874',
  ...overrides,
});

/** An OPS referral with consent and the OPS opinion (January 2026). */
export const buildReferral = (overrides: Record<string, unknown> = {}) => ({
  applicantType: 'OPS',
  referringBodyKind: 'OPS',
  referringBody: 'Miejski Ośrodek Pomocy Społecznej w Bolesławcu',
  referringBodyAddress: 'ul. Sądowa 1, 59-700 Bolesławiec',
  referredOn: '2026-01-05',
  receivedOn: '2026-01-07',
  consentGiven: true,
  consentOn: '2026-01-05',
  opsOpinionOn: '2026-01-04',
  opsOpinion: 'Wywiad środowiskowy przeprowadzony; opinia pozytywna.',
  ...overrides,
});

export const buildDecision = (referralId: string, overrides: Record<string, unknown> = {}) => ({
  referralId,
  decidedOn: '2026-01-12',
  groups: ['LONG_TERM_UNEMPLOYED'],
  declaredBenefits: [],
  declarationSigned: true,
  ...overrides,
});

/** An IPZS from 2 February 2026, 35 hours a week. */
export const buildIpzs = (overrides: Record<string, unknown> = {}) => ({
  admissionDate: '2026-02-02',
  workshop: 'Gastronomia',
  weeklyHours: 35,
  vocationalScope: 'Przygotowanie do pracy w gastronomii.',
  vocationalForms: 'Warsztat gastronomiczny, praktyka u pracodawcy.',
  socialScope: 'Budowanie nawyku punktualności.',
  socialForms: 'Trening umiejętności społecznych, poradnictwo psychologiczne.',
  responsiblePersons: [
    { name: 'Anna Nowak', role: 'pracownik socjalny' },
    { name: 'Jan Kowalski', role: 'instruktor zawodu' },
  ],
  ...overrides,
});

/** Registers a person and takes them through referral, eligibility and a signed IPZS (the director does every step). */
export async function admitThroughApi(
  director: ApiClient,
  overrides: { person?: Record<string, unknown>; ipzs?: Record<string, unknown> } = {},
) {
  const created = await director.post('/api/v1/participants', buildPerson(overrides.person));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const ref = await director.post(`/api/v1/participants/${id}/referrals`, buildReferral());
  expect(ref.statusCode, ref.body).toBe(201);
  const dec = await director.post(
    `/api/v1/participants/${id}/eligibility-decisions`,
    buildDecision(ref.json().id),
  );
  expect(dec.statusCode, dec.body).toBe(201);
  const p = await director.post(`/api/v1/participants/${id}/programmes`, buildIpzs(overrides.ipzs));
  expect(p.statusCode, p.body).toBe(201);
  const signed = await director.post(`/api/v1/participants/${id}/programmes/${p.json().id}/sign`, {
    signedOn: p.json().admissionDate,
    version: p.json().version,
  });
  expect(signed.statusCode, signed.body).toBe(200);
  if (signed.json().kind !== 'IPZS')
    return { id, referralId: ref.json().id as string, programme: signed.json() };
  // The benefit is granted by the director on the participant's application (art. 15 ust. 4).
  const applied = await director.request(
    'PUT',
    `/api/v1/participants/${id}/programmes/${p.json().id}/benefit-application`,
    {
      applicationOn: p.json().admissionDate,
      granted: true,
      grantedOn: p.json().admissionDate,
      version: signed.json().version,
    },
  );
  expect(applied.statusCode, applied.body).toBe(200);
  return { id, referralId: ref.json().id as string, programme: applied.json() };
}
