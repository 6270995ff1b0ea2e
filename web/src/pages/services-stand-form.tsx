import { useEffect, useState } from 'react';
import type { Assignment, Workshop } from '../../../src/contracts/workshop.contract';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, t } from '../i18n';
import { todayPl, toGrosze } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

type ProductDraft = { name: string; taken: string; sold: string; price: string };

const emptyProduct = (): ProductDraft => ({ name: '', taken: '', sold: '', price: '' });

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
  const { fieldErrors, formError, busy, run } = useSubmit();
  const today = todayPl();
  const [f, setF] = useState({
    workshopId: workshops[0]!.id,
    partnerId: '',
    name: '',
    place: '',
    fromDate: today,
    toDate: today,
  });
  const [crew, setCrew] = useState<string[]>([]);
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [products, setProducts] = useState<ProductDraft[]>([emptyProduct()]);
  useEffect(() => {
    void api<{ items: Assignment[] }>(
      'GET',
      `/api/v1/workshops/${f.workshopId}/assignments?from=${f.fromDate}&to=${f.toDate}`,
    ).then(
      (r) => {
        const seen = new Map(r.items.map((a) => [a.participantId, a.participantName]));
        setPeople([...seen].map(([value, label]) => ({ value, label })));
        setCrew((c) => c.filter((id) => seen.has(id)));
      },
      () => setPeople([]),
    );
  }, [f.workshopId, f.fromDate, f.toDate]);
  const int = (v: string) => (v.trim() === '' ? 0 : Number(v));
  const filled = products.filter((p) => p.name.trim() !== '');
  const total = filled.reduce((s, p) => s + int(p.sold) * (toGrosze(p.price) || 0), 0);
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
  const setProduct = (i: number, patch: Partial<ProductDraft>) =>
    setProducts(products.map((p, n) => (n === i ? { ...p, ...patch } : p)));
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(() =>
          api('POST', '/api/v1/services/stands', {
            ...f,
            partnerId: f.partnerId || null,
            crew,
            products: filled.map((p) => ({
              name: p.name,
              taken: int(p.taken),
              sold: int(p.sold),
              unitPrice: toGrosze(p.price),
            })),
          }),
        );
        if (ok) {
          setF({ ...f, name: '', place: '' });
          setProducts([emptyProduct()]);
          setCrew([]);
          await onSaved();
        }
      }}
    >
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="name" label={labels.name!} error={fieldErrors.name} required>
          {(p) => <input {...p} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />}
        </Field>
        <Field name="place" label={labels.place!} error={fieldErrors.place} required>
          {(p) => <input {...p} value={f.place} onChange={(e) => setF({ ...f, place: e.target.value })} />}
        </Field>
        <Field name="workshopId" label={labels.workshopId!} error={fieldErrors.workshopId}>
          {(p) => (
            <select {...p} value={f.workshopId} onChange={(e) => setF({ ...f, workshopId: e.target.value })}>
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
            <select {...p} value={f.partnerId} onChange={(e) => setF({ ...f, partnerId: e.target.value })}>
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
          {(p) => (
            <input
              {...p}
              type="date"
              value={f.fromDate}
              onChange={(e) => setF({ ...f, fromDate: e.target.value })}
            />
          )}
        </Field>
        <Field name="toDate" label={labels.toDate!} error={fieldErrors.toDate} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={f.toDate}
              onChange={(e) => setF({ ...f, toDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      {people.length > 0 ? (
        <CheckboxGroup legend={labels.crew!} name="crew" options={people} value={crew} onChange={setCrew} />
      ) : (
        <p className="muted">{t('svs.crew.none')}</p>
      )}
      <fieldset>
        <legend>{t('svs.products')}</legend>
        {products.map((p, i) => (
          <div className="grid-2" key={i}>
            <Field
              name={`products.${i}.name`}
              label={labels[`products.${i}.name`] ?? `${t('svs.product.name')} (${i + 1})`}
              error={fieldErrors[`products.${i}.name`]}
            >
              {(q) => (
                <input {...q} value={p.name} onChange={(e) => setProduct(i, { name: e.target.value })} />
              )}
            </Field>
            <Field
              name={`products.${i}.taken`}
              label={`${t('svs.product.taken')} (${i + 1})`}
              error={fieldErrors[`products.${i}.taken`]}
            >
              {(q) => (
                <input
                  {...q}
                  inputMode="numeric"
                  value={p.taken}
                  onChange={(e) => setProduct(i, { taken: e.target.value })}
                />
              )}
            </Field>
            <Field
              name={`products.${i}.sold`}
              label={`${t('svs.product.sold')} (${i + 1})`}
              error={fieldErrors[`products.${i}.sold`]}
            >
              {(q) => (
                <input
                  {...q}
                  inputMode="numeric"
                  value={p.sold}
                  onChange={(e) => setProduct(i, { sold: e.target.value })}
                />
              )}
            </Field>
            <Field
              name={`products.${i}.unitPrice`}
              label={`${t('svs.product.price')} (${i + 1})`}
              error={fieldErrors[`products.${i}.unitPrice`]}
            >
              {(q) => (
                <input
                  {...q}
                  inputMode="decimal"
                  value={p.price}
                  onChange={(e) => setProduct(i, { price: e.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setProducts([...products, emptyProduct()])}
        >
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
