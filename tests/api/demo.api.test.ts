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
});
