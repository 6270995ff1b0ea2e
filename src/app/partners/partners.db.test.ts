import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/connection';
import { createDeps } from '../../main';
import { createTestDb, testEngines } from '../../../tests/support/db';
import { seedCentre } from '../../../tests/support/api';
import { findUserByEmail } from '../../db/user.repository';
import { countPartnerReferences, listPartners } from '../../db/partner.repository';
import { createPartner } from './create-partner';
import { createAgreement } from './manage-agreements';
import { removePartner, setPartnerArchived } from './archive-partner';
import { PartnerCreateSchema, AgreementInputSchema } from '../../contracts/partner.contract';

describe.each(testEngines())('partner registry in the database on %s', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(engine);
  });
  afterAll(() => handle.close());

  it(
    'keeps a partner in its centre: no agreement of another centre can point ' +
      'at it, and a used one is archived',
    async () => {
      const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 8 });
      const a = await seedCentre(deps, ['ADMIN', 'DIRECTOR']);
      const b = await seedCentre(deps, ['DIRECTOR']);
      const director = (await findUserByEmail(deps.db, a.accounts.DIRECTOR))!;
      const ctx = {
        actor: { userId: director.id, centreId: a.centreId, roles: ['DIRECTOR' as const] },
        actorEmail: director.email,
        ip: null,
      };
      const partner = await createPartner(
        deps,
        ctx,
        PartnerCreateSchema.parse({
          kind: 'LABOUR_OFFICE',
          name: 'Powiatowy Urząd Pracy w Lubaniu',
          nip: '5260250995',
        }),
      );
      // The composite foreign key (partner_id, centre_id): the database itself refuses a cross-centre link.
      await expect(
        deps.db
          .insertInto('partner_agreements')
          .values({
            centre_id: b.centreId,
            partner_id: partner.id,
            kind: 'AGREEMENT',
            subject: 'x',
            signatories: 'x',
            valid_from: '2026-01-01',
          })
          .execute(),
      ).rejects.toMatchObject({ code: '23503' });
      // The check constraint holds even past the contract.
      await expect(
        deps.db
          .insertInto('partner_agreements')
          .values({
            centre_id: a.centreId,
            partner_id: partner.id,
            kind: 'AGREEMENT',
            subject: 'x',
            signatories: 'x',
            valid_from: '2026-02-01',
            valid_until: '2026-01-31',
          })
          .execute(),
      ).rejects.toMatchObject({ code: '23514' });

      await createAgreement(
        deps,
        ctx,
        partner.id,
        AgreementInputSchema.parse({
          kind: 'AGREEMENT',
          subject: 'Porozumienie o refundacji świadczeń',
          validFrom: '2026-01-01',
          signatories: 'kierownik CIS; dyrektor PUP',
        }),
      );
      expect(await countPartnerReferences(deps.db, a.centreId, partner.id)).toBe(1);
      await expect(removePartner(deps, ctx, partner.id)).rejects.toMatchObject({ code: 'PARTNER_IN_USE' });
      await setPartnerArchived(deps, ctx, partner.id, partner.version, true);
      expect(await listPartners(deps.db, a.centreId, {})).toEqual([]);
      expect((await listPartners(deps.db, a.centreId, { archived: true })).map((p) => p.id)).toEqual([
        partner.id,
      ]);
      expect(await listPartners(deps.db, b.centreId, { archived: true })).toEqual([]);
      const audit = await deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', partner.id)
        .orderBy('id')
        .execute();
      expect(audit.map((r) => r.action)).toEqual(['partner.create', 'partner.archive']);
    },
  );
});
