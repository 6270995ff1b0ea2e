import { useEffect, useState } from 'react';
import { STEP_CODES, UNIT_CODES } from '../../../src/domain/inkind/quantity';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
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
export function Operations({ stock, onDone }: { stock: Stock; onDone: () => Promise<void> }) {
  const [op, setOp] = useState<Op>('move');
  const partners = usePartners();
  const [volunteers, setVolunteers] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    void api<{ items: { id: string; name: string }[] }>('GET', '/api/v1/volunteers')
      .then((r) => setVolunteers(r.items))
      .catch(() => setVolunteers([]));
  }, []);
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
  const blank = {
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
  const [f, setF] = useState(blank);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const labels: Record<string, string> = {
    itemId: t('inkind.item'),
    'from.id': t('inkind.from'),
    'from.kind': t('inkind.from'),
    'holder.id': t('inkind.at'),
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
  const fromPath = op === 'convert' ? 'holder.id' : 'from.id';
  const select = (
    name: string,
    value: string,
    onChange: (v: string) => void,
    options: [string, string][],
    error?: string,
  ) => (
    <Field name={name} label={labels[name]!} error={error ?? fieldErrors[name]} required>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
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
  const input = (name: string, k: keyof typeof blank, type = 'text', required = true) => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]} required={required}>
      {(p) => <input {...p} type={type} value={f[k]} onChange={set(k)} />}
    </Field>
  );
  const submit = async () => {
    if (op === 'move')
      return api('POST', '/api/v1/inkind/movements', {
        itemId: f.itemId,
        from: holderOf(f.from),
        to: holderOf(f.to),
        quantity: f.quantity,
        step: f.step,
        movedOn: f.movedOn,
      });
    if (op === 'convert')
      return api('POST', '/api/v1/inkind/conversions', {
        itemId: f.itemId,
        holder: holderOf(f.from),
        quantity: f.quantity,
        step: f.step,
        movedOn: f.movedOn,
        product: { name: f.productName, unit: f.productUnit, quantity: f.productQuantity },
      });
    return api('POST', '/api/v1/inkind/deliveries', {
      itemId: f.itemId,
      from: holderOf(f.from),
      recipientPartnerId: f.recipientPartnerId,
      quantity: f.quantity,
      deliveredOn: f.movedOn,
      receivedBy: f.receivedBy || null,
    });
  };
  const holderOptions = [...holders.entries()];
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(submit)) {
          setF({ ...blank, itemId: f.itemId, movedOn: f.movedOn });
          await onDone();
        }
      }}
    >
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      {select(
        'itemId',
        f.itemId,
        (v) => setF({ ...f, itemId: v }),
        stock.items.map((i) => [i.id, `${i.name} (${i.totalText})`]),
      )}
      {select(
        fromPath,
        f.from,
        (v) => setF({ ...f, from: v }),
        holderOptions,
        fieldErrors[fromPath] ?? fieldErrors['from.kind'],
      )}
      {op === 'move' &&
        select(
          'to.id',
          f.to,
          (v) => setF({ ...f, to: v }),
          holderOptions,
          fieldErrors['to.id'] ?? fieldErrors['to.kind'],
        )}
      {op === 'deliver' &&
        select(
          'recipientPartnerId',
          f.recipientPartnerId,
          (v) => setF({ ...f, recipientPartnerId: v }),
          partners.map((p) => [p.id, p.name]),
        )}
      {input('quantity', 'quantity')}
      {op !== 'deliver' &&
        select(
          'step',
          f.step,
          (v) => setF({ ...f, step: v }),
          MOVE_STEPS.map((s) => [s, label(`inkind.step.${s}`)]),
        )}
      {op === 'deliver' ? input('deliveredOn', 'movedOn', 'date') : input('movedOn', 'movedOn', 'date')}
      {op === 'convert' && (
        <>
          {input('product.name', 'productName')}
          {select(
            'product.unit',
            f.productUnit,
            (v) => setF({ ...f, productUnit: v }),
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
