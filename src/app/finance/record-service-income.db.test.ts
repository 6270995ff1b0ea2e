import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/connection';
import { insertCentre } from '../../db/centre.repository';
import type { NewCentreRow } from '../../db/schema';
import { createTestDb, testEngines } from '../../../tests/support/db';
import { loadFinanceRegister } from './load-finance-register';
import { recordServiceIncome } from './record-service-income';

describe.each(testEngines())('own income fed by the services module on %s', (engine) => {
  let handle: DbHandle;
  let centreId: string;
  beforeAll(async () => {
    handle = await createTestDb(engine);
    centreId = (
      await insertCentre(handle.db, {
        type: 'CIS',
        name: 'CIS Test',
        regon: '123456785',
        nip: '1234563218',
        street: 'Sądowa',
        building_no: '1',
        postal_code: '59-700',
        city: 'Bolesławiec',
        gmina_code: '0201011',
        founding_institution_name: 'Gmina',
        founding_institution_type: 'JST',
        status_date: '2020-01-01',
        settings: '{}',
      } as NewCentreRow)
    ).id;
  });
  afterAll(() => handle.close());

  it('keeps one entry per source document: recorded, corrected, removed', async () => {
    const income = async () => (await loadFinanceRegister(handle.db, centreId, 2026, '2026-12-02')).ownIncome;
    await recordServiceIncome(handle.db, centreId, {
      sourceRef: 'FV/1/2026',
      occurredOn: '2026-04-02',
      amountGrosze: 150000,
      description: 'Koszenie terenów zielonych',
    });
    await recordServiceIncome(handle.db, centreId, {
      sourceRef: 'FV/1/2026',
      occurredOn: '2026-04-03',
      amountGrosze: 160000,
      description: 'Koszenie terenów zielonych (korekta)',
    });
    expect((await income()).bySource.find((s) => s.source === 'SERVICES')?.amount).toBe(160000);
    const entries = (await loadFinanceRegister(handle.db, centreId, 2026, '2026-12-02')).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      source: 'SERVICES_MODULE',
      incomeSource: 'SERVICES',
      occurredOn: '2026-04-03',
    });
    await recordServiceIncome(handle.db, centreId, {
      sourceRef: 'FV/1/2026',
      occurredOn: '2026-04-03',
      amountGrosze: 0,
      description: 'anulowana',
    });
    expect((await income()).total).toBe(0);
  });
});
