import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, clientFor, createApiHarness, seedCentre, type ApiHarness } from '../support/api';
import { testEngines } from '../support/db';
import { closeMay, preparePayrollMonth } from '../factories/payroll.factory';
import { recordServiceIncome } from '../../src/app/finance/record-service-income';

/** 120 % of the zasiłek of 1 721,90 zł in force from 1 June 2025 (art. 15 ust. 4), worked out by hand. */
const FULL_MONTH_BENEFIT = 206628;
const BONUS = 20000;

describe.each(testEngines())('finance register on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let people: { full: string; cash: string; trial: string; leaving: string };
  let centreId: string;
  let other: ApiClient;
  let partnerId: string;
  let foreignPartnerId: string;
  /** The May payroll's money, summed here from its lines as the payroll API shows them. */
  const own = { benefits: 0, bonuses: 0, total: 0 };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const prepared = await preparePayrollMonth(h.app, h.deps);
    Object.assign(c, prepared.c);
    people = prepared.people;
    centreId = prepared.centreId;
    const bonus = await c.DIRECTOR.post('/api/v1/payroll/bonuses', {
      month: '2026-05',
      participantId: people.full,
      amountGrosze: BONUS,
      justification: 'Aktywna postawa i postępy w warsztacie.',
    });
    expect(bonus.statusCode, bonus.body).toBe(200);
    await closeMay(c, prepared.workshopId);
    const may = (await c.ACCOUNTANT.get('/api/v1/payroll/2026-05')).json();
    for (const l of may.lines as { status: string; benefit: number; bonus: number; total: number }[]) {
      if (l.status !== 'PAY') continue;
      own.benefits += l.benefit;
      own.bonuses += l.bonus;
      own.total += l.total;
    }
    const full = may.lines.find((l: { participantId: string }) => l.participantId === people.full);
    expect(full).toMatchObject({
      benefit: FULL_MONTH_BENEFIT,
      bonus: BONUS,
      total: FULL_MONTH_BENEFIT + BONUS,
    });
    // June is computed but not closed: a draft is not money paid.
    expect((await c.ACCOUNTANT.post('/api/v1/payroll/2026-06/compute')).statusCode).toBe(200);

    const otherCentre = await seedCentre(h.deps, ['DIRECTOR']);
    other = await clientFor(h.app, otherCentre.accounts.DIRECTOR);
    const partner = (name: string, centre: string) =>
      h.deps.db
        .insertInto('partners')
        .values({ centre_id: centre, kind: 'GMINA', name })
        .returning('id')
        .executeTakeFirstOrThrow();
    partnerId = (await partner('Gmina Miejska Bolesławiec', centreId)).id;
    foreignPartnerId = (await partner('Gmina Obca', otherCentre.centreId)).id;
  });
  afterAll(() => h.close());

  const entry = (over: Record<string, unknown>) => ({
    occurredOn: '2026-03-15',
    description: 'Umowa dotacji nr 12/2026',
    ...over,
  });

  it(
    'records grants by grantor (a partner or a name), own income and expenses; ' +
      'the accountant and the director write',
    async () => {
      const writes = [
        [
          c.ACCOUNTANT,
          entry({ kind: 'GRANT_RECEIVED', amountGrosze: 120_000_00, grantorKind: 'GMINA', partnerId }),
        ],
        [
          c.ACCOUNTANT,
          entry({
            kind: 'GRANT_USED',
            amountGrosze: 80_000_00,
            grantorKind: 'GMINA',
            partnerId,
            category: 'WAGES',
          }),
        ],
        [
          c.DIRECTOR,
          entry({
            kind: 'GRANT_RECEIVED',
            amountGrosze: 15_000_00,
            grantorKind: 'PFRON',
            grantorName: 'PFRON',
          }),
        ],
        [
          c.ACCOUNTANT,
          entry({
            kind: 'OWN_INCOME',
            amountGrosze: 3_456_78,
            incomeSource: 'SALES',
            description: 'Catering',
          }),
        ],
        [
          c.ACCOUNTANT,
          entry({ kind: 'EXPENSE', amountGrosze: 2_500_00, category: 'MEALS', description: 'Obiady' }),
        ],
        [
          c.ACCOUNTANT,
          entry({ kind: 'EXPENSE', amountGrosze: 999_99, category: 'MATERIALS_ENERGY', description: 'Prąd' }),
        ],
      ] as const;
      for (const [client, body] of writes) {
        const r = await client.post('/api/v1/finance/entries', body);
        expect(r.statusCode, r.body).toBe(201);
      }
      const grant = (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json().entries[0];
      expect(grant).toMatchObject({ grantorName: 'Gmina Miejska Bolesławiec', partnerId, category: null });
    },
  );

  it(
    'refuses to type the benefits-and-bonuses category, the services source, ' +
      'a foreign partner, a future day',
    async () => {
      const cases = [
        [
          entry({ kind: 'EXPENSE', amountGrosze: 100, category: 'BENEFITS_BONUSES' }),
          'category',
          'FROM_PAYROLL',
        ],
        [
          entry({ kind: 'OWN_INCOME', amountGrosze: 100, incomeSource: 'SERVICES' }),
          'incomeSource',
          'FROM_SERVICES_MODULE',
        ],
        [
          entry({
            kind: 'GRANT_RECEIVED',
            amountGrosze: 100,
            grantorKind: 'GMINA',
            partnerId: foreignPartnerId,
          }),
          'partnerId',
          'NOT_FOUND',
        ],
        [
          entry({ kind: 'GRANT_RECEIVED', amountGrosze: 100, grantorKind: 'GMINA' }),
          'grantorName',
          'REQUIRED',
        ],
        [
          entry({ kind: 'EXPENSE', amountGrosze: 100, category: 'MEALS', occurredOn: '2099-01-01' }),
          'occurredOn',
          'DATE_IN_FUTURE',
        ],
      ] as const;
      for (const [body, path, code] of cases) {
        const r = await c.ACCOUNTANT.post('/api/v1/finance/entries', body);
        expect(r.statusCode, r.body).toBe(400);
        expect(r.json().error.details.fields).toContainEqual(expect.objectContaining({ path, code }));
      }
      const zero = await c.ACCOUNTANT.post(
        '/api/v1/finance/entries',
        entry({ kind: 'EXPENSE', amountGrosze: 0, category: 'MEALS' }),
      );
      expect(zero.json().error.details.fields[0].path).toBe('amountGrosze');
    },
  );

  it(
    'takes the benefits and bonuses from the closed payroll only, reconciled ' +
      'to the grosz with our own sum',
    async () => {
      const r = (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json();
      expect(own.total).toBe(own.benefits + own.bonuses);
      expect(r.payroll).toMatchObject({
        benefits: own.benefits,
        bonuses: BONUS,
        total: own.total,
        storedTotal: own.total,
        agrees: true,
        openMonths: ['2026-06'],
      });
      expect(r.payroll.missingMonths).toEqual([
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
      ]);
      const may = r.payroll.months.find((m: { month: string }) => m.month === '2026-05');
      expect(may).toMatchObject({
        counted: true,
        benefits: own.benefits,
        bonuses: BONUS,
        linesTotal: own.total,
        agrees: true,
      });
      const benefitsCategory = r.expenses.byCategory.find(
        (x: { category: string }) => x.category === 'BENEFITS_BONUSES',
      );
      expect(benefitsCategory).toEqual({
        category: 'BENEFITS_BONUSES',
        amount: own.total,
        fromPayroll: true,
      });
      expect(r.expenses.total).toBe(own.total + 2_500_00 + 999_99);

      const summary = (await c.DIRECTOR.get('/api/v1/finance/2026/summary')).json();
      expect(summary).toEqual({
        grantsReceivedGrosze: 135_000_00,
        grantsUsedGrosze: 80_000_00,
        ownIncomeGrosze: 3_456_78,
        expensesByCategory: {
          BENEFITS_BONUSES: own.total,
          MATERIALS_ENERGY: 999_99,
          RENT_REPAIRS: 0,
          TAXES: 0,
          WAGES: 0,
          REINTEGRATION: 0,
          STAFF_TRAINING: 0,
          MEALS: 2_500_00,
          INSURANCE: 0,
          OTHER: 0,
        },
        benefitsPaidGrosze: own.benefits,
        bonusesPaidGrosze: BONUS,
      });
      expect(r.grants.byGrantor).toEqual([
        {
          grantorKind: 'GMINA',
          partnerId,
          name: 'Gmina Miejska Bolesławiec',
          received: 120_000_00,
          used: 80_000_00,
          returned: 0,
          balance: 40_000_00,
        },
        {
          grantorKind: 'PFRON',
          partnerId: null,
          name: 'PFRON',
          received: 15_000_00,
          used: 0,
          returned: 0,
          balance: 15_000_00,
        },
      ]);
    },
  );

  it('keeps the estimate (preliminarz) and shows plan against execution', async () => {
    const r = await c.ACCOUNTANT.request('PUT', '/api/v1/finance/2026/plan', {
      lines: [
        { line: 'INCOME:GMINA', amountGrosze: 150_000_00 },
        { line: 'EXPENSE:MEALS', amountGrosze: 2_000_00 },
        { line: 'EXPENSE:BENEFITS_BONUSES', amountGrosze: 500_000_00 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const plan = r.json().plan as {
      line: string;
      planned: number | null;
      actual: number;
      difference: number | null;
    }[];
    expect(plan.find((p) => p.line === 'INCOME:GMINA')).toEqual({
      line: 'INCOME:GMINA',
      planned: 150_000_00,
      actual: 120_000_00,
      difference: -30_000_00,
    });
    expect(plan.find((p) => p.line === 'EXPENSE:MEALS')?.difference).toBe(500_00);
    expect(plan.find((p) => p.line === 'EXPENSE:BENEFITS_BONUSES')?.actual).toBe(own.total);
    const cleared = await c.DIRECTOR.request('PUT', '/api/v1/finance/2026/plan', {
      lines: [{ line: 'EXPENSE:MEALS', amountGrosze: null }],
    });
    expect(cleared.json().plan.find((p: { line: string }) => p.line === 'EXPENSE:MEALS').planned).toBeNull();
    const bad = await c.ACCOUNTANT.request('PUT', '/api/v1/finance/2026/plan', {
      lines: [{ line: 'EXPENSE:NOPE', amountGrosze: 1 }],
    });
    expect(bad.statusCode).toBe(400);
  });

  it('exports the year as XLSX whose figures read back equal the register', async () => {
    const r = await c.ACCOUNTANT.get('/api/v1/finance/2026/register.xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('rejestr-finansowy-2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const payroll = book.getWorksheet('Listy wypłat')!;
    const rows: unknown[][] = [];
    payroll.eachRow((row) => rows.push(row.values as unknown[]));
    const total = rows.find((v) => v[1] === 'RAZEM')!;
    // Columns: 1 month, 2 status, 3 counted, 4 benefits, 5 corrections, 6 bonuses, 7 lines, 8 stored,
    // 9 lines in grosze.
    expect(total[9]).toBe(own.total);
    expect(Math.round((total[6] as number) * 100)).toBe(BONUS);
    expect(rows.find((v) => v[1] === '2026-06')![3]).toBe('nie');

    const summary = book.getWorksheet('Podsumowanie')!;
    const lines: unknown[][] = [];
    summary.eachRow((row) => lines.push(row.values as unknown[]));
    const gmina = lines.find((v) => String(v[1]).startsWith('Gmina Miejska Bolesławiec'))!;
    expect(gmina.slice(2, 6)).toEqual([120_000, 80_000, 0, 40_000]);
    const benefits = lines.find((v) => String(v[1]).startsWith('świadczenia integracyjne i premie'))!;
    expect(Math.round((benefits[2] as number) * 100)).toBe(own.total);
    expect(lines.some((v) => String(v[1]).includes('art. 10 ust. 6'))).toBe(true);
    const entries = book.getWorksheet('Wpisy')!;
    expect(entries.rowCount).toBe(1 + 6);
    expect(entries.getRow(2).getCell(7).value).toBe(120_000_00);
  });

  it('roles and centres: others neither read nor write; another centre sees nothing of this one', async () => {
    for (const role of ['SOCIAL_WORKER', 'INSTRUCTOR', 'ADMIN'] as const) {
      expect((await c[role].get('/api/v1/finance/2026')).statusCode).toBe(403);
      expect(
        (
          await c[role].post(
            '/api/v1/finance/entries',
            entry({ kind: 'EXPENSE', amountGrosze: 1, category: 'MEALS' }),
          )
        ).statusCode,
      ).toBe(403);
    }
    const theirs = (await other.get('/api/v1/finance/2026')).json();
    expect(theirs.entries).toEqual([]);
    expect(theirs.payroll.total).toBe(0);
    const mine = (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json().entries;
    const id = mine.find((e: { description: string }) => e.description === 'Prąd').id;
    expect((await other.request('DELETE', `/api/v1/finance/entries/${id}`)).statusCode).toBe(404);
    const removed = await c.ACCOUNTANT.request('DELETE', `/api/v1/finance/entries/${id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const after = (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json();
    expect(
      after.expenses.byCategory.find((x: { category: string }) => x.category === 'MATERIALS_ENERGY').amount,
    ).toBe(0);
    const log = await h.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .execute();
    expect(log.map((l) => l.action).sort()).toEqual(['finance.entry_add', 'finance.entry_delete']);
  });

  it('own income fed by the services module counts, and is corrected there, not deleted by hand', async () => {
    await recordServiceIncome(h.deps.db, centreId, {
      sourceRef: 'ZLEC/7/2026',
      occurredOn: '2026-06-10',
      amountGrosze: 480_00,
      description: 'Pielęgnacja zieleni — zlecenie 7',
    });
    const r = (await c.ACCOUNTANT.get('/api/v1/finance/2026')).json();
    expect(r.ownIncome.bySource.find((s: { source: string }) => s.source === 'SERVICES').amount).toBe(480_00);
    expect(r.summary.ownIncomeGrosze).toBe(3_456_78 + 480_00);
    const fed = r.entries.find((e: { source: string }) => e.source === 'SERVICES_MODULE');
    const refused = await c.ACCOUNTANT.request('DELETE', `/api/v1/finance/entries/${fed.id}`);
    expect(refused.statusCode).toBe(409);
  });
});
