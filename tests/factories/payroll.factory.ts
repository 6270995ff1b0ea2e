import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/contracts/common';
import { STAFF_ROLES as ROLES } from '../../src/domain/access/roles';
import type { AppDeps } from '../../src/app/deps';
import { clientFor, seedCentre, type ApiClient } from '../support/api';
import { admitThroughApi } from './pathway.factory';

export const MAY_CLASS_DAYS = [
  '04',
  '05',
  '06',
  '07',
  '08',
  '11',
  '12',
  '13',
  '14',
  '15',
  '18',
  '19',
  '20',
  '21',
  '22',
  '25',
  '26',
  '27',
  '28',
  '29',
].map((d) => `2026-05-${d}`);

/**
 * A CIS with a bank account, one workshop and four people: one present all May, one paid in cash
 * (one unexcused day), one admitted in May (trial month), one who left for a job in April (the IPZS
 * continues without benefit). The May class programme is approved and the days are recorded.
 */
export async function preparePayrollMonth(app: FastifyInstance, deps: AppDeps) {
  const a = await seedCentre(deps);
  const c = {} as Record<Role, ApiClient>;
  for (const role of ROLES) c[role] = await clientFor(app, a.accounts[role]);
  const centre = (await c.ADMIN.get('/api/v1/centre')).json();
  const set = await c.ADMIN.patch('/api/v1/centre', {
    settings: { bankAccount: '55 1140 2004 0000 3100 1234 5678' },
    version: centre.version,
  });
  expect(set.statusCode, set.body).toBe(200);
  const workshopId = (
    await c.DIRECTOR.post('/api/v1/workshops', { name: 'Kuchnia', type: 'GASTRONOMY' })
  ).json().id as string;
  const people = { full: '', cash: '', trial: '', leaving: '' };
  people.full = (await admitThroughApi(c.DIRECTOR, { person: { firstName: 'Zofia', lastName: 'Pełna' } })).id;
  people.cash = (
    await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Jan', lastName: 'Gotówka', bankAccount: null },
    })
  ).id;
  people.trial = (
    await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Ewa', lastName: 'Próbna' },
      ipzs: { admissionDate: '2026-05-04' },
    })
  ).id;
  const leaving = await admitThroughApi(c.DIRECTOR, { person: { firstName: 'Adam', lastName: 'Pracujący' } });
  people.leaving = leaving.id;
  expect(
    (
      await c.DIRECTOR.post(`/api/v1/participants/${leaving.id}/programmes/${leaving.programme.id}/exit`, {
        type: 'EMPLOYMENT',
        lastDay: '2026-04-30',
        eventDate: '2026-05-01',
        continuationUntil: '2026-10-31',
        version: leaving.programme.version,
      })
    ).statusCode,
  ).toBe(200);
  const cash = (await c.DIRECTOR.get(`/api/v1/participants/${people.cash}`)).json();
  expect(
    (
      await c.DIRECTOR.patch(`/api/v1/participants/${people.cash}`, {
        paidInCash: true,
        version: cash.version,
      })
    ).statusCode,
  ).toBe(200);
  for (const id of [people.full, people.cash])
    await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/assignments`, {
      participantId: id,
      fromDate: '2026-02-02',
    });
  await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/assignments`, {
    participantId: people.trial,
    fromDate: '2026-05-04',
  });
  const programme = (
    await c.DIRECTOR.request('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
      weekdayHours: [7, 7, 7, 7, 7, 0, 0],
      version: null,
    })
  ).json();
  await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`, {
    version: programme.version,
  });
  const entries = [people.full, people.cash, people.trial].flatMap((participantId) =>
    MAY_CLASS_DAYS.map((date) => ({
      participantId,
      date,
      status: participantId === people.cash && date === '2026-05-12' ? 'unexcused' : 'present',
      version: null,
    })),
  );
  const saved = await c.DIRECTOR.request('PUT', '/api/v1/attendance', {
    workshopId,
    month: '2026-05',
    entries,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { c, centreId: a.centreId, workshopId, people };
}

/** Locks May, computes, reviews, approves and closes the payroll. */
export async function closeMay(c: Record<Role, ApiClient>, workshopId: string) {
  expect(
    (await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' })).statusCode,
  ).toBe(200);
  let p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')).json();
  p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/review', { version: p.version })).json();
  p = (await c.DIRECTOR.post('/api/v1/payroll/2026-05/approve', { version: p.version })).json();
  const closed = await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/close', { version: p.version });
  expect(closed.statusCode, closed.body).toBe(200);
  return closed.json();
}
