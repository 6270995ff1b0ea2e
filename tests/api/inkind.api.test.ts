import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { insertPartner } from '../factories/partner.factory';
import { bodyText, readBack } from '../reports/pdf-readback';

describe.each(testEngines())('in-kind help: the mask collective on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let sponsor: { id: string; name: string };
  let zaz: { id: string; name: string };
  let dps: { id: string; name: string };
  let volunteerId: string;
  let fabric: string;
  let donationId: string;
  const centre = { kind: 'CENTRE', id: null };

  const stock = async () =>
    Object.fromEntries(
      (
        (await c.DIRECTOR.get('/api/v1/inkind/stock')).json().lines as {
          itemName: string;
          holderName: string;
          quantityText: string;
        }[]
      ).map((l) => [`${l.itemName} @ ${l.holderName}`, l.quantityText]),
    );
  const movements = async () =>
    Number(
      (
        await h.deps.db
          .selectFrom('inkind_movements')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    sponsor = await insertPartner(h.deps.db, centreId, { kind: 'EMPLOYER', name: 'Tkaniny Sp. z o.o.' });
    zaz = await insertPartner(h.deps.db, centreId, { kind: 'ZAZ', name: 'ZAZ „Pralnia”' });
    dps = await insertPartner(h.deps.db, centreId, { kind: 'DPS', name: 'Dom Pomocy Społecznej nr 3' });
    volunteerId = (
      await h.deps.db
        .insertInto('volunteers')
        .values({
          centre_id: centreId,
          first_name: 'Wanda',
          last_name: 'Szwaczka',
          sex: 'F',
          birth_date: '1960-05-05',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => h.close());

  it('refuses a donation with a float-like or zero quantity at the field, writing nothing', async () => {
    const bad = await c.SOCIAL_WORKER.post('/api/v1/inkind/donations', {
      donorPartnerId: sponsor.id,
      receivedOn: '2026-04-01',
      items: [
        { name: 'Bawełna', unit: 'METRE', quantity: '1,234' },
        { name: 'Gumka', unit: 'PIECE', quantity: '0' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'items.0.quantity',
      'items.1.quantity',
    ]);
    expect(bad.json().error.details.fields[0].message).toContain('Podaj dodatnią ilość');
    expect(await movements()).toBe(0);
  });

  it('follows the material from the donation to the delivery, with the stock checked at each step', async () => {
    const donation = await c.SOCIAL_WORKER.post('/api/v1/inkind/donations', {
      donorPartnerId: sponsor.id,
      receivedOn: '2026-04-01',
      documentNo: 'WZ 12/2026',
      items: [{ name: 'Bawełna', unit: 'METRE', quantity: '50', valueGrosze: 75000 }],
    });
    expect(donation.statusCode).toBe(201);
    donationId = donation.json().id;
    fabric = (await c.DIRECTOR.get('/api/v1/inkind/stock')).json().items[0].id;
    const centreName = (await stock())['Bawełna @ ' + Object.keys(await stock())[0]!.split(' @ ')[1]];
    expect(centreName).toBe('50 m');

    const move = (from: object, to: object, quantity: string, step: string, itemId = fabric) =>
      c.INSTRUCTOR.post('/api/v1/inkind/movements', {
        itemId,
        from,
        to,
        quantity,
        step,
        movedOn: '2026-04-02',
      });
    const zazHolder = { kind: 'PARTNER', id: zaz.id };
    expect((await move(centre, zazHolder, '40,5', 'WASHED')).statusCode).toBe(201);
    let s = await stock();
    expect(s['Bawełna @ ZAZ „Pralnia”']).toBe('40,5 m');
    expect(Object.entries(s).find(([k]) => k.startsWith('Bawełna @ Centrum'))![1]).toBe('9,5 m');

    // More than the ZAZ has: refused with the amounts, nothing written.
    const before = await movements();
    const tooMuch = await move(zazHolder, centre, '41', 'RETURNED');
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.code).toBe('INKIND_SHORTAGE');
    expect(tooMuch.json().error.details.fields[0].message).toBe(
      'Ten posiadacz ma tylko 40,5 m, a ruch dotyczy 41 m.',
    );
    expect(await movements()).toBe(before);

    expect((await move(zazHolder, centre, '40,5', 'RETURNED')).statusCode).toBe(201);
    const strips = await c.INSTRUCTOR.post('/api/v1/inkind/conversions', {
      itemId: fabric,
      holder: centre,
      quantity: '50',
      step: 'STRIPS',
      movedOn: '2026-04-03',
      product: { name: 'Paczki pasków na maseczki', unit: 'PACK', quantity: '20' },
    });
    expect(strips.statusCode).toBe(201);
    const packs = strips.json().productId;
    expect(
      (await move(centre, { kind: 'VOLUNTEER', id: volunteerId }, '5', 'PACKED', packs)).statusCode,
    ).toBe(201);
    s = await stock();
    expect(s['Paczki pasków na maseczki @ Wanda Szwaczka']).toBe('5 opak.');
    expect(Object.keys(s).some((k) => k.startsWith('Bawełna'))).toBe(false);

    const sewn = await c.INSTRUCTOR.post('/api/v1/inkind/conversions', {
      itemId: packs,
      holder: { kind: 'VOLUNTEER', id: volunteerId },
      quantity: '5',
      step: 'SEWN',
      movedOn: '2026-04-06',
      product: { name: 'Maseczki bawełniane', unit: 'PIECE', quantity: '250' },
    });
    const masks = sewn.json().productId;
    const delivery = await c.INSTRUCTOR.post('/api/v1/inkind/deliveries', {
      itemId: masks,
      from: { kind: 'VOLUNTEER', id: volunteerId },
      recipientPartnerId: dps.id,
      quantity: '200',
      deliveredOn: '2026-04-07',
      receivedBy: 'Maria Odbiorczyni',
    });
    expect(delivery.statusCode).toBe(201);
    expect(delivery.json().number).toBe('PP/2026/0001');
    s = await stock();
    expect(s['Maseczki bawełniane @ Dom Pomocy Społecznej nr 3']).toBe('200 szt.');
    expect(s['Maseczki bawełniane @ Wanda Szwaczka']).toBe('50 szt.');

    const protocol = await c.DIRECTOR.get(`/api/v1/inkind/deliveries/${delivery.json().id}/protocol.pdf`);
    const text = bodyText(readBack(`delivery-protocol-${engine}`, protocol.rawPayload).pages);
    expect(text).toContain('PROTOKÓŁ PRZEKAZANIA nr PP/2026/0001');
    expect(text).toContain('Dom Pomocy Społecznej nr 3');
    expect(text).toContain('Maseczki bawełniane 200 szt.');
    expect(text).toContain('Maria Odbiorczyni');

    const letter = await c.DIRECTOR.get(`/api/v1/inkind/donations/${donationId}/thank-you.pdf`);
    const thanks = bodyText(readBack(`thank-you-${engine}`, letter.rawPayload).pages);
    expect(thanks).toContain('Tkaniny Sp. z o.o.');
    expect(thanks).toContain('Bawełna – 50 m (wartość 750,00 zł)');
    // Products made from the fabric are not listed as received gifts.
    expect(thanks).not.toContain('Paczki pasków');
    expect(thanks).toContain('trafiły do: Dom Pomocy Społecznej nr 3');
    expect((await other.get(`/api/v1/inkind/donations/${donationId}/thank-you.pdf`)).statusCode).toBe(404);
    const accountant = await c.ACCOUNTANT.post('/api/v1/inkind/movements', {
      itemId: masks,
      from: { kind: 'VOLUNTEER', id: volunteerId },
      to: centre,
      quantity: '1',
      step: 'RETURNED',
      movedOn: '2026-04-08',
    });
    expect(accountant.statusCode).toBe(403);
  });

  it('two movements at once cannot take more than the holder has', async () => {
    const masks = (await c.DIRECTOR.get('/api/v1/inkind/stock'))
      .json()
      .items.find((i: { name: string }) => i.name === 'Maseczki bawełniane').id;
    const give = () =>
      c.INSTRUCTOR.post('/api/v1/inkind/deliveries', {
        itemId: masks,
        from: { kind: 'VOLUNTEER', id: volunteerId },
        recipientPartnerId: dps.id,
        quantity: '30',
        deliveredOn: '2026-04-08',
      });
    const results = await Promise.all([give(), give()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await stock())['Maseczki bawełniane @ Wanda Szwaczka']).toBe('20 szt.');
  });
});
