import type { CustomerCreate } from '../../contracts/services.contract';
import type { FieldError } from '../../contracts/errors';
import {
  findCustomer,
  findCustomerByPartner,
  findPartner,
  insertCustomer,
  listCustomers,
  listPartners,
} from '../../db/services.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { presentCustomer, requireAction } from './shared';

/**
 * A customer: a partner from the registry (picked, never typed again) or a private person with the
 * least data an order needs and the day they agreed to it being kept.
 */
export async function createCustomer(deps: AppDeps, ctx: CallContext, input: CustomerCreate) {
  requireAction(ctx, 'services.orders');
  const errors: FieldError[] = [];
  if (input.kind === 'PARTNER') {
    if (!input.partnerId)
      errors.push({ path: 'partnerId', code: 'REQUIRED', message: 'Wybierz partnera z rejestru.' });
    else if (!(await findPartner(deps.db, ctx.actor.centreId, input.partnerId)))
      errors.push({
        path: 'partnerId',
        code: 'NOT_FOUND',
        message: 'Nie ma takiego partnera w rejestrze centrum.',
      });
    else {
      const existing = await findCustomerByPartner(deps.db, ctx.actor.centreId, input.partnerId);
      if (existing) return presentCustomer(existing);
    }
  } else {
    if (!input.fullName)
      errors.push({ path: 'fullName', code: 'REQUIRED', message: 'Podaj imię i nazwisko klienta.' });
    if (!input.consentOn)
      errors.push({
        path: 'consentOn',
        code: 'CONSENT_REQUIRED',
        message: 'Zapisz datę zgody klienta na przetwarzanie jego danych do realizacji zlecenia.',
      });
    else if (input.consentOn > todayInPoland(deps))
      errors.push({
        path: 'consentOn',
        code: 'DATE_IN_FUTURE',
        message: 'Data zgody nie może być z przyszłości.',
      });
  }
  if (errors.length) throw AppError.fields(errors);
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await insertCustomer(trx, {
      centre_id: ctx.actor.centreId,
      kind: input.kind,
      partner_id: input.kind === 'PARTNER' ? input.partnerId! : null,
      full_name: input.kind === 'PERSON' ? input.fullName! : null,
      address: input.kind === 'PERSON' ? (input.address ?? null) : null,
      phone: input.kind === 'PERSON' ? (input.phone ?? null) : null,
      email: input.kind === 'PERSON' ? (input.email ?? null) : null,
      consent_on: input.kind === 'PERSON' ? input.consentOn! : null,
    });
    await audit(trx, ctx, 'services.customer.create', 'service_customer', row.id, { kind: input.kind });
    return row.id;
  });
  return presentCustomer((await findCustomer(deps.db, ctx.actor.centreId, id))!);
}

export async function getCustomers(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'services.view');
  const rows = await listCustomers(deps.db, ctx.actor.centreId);
  return {
    items: rows.map(presentCustomer),
    partners: await listPartners(deps.db, ctx.actor.centreId),
  };
}
