import { randomUUID } from 'node:crypto';
import type { DonationCreate } from '../../contracts/inkind.contract';
import type { FieldError } from '../../contracts/errors';
import { insertMovements } from '../../db/inkind.repository';
import { parseQuantity } from '../../domain/inkind/quantity';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, todayInPoland } from '../pathway/shared';
import { holderProblems, quantityProblem } from './inkind-shared';

/** Records a donation (from a partner or a person) and its items, received at the centre. */
export async function recordDonation(deps: AppDeps, ctx: CallContext, input: DonationCreate) {
  requireAction(ctx, 'inkind.manage');
  const centreId = ctx.actor.centreId;
  const problems: FieldError[] = [];
  if (!input.donorPartnerId === !input.donorName)
    problems.push({ path: 'donorName', code: 'REQUIRED', message: 'Wybierz partnera albo podaj darczyńcę.' });
  if (input.donorPartnerId)
    problems.push(
      ...(await holderProblems(
        deps.db,
        centreId,
        { kind: 'PARTNER', id: input.donorPartnerId },
        'donorPartner',
      )),
    );
  if (input.receivedOn > todayInPoland(deps))
    problems.push({
      path: 'receivedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data przyjęcia nie może być z przyszłości.',
    });
  const quantities = input.items.map((i) => parseQuantity(i.quantity, i.unit));
  quantities.forEach((q, n) => {
    if (q === null) problems.push(quantityProblem(`items.${n}.quantity`));
  });
  if (problems.length)
    throw AppError.fields(
      problems.map((p) => (p.path === 'donorPartner.id' ? { ...p, path: 'donorPartnerId' } : p)),
    );

  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('inkind_donations')
      .values({
        centre_id: centreId,
        donor_partner_id: input.donorPartnerId,
        donor_name: input.donorPartnerId ? null : input.donorName,
        donor_address: input.donorAddress,
        received_on: input.receivedOn,
        document_no: input.documentNo,
        notes: input.notes,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [n, item] of input.items.entries()) {
      const row = await trx
        .insertInto('inkind_items')
        .values({
          centre_id: centreId,
          donation_id: id,
          name: item.name,
          unit: item.unit,
          value_grosze: item.valueGrosze,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertMovements(trx, [
        {
          centre_id: centreId,
          item_id: row.id,
          operation_id: randomUUID(),
          holder_kind: 'CENTRE',
          holder_id: null,
          delta: quantities[n]!,
          step: 'RECEIVED',
          moved_on: input.receivedOn,
          note: input.documentNo,
          recorded_by: ctx.actor.userId,
        },
      ]);
    }
    await audit(trx, ctx, 'inkind.donation', 'inkind_donation', id, { items: input.items.length });
    return id;
  });
  return { id };
}
