import { useState } from 'react';
import { z } from 'zod';
import {
  ConversionCreateSchema,
  DeliveryCreateSchema,
  MovementCreateSchema,
} from '../../../src/contracts/inkind.contract';
import { STEP_CODES, UNIT_CODES } from '../../../src/domain/inkind/quantity';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { label, usePartners } from './events';
import type { Stock } from './inkind';
import './inkind.i18n';

type Op = 'move' | 'convert' | 'deliver';
const holderOf = (value: string) => {
  const [kind, id] = value.split(':');
  return { kind, id: id || null };
};
const MOVE_STEPS = STEP_CODES.filter((s) => !['RECEIVED', 'DELIVERED', 'USED'].includes(s));

/**
 * One operation on the material at a time (a transfer, a processing step, a delivery with its protocol):
 * every operation adds movements; none edits an earlier one.
 */
export function Operations({
  stock,
  onDone,
  seesVolunteers,
}: {
  stock: Stock;
  onDone: () => Promise<void>;
  seesVolunteers: boolean;
}) {
  const [op, setOp] = useState<Op>('move');
  const partners = usePartners();
  const volunteers =
    useApiQuery<{ items: { id: string; name: string }[] }>('/api/v1/volunteers', {
      retry: false,
      enabled: seesVolunteers,
    }).data?.items ?? [];
  // Holders: the centre, every partner, every volunteer (and anyone holding stock the caller cannot list).
  const holders = new Map<string, string>([['CENTRE:', t('inkind.centre')]]);
  for (const p of partners) holders.set(`PARTNER:${p.id}`, t('inkind.partnerPrefix', { name: p.name }));
  for (const v of volunteers) holders.set(`VOLUNTEER:${v.id}`, t('inkind.volunteerPrefix', { name: v.name }));
  for (const l of stock.lines)
    if (!holders.has(`${l.holderKind}:${l.holderId ?? ''}`))
      holders.set(`${l.holderKind}:${l.holderId ?? ''}`, l.holderName);
  return (
    <section aria-labelledby="ik-ops" className="card">
      <h2 id="ik-ops">{t('inkind.operation')}</h2>
      <fieldset>
        <legend className="sr-only">{t('inkind.operation')}</legend>
        {(['move', 'convert', 'deliver'] as const).map((o) => (
          <label key={o} style={{ marginRight: '1rem' }}>
            <input type="radio" name="ik-op" checked={op === o} onChange={() => setOp(o)} />{' '}
            {label(`inkind.op.${o}`)}
          </label>
        ))}
      </fieldset>
      <OperationForm key={op} op={op} stock={stock} holders={holders} partners={partners} onDone={onDone} />
    </section>
  );
}

type OperationValues = {
  itemId: string;
  /** A holder as "KIND:id" ("CENTRE:" for the centre itself). */
  from: string;
  to: string;
  quantity: string;
  step: string;
  movedOn: string;
  productName: string;
  productUnit: string;
  productQuantity: string;
  recipientPartnerId: string;
  receivedBy: string;
};

const URLS: Record<Op, string> = {
  move: '/api/v1/inkind/movements',
  convert: '/api/v1/inkind/conversions',
  deliver: '/api/v1/inkind/deliveries',
};
const SCHEMAS: Record<Op, z.ZodType> = {
  move: MovementCreateSchema,
  convert: ConversionCreateSchema,
  deliver: DeliveryCreateSchema,
};

/** The body of one operation, from the form's values (the same fields serve all three). */
function operationBody(op: Op, f: OperationValues) {
  if (op === 'move')
    return {
      itemId: f.itemId,
      from: holderOf(f.from),
      to: holderOf(f.to),
      quantity: f.quantity,
      step: f.step,
      movedOn: f.movedOn,
    };
  if (op === 'convert')
    return {
      itemId: f.itemId,
      holder: holderOf(f.from),
      quantity: f.quantity,
      step: f.step,
      movedOn: f.movedOn,
      product: { name: f.productName, unit: f.productUnit, quantity: f.productQuantity },
    };
  return {
    itemId: f.itemId,
    from: holderOf(f.from),
    recipientPartnerId: f.recipientPartnerId,
    quantity: f.quantity,
    deliveredOn: f.movedOn,
    receivedBy: f.receivedBy || null,
  };
}

/** The browser checks the exact body with the operation's contract, so its paths are the server's. */
const formOf = (op: Op) => z.preprocess((v) => operationBody(op, v as OperationValues), SCHEMAS[op]);
const OPERATION_FORMS: Record<Op, z.ZodType> = {
  move: formOf('move'),
  convert: formOf('convert'),
  deliver: formOf('deliver'),
};

function OperationForm({
  op,
  stock,
  holders,
  partners,
  onDone,
}: {
  op: Op;
  stock: Stock;
  holders: Map<string, string>;
  partners: { id: string; name: string }[];
  onDone: () => Promise<void>;
}) {
  const blank: OperationValues = {
    itemId: stock.items[0]?.id ?? '',
    from: 'CENTRE:',
    to: '',
    quantity: '',
    step: op === 'convert' ? 'STRIPS' : 'TRANSFER',
    movedOn: '',
    productName: '',
    productUnit: 'PIECE',
    productQuantity: '',
    recipientPartnerId: '',
    receivedBy: '',
  };
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<OperationValues>({
    defaultValues: blank,
    schema: OPERATION_FORMS[op],
  });
  const labels: Record<string, string> = {
    itemId: t('inkind.item'),
    'from.id': t('inkind.from'),
    'from.kind': t('inkind.from'),
    'holder.id': t('inkind.at'),
    'holder.kind': t('inkind.at'),
    'to.id': t('inkind.to'),
    'to.kind': t('inkind.to'),
    quantity: t('inkind.quantity'),
    step: t('inkind.step'),
    movedOn: t('inkind.movedOn'),
    deliveredOn: t('inkind.deliveredOn'),
    'product.name': t('inkind.productName'),
    'product.unit': t('inkind.productUnit'),
    'product.quantity': t('inkind.productQuantity'),
    recipientPartnerId: t('inkind.recipient'),
    receivedBy: t('inkind.receivedBy'),
  };
  const fromBase = op === 'convert' ? 'holder' : 'from';
  const select = (name: string, k: keyof OperationValues, options: [string, string][], error?: string) => (
    <Field name={name} label={labels[name]!} error={error ?? fieldErrors[name]} required>
      {(p) => (
        <select {...p} {...register(k)}>
          <option value="">—</option>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const input = (name: string, k: keyof OperationValues, type = 'text', required = true) => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]} required={required}>
      {(p) => <input {...p} type={type} {...register(k)} />}
    </Field>
  );
  const save = onSubmit(async (f) => {
    await api('POST', URLS[op], operationBody(op, f));
    form.reset({ ...blank, itemId: f.itemId, movedOn: f.movedOn });
    await onDone();
  });
  const holderOptions = [...holders.entries()];
  return (
    <form noValidate onSubmit={save}>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {select(
        'itemId',
        'itemId',
        stock.items.map((i) => [i.id, `${i.name} (${i.totalText})`]),
      )}
      {select(
        `${fromBase}.id`,
        'from',
        holderOptions,
        fieldErrors[`${fromBase}.id`] ?? fieldErrors[`${fromBase}.kind`],
      )}
      {op === 'move' && select('to.id', 'to', holderOptions, fieldErrors['to.id'] ?? fieldErrors['to.kind'])}
      {op === 'deliver' &&
        select(
          'recipientPartnerId',
          'recipientPartnerId',
          partners.map((p) => [p.id, p.name]),
        )}
      {input('quantity', 'quantity')}
      {op !== 'deliver' &&
        select(
          'step',
          'step',
          MOVE_STEPS.map((s) => [s, label(`inkind.step.${s}`)]),
        )}
      {op === 'deliver' ? input('deliveredOn', 'movedOn', 'date') : input('movedOn', 'movedOn', 'date')}
      {op === 'convert' && (
        <>
          {input('product.name', 'productName')}
          {select(
            'product.unit',
            'productUnit',
            UNIT_CODES.map((u) => [u, label(`inkind.unit.${u}`)]),
          )}
          {input('product.quantity', 'productQuantity')}
        </>
      )}
      {op === 'deliver' && input('receivedBy', 'receivedBy', 'text', false)}
      <button type="submit" className="primary" disabled={busy}>
        {t('inkind.record')}
      </button>
    </form>
  );
}
