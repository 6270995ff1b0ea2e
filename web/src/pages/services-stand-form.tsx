import { useEffect } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { UuidSchema } from '../../../src/contracts/common';
import { StandCreateSchema } from '../../../src/contracts/services.contract';
import type { Assignment, Workshop } from '../../../src/contracts/workshop.contract';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { useApiQuery } from '../query';
import { grosze, zlotyText } from '../components/zloty-text';
import { todayPl, toGrosze } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

type ProductDraft = { name: string; taken: string; sold: string; unitPrice: string };
type StandValues = {
  workshopId: string;
  partnerId: string;
  name: string;
  place: string;
  fromDate: string;
  toDate: string;
  crew: string[];
  products: ProductDraft[];
};

const emptyProduct = (): ProductDraft => ({ name: '', taken: '', sold: '', unitPrice: '' });
const int = (v: string) => (v.trim() === '' ? 0 : Number(v));

/** A count typed as text; blank is 0 (as the form always sent it). */
const countText = (schema: z.ZodType<unknown, number>) => z.string().transform(int).pipe(schema);
const productShape = StandCreateSchema.shape.products.unwrap().element.shape;
const productRow = z.object({
  name: productShape.name,
  taken: countText(productShape.taken),
  sold: countText(productShape.sold),
  unitPrice: orEmpty(zlotyText(productShape.unitPrice)),
});
/**
 * The contract's checks on the form's text: a product row without a name is left out (as it is not sent);
 * every other row is checked at its own fields (counts, and the price in złoty; a blank price is 0 zł).
 */
const standForm = StandCreateSchema.extend({
  partnerId: orEmpty(UuidSchema),
  products: z
    .array(z.object({ name: z.string(), taken: z.string(), sold: z.string(), unitPrice: z.string() }))
    .superRefine((rows, ctx) =>
      rows.forEach((row, i) => {
        if (!row.name.trim()) return;
        const checked = productRow.safeParse(row);
        for (const issue of checked.success ? [] : checked.error.issues)
          ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
      }),
    ),
});

/** A new stand: event, place, days, the workshop's crew on those days, products; takings = sold × price. */
export function StandForm({
  workshops,
  partners,
  onSaved,
}: {
  workshops: Workshop[];
  partners: { id: string; name: string }[];
  onSaved: () => Promise<void>;
}) {
  const today = todayPl();
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<StandValues>({
    defaultValues: {
      workshopId: workshops[0]!.id,
      partnerId: '',
      name: '',
      place: '',
      fromDate: today,
      toDate: today,
      crew: [],
      products: [emptyProduct()],
    },
    schema: standForm,
  });
  const productRows = useFieldArray({ control: form.control, name: 'products' });
  const [workshopId, fromDate, toDate, crew, products] = form.watch([
    'workshopId',
    'fromDate',
    'toDate',
    'crew',
    'products',
  ]);
  // The workshop's people on the stand's days; someone no longer among them leaves the crew.
  const assignments = useApiQuery<{ items: Assignment[] }>(
    `/api/v1/workshops/${workshopId}/assignments?from=${fromDate}&to=${toDate}`,
  );
  const seen = new Map(
    (assignments.error ? [] : (assignments.data?.items ?? [])).map((a) => [
      a.participantId,
      a.participantName,
    ]),
  );
  const people = [...seen].map(([value, label]) => ({ value, label }));
  useEffect(() => {
    if (!assignments.data) return;
    const kept = crew.filter((id) => seen.has(id));
    if (kept.length !== crew.length) form.setValue('crew', kept);
  }, [assignments.data]);
  const filled = products.filter((p) => p.name.trim() !== '');
  const total = filled.reduce((s, p) => s + int(p.sold) * (toGrosze(p.unitPrice) || 0), 0);
  const labels: Record<string, string> = {
    workshopId: t('sv.item.workshop'),
    partnerId: t('svs.partner'),
    name: t('svs.name'),
    place: t('svs.place'),
    fromDate: t('svs.from'),
    toDate: t('svs.to'),
    crew: t('svs.crew'),
    takings: t('svs.takings'),
  };
  filled.forEach((_, i) => {
    labels[`products.${i}.name`] = `${t('svs.product.name')} (${i + 1})`;
    labels[`products.${i}.sold`] = `${t('svs.product.sold')} (${i + 1})`;
    labels[`products.${i}.taken`] = `${t('svs.product.taken')} (${i + 1})`;
    labels[`products.${i}.unitPrice`] = `${t('svs.product.price')} (${i + 1})`;
  });
  const save = onSubmit(async (v) => {
    await api('POST', '/api/v1/services/stands', {
      workshopId: v.workshopId,
      partnerId: v.partnerId || null,
      name: v.name,
      place: v.place,
      fromDate: v.fromDate,
      toDate: v.toDate,
      crew: v.crew,
      products: v.products
        .filter((p) => p.name.trim() !== '')
        .map((p) => ({
          name: p.name,
          taken: int(p.taken),
          sold: int(p.sold),
          unitPrice: p.unitPrice ? grosze(p.unitPrice) : 0,
        })),
    });
    form.reset({ ...v, name: '', place: '', crew: [], products: [emptyProduct()] });
    await onSaved();
  });
  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="name" label={labels.name!} error={fieldErrors.name} required>
          {(p) => <input {...p} {...register('name')} />}
        </Field>
        <Field name="place" label={labels.place!} error={fieldErrors.place} required>
          {(p) => <input {...p} {...register('place')} />}
        </Field>
        <Field name="workshopId" label={labels.workshopId!} error={fieldErrors.workshopId}>
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
        <Field
          name="partnerId"
          label={labels.partnerId!}
          error={fieldErrors.partnerId}
          hint={t('svs.partnerHint')}
        >
          {(p) => (
            <select {...p} {...register('partnerId')}>
              <option value="">{t('svs.partner.none')}</option>
              {partners.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="fromDate" label={labels.fromDate!} error={fieldErrors.fromDate} required>
          {(p) => <input {...p} type="date" {...register('fromDate')} />}
        </Field>
        <Field name="toDate" label={labels.toDate!} error={fieldErrors.toDate} required>
          {(p) => <input {...p} type="date" {...register('toDate')} />}
        </Field>
      </div>
      {people.length > 0 ? (
        <CheckboxGroup
          legend={labels.crew!}
          name="crew"
          options={people}
          value={crew}
          onChange={(next) => form.setValue('crew', next)}
          error={fieldErrors.crew}
        />
      ) : (
        <p className="muted">{t('svs.crew.none')}</p>
      )}
      <fieldset>
        <legend>{t('svs.products')}</legend>
        {productRows.fields.map((row, i) => (
          <div className="grid-2" key={row.id}>
            <Field
              name={`products.${i}.name`}
              label={labels[`products.${i}.name`] ?? `${t('svs.product.name')} (${i + 1})`}
              error={fieldErrors[`products.${i}.name`]}
            >
              {(q) => <input {...q} {...register(`products.${i}.name`)} />}
            </Field>
            <Field
              name={`products.${i}.taken`}
              label={`${t('svs.product.taken')} (${i + 1})`}
              error={fieldErrors[`products.${i}.taken`]}
            >
              {(q) => <input {...q} inputMode="numeric" {...register(`products.${i}.taken`)} />}
            </Field>
            <Field
              name={`products.${i}.sold`}
              label={`${t('svs.product.sold')} (${i + 1})`}
              error={fieldErrors[`products.${i}.sold`]}
            >
              {(q) => <input {...q} inputMode="numeric" {...register(`products.${i}.sold`)} />}
            </Field>
            <Field
              name={`products.${i}.unitPrice`}
              label={`${t('svs.product.price')} (${i + 1})`}
              error={fieldErrors[`products.${i}.unitPrice`]}
            >
              {(q) => <input {...q} inputMode="decimal" {...register(`products.${i}.unitPrice`)} />}
            </Field>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => productRows.append(emptyProduct())}>
          {t('svs.product.add')}
        </button>
      </fieldset>
      <p aria-live="polite">
        {t('svs.takings')}: <strong>{formatMoney(total)}</strong>{' '}
        <span className="muted">{t('svs.takings.how')}</span>
      </p>
      <button type="submit" disabled={busy}>
        {t('svs.save')}
      </button>
    </form>
  );
}
