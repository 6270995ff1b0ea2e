import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { UuidSchema } from '../../../src/contracts/common';
import {
  type Customer,
  OrderCreateSchema,
  OrderItemInputSchema,
  type ServiceItem,
} from '../../../src/contracts/services.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { ratePercent, VAT_RATES, type VatRate } from '../../../src/domain/services/vat';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { numberText, orEmpty, useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { grosze, zlotyText } from '../components/zloty-text';
import { todayPl, toGrosze, toNumber, VAT_RATE_LABELS } from './services-shared';
import './services.i18n';

type Line = {
  itemId: string;
  name: string;
  unit: string;
  quantity: string;
  netPrice: string;
  vatRate: VatRate;
};
type QuoteValues = {
  workshopId: string;
  customerId: string;
  title: string;
  quoteDate: string;
  unpaid: boolean;
  /** Typed in złoty; left blank it is the items' sum. */
  totalGross: string;
  items: Line[];
};
const emptyLine = (): Line => ({
  itemId: '',
  name: '',
  unit: 'szt.',
  quantity: '1',
  netPrice: '',
  vatRate: '23',
});

/**
 * The contract's checks on the form's text: quantities and prices typed as text (a blank price is 0 zł, a
 * blank total is the items' sum); the server also refuses a total that differs from the items.
 */
const quoteForm = OrderCreateSchema.extend({
  totalGross: orEmpty(zlotyText(OrderCreateSchema.shape.totalGross)),
  items: z
    .array(
      OrderItemInputSchema.extend({
        itemId: orEmpty(UuidSchema),
        quantity: numberText(OrderItemInputSchema.shape.quantity),
        netPrice: orEmpty(zlotyText(OrderItemInputSchema.shape.netPrice)),
      }),
    )
    .min(1, { error: 'Dodaj co najmniej jedną pozycję.' })
    .max(200),
});

/** Preview only: the server computes the same per-line rounding and refuses a total that differs. */
function lineGross(l: Line, unpaid: boolean) {
  if (unpaid) return 0;
  const net = Math.round((Math.round(toNumber(l.quantity) * 1000) * toGrosze(l.netPrice)) / 1000);
  return net + Math.round((net * ratePercent(l.vatRate)) / 100);
}
const itemsSum = (lines: Line[], unpaid: boolean) =>
  lines.reduce((s, l) => s + (Number.isFinite(lineGross(l, unpaid)) ? lineGross(l, unpaid) : 0), 0);

/** A new quote: customer, workshop, items from the catalogue or typed, and the total the person checked. */
export function QuoteForm({
  workshops,
  customers,
  items,
  onSaved,
}: {
  workshops: Workshop[];
  customers: Customer[];
  items: ServiceItem[];
  onSaved: (o: { id: string; number: string }) => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<QuoteValues>({
    defaultValues: {
      workshopId: workshops[0]!.id,
      customerId: customers[0]!.id,
      title: '',
      quoteDate: todayPl(),
      unpaid: false,
      totalGross: '',
      items: [emptyLine()],
    },
    schema: quoteForm,
  });
  const lines = useFieldArray({ control: form.control, name: 'items' });
  const [workshopId, unpaid, values] = form.watch(['workshopId', 'unpaid', 'items']);
  const sum = itemsSum(values, unpaid);
  const labels: Record<string, string> = {
    title: t('sv.order.title'),
    customerId: t('sv.order.customer'),
    unpaid: t('sv.order.unpaid'),
    totalGross: t('sv.order.total'),
    quoteDate: t('sv.order.quoteDate'),
  };
  lines.fields.forEach((_, i) => {
    labels[`items.${i}.name`] = `${t('sv.item.name')} (${i + 1})`;
    labels[`items.${i}.quantity`] = `${t('sv.order.quantity')} (${i + 1})`;
    labels[`items.${i}.netPrice`] = `${t('sv.item.price')} (${i + 1})`;
  });
  const save = onSubmit(async (f) => {
    const saved = await api<{ id: string; number: string }>('POST', '/api/v1/services/orders', {
      workshopId: f.workshopId,
      customerId: f.customerId,
      title: f.title,
      quoteDate: f.quoteDate,
      unpaid: f.unpaid,
      totalGross: f.totalGross === '' ? itemsSum(f.items, f.unpaid) : grosze(f.totalGross),
      items: f.items.map((l) => ({
        itemId: l.itemId || null,
        name: l.name,
        unit: l.unit,
        quantity: toNumber(l.quantity),
        netPrice: l.netPrice ? grosze(l.netPrice) : 0,
        vatRate: l.vatRate,
      })),
    });
    onSaved(saved);
  });
  return (
    <form onSubmit={save} noValidate>
      <h3>{t('sv.order.new')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="title" label={labels.title!} error={fieldErrors.title} required>
          {(p) => <input {...p} {...register('title')} />}
        </Field>
        <Field name="customerId" label={labels.customerId!} error={fieldErrors.customerId}>
          {(p) => (
            <select {...p} {...register('customerId')}>
              {customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="workshopId" label={t('sv.order.workshop')} error={fieldErrors.workshopId}>
          {(p) => (
            <select {...p} {...register('workshopId')}>
              {workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="quoteDate" label={labels.quoteDate!} error={fieldErrors.quoteDate} required>
          {(p) => <input {...p} type="date" {...register('quoteDate')} />}
        </Field>
      </div>
      <div className={`field${fieldErrors.unpaid ? ' field-invalid' : ''}`}>
        <label>
          <input id="f-unpaid" type="checkbox" {...register('unpaid')} /> {labels.unpaid}
        </label>
        {fieldErrors.unpaid && <p className="field-error">{fieldErrors.unpaid}</p>}
      </div>
      <fieldset>
        <legend>{t('sv.order.items')}</legend>
        {lines.fields.map((line, i) => (
          <div className="grid-2" key={line.id}>
            <Field name={`items.${i}.itemId`} label={`${t('sv.catalogue')} (${i + 1})`}>
              {(p) => (
                <select
                  {...p}
                  {...register(`items.${i}.itemId`, {
                    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                      // A catalogue item fills in its name, unit, price and VAT rate.
                      const item = items.find((x) => x.id === e.target.value);
                      if (!item) return;
                      form.setValue(`items.${i}.name`, item.name);
                      form.setValue(`items.${i}.unit`, item.unit);
                      form.setValue(
                        `items.${i}.netPrice`,
                        (item.netPrice / 100).toFixed(2).replace('.', ','),
                      );
                      form.setValue(`items.${i}.vatRate`, item.vatRate);
                    },
                  })}
                >
                  <option value="">—</option>
                  {items
                    .filter((x) => x.workshopId === workshopId)
                    .map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                </select>
              )}
            </Field>
            <Field
              name={`items.${i}.name`}
              label={labels[`items.${i}.name`]!}
              error={fieldErrors[`items.${i}.name`]}
              required
            >
              {(p) => <input {...p} {...register(`items.${i}.name`)} />}
            </Field>
            <Field
              name={`items.${i}.quantity`}
              label={labels[`items.${i}.quantity`]!}
              error={fieldErrors[`items.${i}.quantity`]}
            >
              {(p) => <input {...p} inputMode="decimal" {...register(`items.${i}.quantity`)} />}
            </Field>
            <Field name={`items.${i}.unit`} label={`${t('sv.item.unit')} (${i + 1})`}>
              {(p) => <input {...p} {...register(`items.${i}.unit`)} />}
            </Field>
            <Field
              name={`items.${i}.netPrice`}
              label={labels[`items.${i}.netPrice`]!}
              error={fieldErrors[`items.${i}.netPrice`]}
            >
              {(p) => <input {...p} inputMode="decimal" {...register(`items.${i}.netPrice`)} />}
            </Field>
            <Field name={`items.${i}.vatRate`} label={`${t('sv.item.vat')} (${i + 1})`}>
              {(p) => (
                <select {...p} {...register(`items.${i}.vatRate`)}>
                  {VAT_RATES.map((r) => (
                    <option key={r} value={r}>
                      {VAT_RATE_LABELS[r]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => lines.append(emptyLine())}>
          {t('sv.order.addItem')}
        </button>
      </fieldset>
      <p>{t('sv.order.itemsSum', { sum: formatMoney(sum) })}</p>
      <Field
        name="totalGross"
        label={labels.totalGross!}
        error={fieldErrors.totalGross}
        hint={t('sv.order.totalHint')}
      >
        {(p) => (
          <input
            {...p}
            inputMode="decimal"
            placeholder={(sum / 100).toFixed(2).replace('.', ',')}
            {...register('totalGross')}
          />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {t('sv.order.save')}
      </button>
    </form>
  );
}
