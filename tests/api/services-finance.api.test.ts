import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { insertPartner } from '../factories/partner.factory';
import { up as backfill } from '../../src/db/migrations/20261202_0025_services_stands';

type Entry = {
  source: string;
  incomeSource: string;
  occurredOn: string;
  amountGrosze: number;
  documentRef: string | null;
  id: string;
};

/**
 * Service income in the finance register, by hand:
 * one line 10 h × 80,00 zł net, VAT 23 % → 800,00 + 184,00 = 984,00 zł gross (98 400 gr).
 * Invoiced 20.05 (no money yet → 0), paid 400,00 on 22.05 and 584,00 on 03.06 → 984,00.
 * A stand: 12 × 25,00 = 300,00 on its last day 14.06 → 1 284,00; takings recounted to 275,50 → 1 259,50;
 * the 400,00 payment was a mistake and is removed → 859,50 zł (85 950 gr) = paid 584,00 + stand 275,50.
 */
describe.each(testEngines())('services income feeds the finance register once on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let workshopId: string;
  let orderId: string;
  let version: number;

  const register = async () => (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json();
  const services = async () => {
    const r = await register();
    return {
      amount: r.ownIncome.bySource.find((s: { source: string }) => s.source === 'SERVICES')?.amount ?? 0,
      entries: (r.entries as Entry[]).filter((e) => e.source === 'SERVICES_MODULE'),
      summary: r.summary.ownIncomeGrosze as number,
    };
  };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    let centreId: string;
    ({ other, centreId } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-06-20T10:00:00Z');
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Zieleń',
        type: 'GARDENING',
        instructorIds: [instructorId],
      })
    ).json().id;
    const partnerId = (
      await insertPartner(h.deps.db, centreId, { kind: 'EMPLOYER', name: 'Wspólnota Lipowa 4' })
    ).id;
    const customerId = (
      await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId })
    ).json().id;
    const quote = await c.DIRECTOR.post('/api/v1/services/orders', {
      workshopId,
      customerId,
      title: 'Koszenie trawników',
      quoteDate: '2026-05-04',
      items: [{ name: 'Koszenie', unit: 'godz.', quantity: 10, netPrice: 8000, vatRate: '23' }],
      totalGross: 98400,
    });
    expect(quote.statusCode, quote.body).toBe(201);
    orderId = quote.json().id;
    const accepted = await c.DIRECTOR.post(`/api/v1/services/orders/${orderId}/accept`, {
      orderDate: '2026-05-05',
      version: quote.json().version,
    });
    version = accepted.json().version;
  });
  afterAll(() => h.close());

  it(
    'an invoice alone adds nothing; each payment appears once, on the day it ' +
      'was paid, naming the invoice',
    async () => {
      const invoiced = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/invoice`, {
        invoiceNumber: 'FV/7/2026',
        invoicedOn: '2026-05-20',
        version,
      });
      expect(invoiced.statusCode, invoiced.body).toBe(200);
      version = invoiced.json().version;
      expect((await services()).amount).toBe(0);
      for (const [paidOn, amount] of [
        ['2026-05-22', 40000],
        ['2026-06-03', 58400],
      ] as const) {
        const paid = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/payments`, {
          paidOn,
          amount,
        });
        expect(paid.statusCode, paid.body).toBe(200);
        version = paid.json().version;
      }
      const s = await services();
      expect(s.amount).toBe(98400);
      expect(s.summary).toBe(98400);
      expect(
        s.entries.map((e) => [e.occurredOn, e.amountGrosze, e.incomeSource, e.documentRef]).sort(),
      ).toEqual([
        ['2026-05-22', 40000, 'SERVICES', 'FV/7/2026'],
        ['2026-06-03', 58400, 'SERVICES', 'FV/7/2026'],
      ]);
      // A corrected invoice number follows into the register; the amounts stay, nothing is added.
      const corrected = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/invoice`, {
        invoiceNumber: 'FV/7K/2026',
        invoicedOn: '2026-05-20',
        version,
      });
      expect(corrected.statusCode, corrected.body).toBe(200);
      const after = await services();
      expect(after.amount).toBe(98400);
      expect(after.entries.map((e) => e.documentRef)).toEqual(['FV/7K/2026', 'FV/7K/2026']);
      // The accountant cannot remove or type it a second time in the finance register.
      const del = await c.ACCOUNTANT.request('DELETE', `/api/v1/finance/entries/${after.entries[0]!.id}`);
      expect(del.statusCode).toBe(409);
      const typed = await c.ACCOUNTANT.post('/api/v1/finance/entries', {
        kind: 'OWN_INCOME',
        incomeSource: 'SERVICES',
        occurredOn: '2026-05-22',
        amountGrosze: 40000,
        description: 'Koszenie',
      });
      expect(typed.statusCode).toBe(400);
      expect((await services()).amount).toBe(98400);
    },
  );

  it(
    'stand takings count on the stand’s last day; a recount replaces them; ' +
      'a mistaken payment leaves with its entry',
    async () => {
      const stand = await c.INSTRUCTOR.post('/api/v1/services/stands', {
        workshopId,
        name: 'Kiermasz świąteczny',
        place: 'Rynek',
        fromDate: '2026-06-13',
        toDate: '2026-06-14',
        products: [{ name: 'Wianek', taken: 20, sold: 12, unitPrice: 2500 }],
      });
      expect(stand.statusCode, stand.body).toBe(201);
      let s = await services();
      expect(s.amount).toBe(128400);
      expect(s.entries.find((e) => e.occurredOn === '2026-06-14')?.amountGrosze).toBe(30000);

      const standId = stand.json().id;
      expect(
        (
          await c.INSTRUCTOR.post(`/api/v1/services/stands/${standId}/takings`, {
            takings: 27550,
            reason: 'x',
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await other.post(`/api/v1/services/stands/${standId}/takings`, { takings: 1, reason: 'x' }))
          .statusCode,
      ).toBe(404);
      const recount = await c.ACCOUNTANT.post(`/api/v1/services/stands/${standId}/takings`, {
        takings: 27550,
        reason: 'Przeliczenie kasetki po kiermaszu',
      });
      expect(recount.statusCode, recount.body).toBe(200);
      expect(recount.json().takings).toBe(27550);
      s = await services();
      expect(s.amount).toBe(125950);
      expect(s.entries).toHaveLength(3);

      const order = (await c.ACCOUNTANT.get(`/api/v1/services/orders/${orderId}`)).json();
      const mistaken = order.payments.find((p: { amount: number }) => p.amount === 40000);
      const path = `/api/v1/services/orders/${orderId}/payments/${mistaken.id}/cancel`;
      expect((await c.ACCOUNTANT.post(path, {})).statusCode).toBe(400);
      expect((await c.INSTRUCTOR.post(path, { reason: 'pomyłka' })).statusCode).toBe(403);
      const cancelled = await c.ACCOUNTANT.post(path, { reason: 'Wpłata wpisana do złego zlecenia' });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json().paid).toBe(58400);
      expect((await c.ACCOUNTANT.post(path, { reason: 'drugi raz' })).statusCode).toBe(404);

      s = await services();
      expect(s.amount).toBe(85950);
      expect(s.summary).toBe(85950);
      expect(s.entries).toHaveLength(2);
      // The income register of the services module says the same: paid 584,00 + stand 275,50.
      const income = (await c.ACCOUNTANT.get('/api/v1/services/income?year=2026')).json();
      expect(income.total.paid + income.total.standTakings).toBe(85950);
    },
  );

  it('migration 0025 copies payments and stands recorded before the feed, once, with the same references', async () => {
    const before = (await services()).entries
      .map((e) => [e.occurredOn, e.amountGrosze, e.documentRef])
      .sort();
    // As before this change: the services tables hold the money, the finance register does not.
    await h.deps.db.deleteFrom('finance_entries').where('source', '=', 'SERVICES_MODULE').execute();
    expect((await services()).amount).toBe(0);
    await backfill(h.deps.db);
    await backfill(h.deps.db);
    const after = await services();
    expect(after.amount).toBe(85950);
    expect(after.entries.map((e) => [e.occurredOn, e.amountGrosze, e.documentRef]).sort()).toEqual(before);
  });
});
