import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../src/app/setup/seed-demo';
import { ApiClient, createApiHarness, type ApiHarness } from '../support/api';

describe('demo centre', () => {
  let h: ApiHarness;
  let director: ApiClient;
  beforeAll(async () => {
    h = await createApiHarness();
    expect(await seedDemo(h.deps)).toEqual({ created: true });
    director = new ApiClient(h.app);
    const email = DEMO_ACCOUNTS.find((a) => a.role === 'DIRECTOR')!.email;
    expect((await director.login(email, DEMO_PASSWORD)).statusCode).toBe(200);
  });
  afterAll(() => h.close());

  it('shows fictional participants at every stage of the pathway, through the real rules', async () => {
    const list = (await director.get('/api/v1/participants?pageSize=100')).json();
    const byStatus = (s: string) => list.items.filter((p: { status: string }) => p.status === s).length;
    expect({
      ACTIVE: byStatus('ACTIVE'),
      ELIGIBLE: byStatus('ELIGIBLE'),
      REFERRED: byStatus('REFERRED'),
      REFUSED: byStatus('REFUSED'),
      EXITED: byStatus('EXITED'),
      WAITING: byStatus('WAITING'),
    }).toEqual({ ACTIVE: 4, ELIGIBLE: 1, REFERRED: 1, REFUSED: 1, EXITED: 2, WAITING: 1 });
    const followUps = (await director.get('/api/v1/follow-ups?all=true')).json().items;
    expect(followUps).toHaveLength(4);
    const workshops = (await director.get('/api/v1/workshops')).json().items;
    expect(workshops.map((w: { name: string; assigned: number }) => [w.name, w.assigned])).toEqual([
      ['Gastronomiczny', 1],
      ['Ogrodniczy', 1],
      ['Remontowo-budowlany', 2],
    ]);
    expect(await seedDemo(h.deps)).toEqual({ created: false });
  });

  it(
    'has a staff register: two instructors conduct the classes, so the 1 : ' +
      '10 check of the 4 in classes holds',
    async () => {
      const ratio = (await director.get('/api/v1/staff/ratio')).json();
      expect(ratio).toMatchObject({
        participants: 4,
        employeesConductingClasses: 2,
        allowedParticipants: 20,
        ok: true,
      });
      const card = (await director.get('/api/v1/home'))
        .json()
        .cards.find((c: { id: string }) => c.id === 'STAFF_RATIO');
      expect(card).toMatchObject({ tone: 'ok', values: { employees: 2 } });
    },
  );

  it(
    'has the last two months closed, recorded day by day, with a sick note ' +
      'and an unexcused day to learn from',
    async () => {
      const accountant = new ApiClient(h.app);
      const email = DEMO_ACCOUNTS.find((a) => a.role === 'ACCOUNTANT')!.email;
      expect((await accountant.login(email, DEMO_PASSWORD)).statusCode).toBe(200);
      const today = new Date(h.deps.now()).toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
      const monthBack = (n: number) => {
        const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - n, 1));
        return d.toISOString().slice(0, 7);
      };
      const workshops = (await director.get('/api/v1/workshops')).json().items as { id: string }[];
      for (const month of [monthBack(2), monthBack(1)]) {
        const payroll = (await accountant.get(`/api/v1/payroll/${month}`)).json();
        expect(payroll.status, month).toBe('CLOSED');
        expect(payroll.lines.length).toBeGreaterThan(0);
        for (const w of workshops) {
          const grid = (await director.get(`/api/v1/attendance?workshopId=${w.id}&month=${month}`)).json();
          expect(grid.lock.status).toBe('LOCKED');
          for (const p of grid.participants) expect(p.missingDays).toEqual([]);
        }
      }
      const last = (await accountant.get(`/api/v1/payroll/${monthBack(1)}`)).json();
      const explained = last.lines.flatMap((l: { explanation: string[] }) => l.explanation).join('\n');
      expect(explained).toMatch(/1\/40/);
      expect(explained).toMatch(/1\/20|nieusprawiedliwion/);
      const claim = await accountant.get(`/api/v1/payroll/${monthBack(1)}/refund-claim.pdf`);
      expect(claim.statusCode).toBe(200);
    },
  );
});
