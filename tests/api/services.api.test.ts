import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi, buildPerson } from '../factories/pathway.factory';
import { insertPartner } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';

type Field = { path: string; code: string; message: string };
const fields = (r: { json(): any }) => r.json().error.details.fields as Field[];

describe.each(testEngines())('services: catalogue, orders, jobs, register, income on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let instructorId: string;
  let workshopId: string;
  let crew: string[];
  let notAdmitted: string;
  let firmId: string;
  let dpsId: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-05-20T10:00:00Z');
    instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Remontowy',
        type: 'RENOVATION_CONSTRUCTION',
        instructorIds: [instructorId],
      })
    ).json().id;
    crew = [];
    for (let i = 0; i < 2; i++) {
      const { id } = await admitThroughApi(c.DIRECTOR);
      const a = await c.SOCIAL_WORKER.post(`/api/v1/workshops/${workshopId}/assignments`, {
        participantId: id,
        fromDate: '2026-02-02',
      });
      expect(a.statusCode, a.body).toBe(201);
      crew.push(id);
    }
    notAdmitted = (await c.DIRECTOR.post('/api/v1/participants', buildPerson())).json().id;
    const programme = await c.INSTRUCTOR.request(
      'PUT',
      `/api/v1/workshops/${workshopId}/class-programmes/2026-05`,
      {
        weekdayHours: [7, 7, 7, 7, 6, 0, 0],
        dayHours: {},
        version: null,
      },
    );
    expect(programme.statusCode, programme.body).toBe(200);
    firmId = (
      await insertPartner(h.deps.db, centreId, {
        kind: 'EMPLOYER',
        name: 'Spółdzielnia Mieszkaniowa „Zgoda”',
        nip: '5260250274',
      })
    ).id;
    dpsId = (await insertPartner(h.deps.db, centreId, { name: 'Dom Pomocy Społecznej w Bolesławcu' })).id;
  });
  afterAll(() => h.close());

  const item = {
    name: 'Malowanie ścian',
    kind: 'SERVICE',
    activityType: 'RENOVATION',
    unit: 'm²',
    netPrice: 1500,
    vatRate: '23',
  };

  it('refuses a negative price and an activity art. 9 ust. 1 excludes, at the field, writing nothing', async () => {
    const negative = await c.DIRECTOR.post('/api/v1/services/catalogue', {
      ...item,
      workshopId,
      netPrice: -100,
    });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative)).toEqual([
      expect.objectContaining({ path: 'netPrice', message: 'Cena nie może być ujemna.' }),
    ]);
    for (const activityType of [
      'BEER',
      'SPIRITS',
      'TOBACCO',
      'FUEL',
      'PRECIOUS_METALS',
      'ALCOHOLIC_DRINKS',
      'WINE',
    ]) {
      const excluded = await c.DIRECTOR.post('/api/v1/services/catalogue', {
        ...item,
        workshopId,
        name: 'Nalewka',
        activityType,
      });
      expect(excluded.statusCode).toBe(400);
      expect(fields(excluded)[0]).toMatchObject({ path: 'activityType', code: 'ACTIVITY_EXCLUDED' });
      expect(fields(excluded)[0]!.message).toMatch(/art\. 9 ust\. 1/i);
    }
    expect((await c.DIRECTOR.get('/api/v1/services/catalogue')).json().items).toEqual([]);
    expect((await c.INSTRUCTOR.post('/api/v1/services/catalogue', { ...item, workshopId })).statusCode).toBe(
      403,
    );
    const saved = await c.DIRECTOR.post('/api/v1/services/catalogue', { ...item, workshopId });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ workshopName: 'Remontowy', netPrice: 1500, vatRate: '23' });
    expect((await other.get('/api/v1/services/catalogue')).json().items).toEqual([]);
  });

  it('takes customers from the partner registry or as a private person with consent', async () => {
    const noConsent = await c.INSTRUCTOR.post('/api/v1/services/customers', {
      kind: 'PERSON',
      fullName: 'Jan Kowalski',
    });
    expect(noConsent.statusCode).toBe(400);
    expect(fields(noConsent)[0]).toMatchObject({ path: 'consentOn', code: 'CONSENT_REQUIRED' });
    const person = await c.INSTRUCTOR.post('/api/v1/services/customers', {
      kind: 'PERSON',
      fullName: 'Jan Kowalski',
      phone: '600 100 200',
      consentOn: '2026-05-04',
    });
    expect(person.statusCode, person.body).toBe(201);
    const firm = await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId: firmId });
    expect(firm.json()).toMatchObject({ name: 'Spółdzielnia Mieszkaniowa „Zgoda”', nip: '5260250274' });
    const again = await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId: firmId });
    expect(again.json().id).toBe(firm.json().id);
    const foreign = await other.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId: firmId });
    expect(fields(foreign)[0]).toMatchObject({ path: 'partnerId', code: 'NOT_FOUND' });
    const list = (await c.ACCOUNTANT.get('/api/v1/services/customers')).json();
    expect(list.items).toHaveLength(2);
    expect(list.partners.map((p: { name: string }) => p.name)).toContain(
      'Dom Pomocy Społecznej w Bolesławcu',
    );
  });

  let orderId: string;
  let orderVersion: number;
  let jobId: string;

  it('a quote whose total does not match its items is refused; a matching one becomes an order', async () => {
    const customerId = (
      await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId: firmId })
    ).json().id;
    const catalogueId = (await c.DIRECTOR.get('/api/v1/services/catalogue')).json().items[0].id;
    const body = {
      workshopId,
      customerId,
      title: 'Malowanie klatki schodowej, ul. Kwiatowa 2',
      quoteDate: '2026-05-04',
      items: [
        {
          itemId: catalogueId,
          name: 'Malowanie ścian',
          unit: 'm²',
          quantity: 120.5,
          netPrice: 1500,
          vatRate: '23',
        },
        { name: 'Farba i materiały', unit: 'kpl.', quantity: 1, netPrice: 45000, vatRate: '23' },
      ],
      totalGross: 100000,
    };
    const mismatch = await c.INSTRUCTOR.post('/api/v1/services/orders', body);
    expect(mismatch.statusCode).toBe(400);
    expect(fields(mismatch)[0]).toMatchObject({ path: 'totalGross', code: 'ORDER_TOTAL_MISMATCH' });
    expect(fields(mismatch)[0]!.message).toContain('nie zgadza się z sumą pozycji');
    expect((await c.DIRECTOR.get('/api/v1/services/orders')).json().items).toEqual([]);
    // 120,5 × 15,00 = 1 807,50 + 450,00 = 2 257,50 net; VAT 23 % per line 415,73 + 103,50.
    const quote = await c.INSTRUCTOR.post('/api/v1/services/orders', { ...body, totalGross: 277673 });
    expect(quote.statusCode, quote.body).toBe(201);
    expect(quote.json()).toMatchObject({
      number: 'ZL/2026/0001',
      status: 'QUOTE',
      totals: { net: 225750, vat: 51923, gross: 277673 },
    });
    const early = await c.INSTRUCTOR.post(`/api/v1/services/orders/${quote.json().id}/jobs`, {
      instructorId,
      fromDate: '2026-05-18',
      toDate: '2026-05-20',
      place: 'Klatka schodowa',
      address: 'ul. Kwiatowa 2, Bolesławiec',
      task: 'Malowanie',
      crew,
    });
    expect(early.statusCode).toBe(409);
    const accepted = await c.INSTRUCTOR.post(`/api/v1/services/orders/${quote.json().id}/accept`, {
      orderDate: '2026-05-11',
      version: quote.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('ORDER');
    const stale = await c.INSTRUCTOR.post(`/api/v1/services/orders/${quote.json().id}/accept`, {
      orderDate: '2026-05-11',
      version: quote.json().version,
    });
    expect(stale.statusCode).toBe(409);
    orderId = quote.json().id;
    orderVersion = accepted.json().version;
    expect((await other.get(`/api/v1/services/orders/${orderId}`)).statusCode).toBe(404);
  });

  const job = () => ({
    instructorId,
    fromDate: '2026-05-18',
    toDate: '2026-05-20',
    place: 'Klatka schodowa nr 2',
    address: 'ul. Kwiatowa 2, 59-700 Bolesławiec',
    task: 'Malowanie ścian i sufitów klatki schodowej, zabezpieczenie posadzek.',
    materials: 'farba lateksowa biała 30 l, folia, taśma',
    crew,
  });

  it('refuses a crew member not admitted and a job outside the participation, writing nothing', async () => {
    const stranger = await c.INSTRUCTOR.post(`/api/v1/services/orders/${orderId}/jobs`, {
      ...job(),
      crew: [crew[0], notAdmitted],
    });
    expect(stranger.statusCode).toBe(400);
    expect(fields(stranger)).toEqual([expect.objectContaining({ path: 'crew.1', code: 'NOT_ADMITTED' })]);
    expect(fields(stranger)[0]!.message).toContain('nie została przyjęta');
    const outside = await c.INSTRUCTOR.post(`/api/v1/services/orders/${orderId}/jobs`, {
      ...job(),
      fromDate: '2027-01-25',
      toDate: '2027-02-05',
    });
    expect(outside.statusCode).toBe(400);
    expect(fields(outside).map((f) => f.code)).toEqual(['OUTSIDE_PARTICIPATION', 'OUTSIDE_PARTICIPATION']);
    expect(fields(outside)[0]!.message).toContain('wykracza poza okres uczestnictwa');
    expect((await c.DIRECTOR.get(`/api/v1/services/orders/${orderId}`)).json().jobs).toEqual([]);
  });

  it(
    'a job day fills the crew’s attendance register (present, hours) and the ' +
      'register shows the job; versions guard it',
    async () => {
      const created = await c.INSTRUCTOR.post(`/api/v1/services/orders/${orderId}/jobs`, job());
      expect(created.statusCode, created.body).toBe(201);
      jobId = created.json().id;
      expect(created.json().crew).toHaveLength(2);
      const view = (await c.INSTRUCTOR.get(`/api/v1/services/jobs/${jobId}/days/2026-05-18`)).json();
      expect(view.plannedHours).toBe(7);
      expect(view.crew.every((p: { register: unknown }) => p.register === null)).toBe(true);
      const entries = crew.map((participantId) => ({
        participantId,
        hours: 7,
        version: null,
        practised: 'malowanie wałkiem',
      }));
      const outsideJob = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-21',
        entries,
      });
      expect(fields(outsideJob)[0]).toMatchObject({ path: 'date', code: 'OUTSIDE_JOB' });
      const saved = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-18',
        entries,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const grid = (
        await c.INSTRUCTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)
      ).json();
      for (const id of crew) {
        const person = grid.participants.find((p: { participantId: string }) => p.participantId === id);
        expect(person.entries['2026-05-18']).toMatchObject({ status: 'present', hours: 7, version: 1 });
      }
      expect(grid.jobDays).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            date: '2026-05-18',
            participantId: crew[0],
            orderNumber: 'ZL/2026/0001',
            place: 'Klatka schodowa nr 2',
          }),
        ]),
      );
      // Someone saw the day empty and saves it again: the register's per-day version refuses it.
      const stale = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-18',
        entries,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('VERSION_CONFLICT');
      const fixed = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-18',
        entries: entries.map((e) => ({ ...e, hours: 6, version: 1 })),
      });
      expect(fixed.statusCode, fixed.body).toBe(200);
      // A day that has not happened yet is refused by the register's own rule, and nothing of the job is kept.
      const future = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-21',
        entries,
      });
      expect(future.statusCode).toBe(400);
      const notCrew = await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, {
        date: '2026-05-19',
        entries: [{ participantId: notAdmitted, hours: 7, version: null }],
      });
      expect(fields(notCrew)[0]).toMatchObject({ path: 'entries.0.participantId', code: 'NOT_IN_CREW' });
      await c.INSTRUCTOR.post(`/api/v1/services/jobs/${jobId}/days`, { date: '2026-05-19', entries });
      const order = (await c.DIRECTOR.get(`/api/v1/services/orders/${orderId}`)).json();
      expect(order.jobs[0].days).toEqual([
        { date: '2026-05-18', people: 2, hours: 12 },
        { date: '2026-05-19', people: 2, hours: 14 },
      ]);
      expect(
        (await c.ACCOUNTANT.post(`/api/v1/services/jobs/${jobId}/days`, { date: '2026-05-19', entries }))
          .statusCode,
      ).toBe(403);
    },
  );

  it('prints the job card and, after completion, the protocol for the customer to sign', async () => {
    const card = await c.INSTRUCTOR.get(`/api/v1/services/jobs/${jobId}/card.pdf`);
    expect(card.statusCode).toBe(200);
    const cardText = readBack('job-card', card.rawPayload).text;
    expect(cardText).toContain('Karta pracy brygady');
    expect(cardText).toContain('ul. Kwiatowa 2, 59-700 Bolesławiec');
    expect(cardText).toContain('farba lateksowa');
    expect(cardText).toContain('18.05.2026');
    const early = await c.DIRECTOR.get(`/api/v1/services/orders/${orderId}/protocol.pdf`);
    expect(early.statusCode).toBe(409);
    const done = await c.INSTRUCTOR.post(`/api/v1/services/orders/${orderId}/complete`, {
      completedOn: '2026-05-20',
      version: orderVersion,
    });
    expect(done.statusCode, done.body).toBe(200);
    orderVersion = done.json().version;
    const protocol = await c.DIRECTOR.get(`/api/v1/services/orders/${orderId}/protocol.pdf`);
    expect(protocol.statusCode).toBe(200);
    const text = readBack('protocol', protocol.rawPayload).text;
    expect(text).toContain('Protokół odbioru prac');
    expect(text).toContain('Spółdzielnia Mieszkaniowa „Zgoda”');
    expect(text).toContain('NIP 5260250274');
    expect(text).toContain('Razem 2776,73');
    expect(text).toContain('zamawiający');
    expect(text).not.toMatch(/QUOTE|ORDER|DONE|\[[MUV]\]/);
  });

  it(
    'an unpaid job for a partner (a DPS) is recorded with no income; a private ' +
      'person cannot be served unpaid',
    async () => {
      const dps = (
        await c.DIRECTOR.post('/api/v1/services/customers', { kind: 'PARTNER', partnerId: dpsId })
      ).json();
      const quote = await c.DIRECTOR.post('/api/v1/services/orders', {
        workshopId,
        customerId: dps.id,
        title: 'Odświeżenie świetlicy DPS',
        quoteDate: '2026-05-05',
        unpaid: true,
        items: [{ name: 'Malowanie świetlicy', unit: 'm²', quantity: 40, netPrice: 1500, vatRate: '23' }],
        totalGross: 0,
      });
      expect(quote.statusCode, quote.body).toBe(201);
      expect(quote.json()).toMatchObject({ unpaid: true, totals: { gross: 0 } });
      const person = (await c.DIRECTOR.get('/api/v1/services/customers'))
        .json()
        .items.find((x: { kind: string }) => x.kind === 'PERSON');
      const refused = await c.DIRECTOR.post('/api/v1/services/orders', {
        workshopId,
        customerId: person.id,
        title: 'Koszenie trawnika',
        quoteDate: '2026-05-05',
        unpaid: true,
        items: [{ name: 'Koszenie', unit: 'h', quantity: 2, netPrice: 5000, vatRate: '8' }],
        totalGross: 0,
      });
      expect(fields(refused)[0]).toMatchObject({ path: 'unpaid', code: 'UNPAID_ONLY_FOR_PARTNER' });
    },
  );

  it('records the invoice and payment; the income register and getSalesIncome show them in the month', async () => {
    expect((await c.INSTRUCTOR.post(`/api/v1/services/orders/${orderId}/invoice`, {})).statusCode).toBe(400);
    const invoiced = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/invoice`, {
      invoiceNumber: 'FV/105/2026',
      invoicedOn: '2026-05-20',
      version: orderVersion,
    });
    expect(invoiced.statusCode, invoiced.body).toBe(200);
    const over = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/payments`, {
      paidOn: '2026-05-20',
      amount: 300000,
    });
    expect(fields(over)[0]).toMatchObject({ path: 'amount', code: 'OVERPAID' });
    const paid = await c.ACCOUNTANT.post(`/api/v1/services/orders/${orderId}/payments`, {
      paidOn: '2026-05-20',
      amount: 177673,
    });
    expect(paid.json().paid).toBe(177673);
    const income = await c.ACCOUNTANT.get('/api/v1/services/income?year=2026');
    expect(income.statusCode, income.body).toBe(200);
    const may = income.json().months.find((m: { month: string }) => m.month === '2026-05');
    expect(may).toMatchObject({
      invoicedNet: 225750,
      invoicedVat: 51923,
      invoicedGross: 277673,
      paid: 177673,
    });
    expect(income.json().total.invoicedGross).toBe(277673);
    expect(income.json().byWorkshop).toEqual([
      expect.objectContaining({ workshopName: 'Remontowy', paid: 177673 }),
    ]);
    expect((await c.INSTRUCTOR.get('/api/v1/services/income?year=2026')).statusCode).toBe(403);
    expect((await c.ACCOUNTANT.get('/api/v1/services/income?year=20x6')).statusCode).toBe(400);
    const month = (
      await c.DIRECTOR.get(`/api/v1/services/workshops/${workshopId}/month?month=2026-05`)
    ).json();
    expect(month).toMatchObject({ hours: 26, income: { invoicedGross: 277673, paid: 177673 } });
    expect(month.participants).toHaveLength(2);
    expect(month.participants[0]).toMatchObject({ days: 2, hours: 13 });
  });

  it('exports the invoice data of the month as CSV and XLSX with buyer, NIP, items and VAT', async () => {
    const csv = await c.ACCOUNTANT.get('/api/v1/services/invoice-data?month=2026-05&format=csv');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Nabywca;NIP nabywcy');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Spółdzielnia Mieszkaniowa „Zgoda”;5260250274');
    expect(lines[1]).toContain('Malowanie ścian;m²;120.5;15.00;23%;1807.50;415.73;2223.23');
    const xlsx = await c.ACCOUNTANT.get('/api/v1/services/invoice-data?month=2026-05&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Dane do faktur')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(4).value).toBe('Spółdzielnia Mieszkaniowa „Zgoda”');
    expect(sheet.getRow(2).getCell(5).value).toBe('5260250274');
    expect(sheet.getRow(3).getCell(7).value).toBe('Farba i materiały');
    expect(sheet.getRow(3).getCell(14).value).toBe(553.5);
  });

  it('records a stand at a fair with crew, products and takings that count in the income', async () => {
    const stand = await c.INSTRUCTOR.post('/api/v1/services/stands', {
      workshopId,
      partnerId: dpsId,
      name: 'Jarmark Bolesławiecki',
      place: 'Rynek, stoisko 12',
      fromDate: '2026-05-16',
      toDate: '2026-05-17',
      crew: [crew[0]],
      products: [{ name: 'Ceramika malowana', taken: 20, sold: 12, unitPrice: 2500 }],
    });
    expect(stand.statusCode, stand.body).toBe(201);
    expect(stand.json()).toMatchObject({ takings: 30000, partnerName: 'Dom Pomocy Społecznej w Bolesławcu' });
    const bad = await c.INSTRUCTOR.post('/api/v1/services/stands', {
      workshopId,
      name: 'X',
      place: 'Y',
      fromDate: '2026-05-16',
      toDate: '2026-05-17',
      crew: [notAdmitted],
      products: [{ name: 'Ceramika', taken: 2, sold: 3, unitPrice: 100 }],
    });
    expect(
      fields(bad)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['NOT_ADMITTED', 'SOLD_MORE_THAN_TAKEN']);
    const may = (await c.DIRECTOR.get('/api/v1/services/income?year=2026')).json().months[4];
    expect(may.standTakings).toBe(30000);
  });
});
