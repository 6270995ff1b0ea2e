import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { DonationListSchema, HistorySchema, StockSchema } from '../../../src/contracts/inkind.contract';
import { UNIT_CODES } from '../../../src/domain/inkind/quantity';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { label, usePartners } from './events';
import { Operations } from './inkind-operations';
import './inkind.i18n';

export type Stock = z.infer<typeof StockSchema>;
type Donations = z.infer<typeof DonationListSchema>;
type History = z.infer<typeof HistorySchema>;

/** In-kind help: where the material is now, donations (with thank-you letters), operations and history. */
export function InkindPage({ canManage }: { canManage: boolean }) {
  const [stock, setStock] = useState<Stock | null>(null);
  const [donations, setDonations] = useState<Donations['items']>([]);
  const [history, setHistory] = useState<History['items']>([]);
  const load = async () => {
    const [s, d, h] = await Promise.all([
      api<Stock>('GET', '/api/v1/inkind/stock'),
      api<Donations>('GET', '/api/v1/inkind/donations'),
      api<History>('GET', '/api/v1/inkind/history'),
    ]);
    setStock(s);
    setDonations(d.items);
    setHistory(h.items);
  };
  useEffect(() => {
    void load();
  }, []);
  if (!stock) return <main id="main">{t('app.loading')}</main>;
  return (
    <main id="main">
      <h1>{t('inkind.title')}</h1>
      <section aria-labelledby="ik-stock">
        <h2 id="ik-stock">{t('inkind.stock')}</h2>
        <p className="hint">{t('inkind.stockHint')}</p>
        {stock.lines.length === 0 ? (
          <p>{t('inkind.noStock')}</p>
        ) : (
          <div className="table-wrap">
            <table id="ik-stock-table">
              <thead>
                <tr>
                  <th scope="col">{t('inkind.item')}</th>
                  <th scope="col">{t('inkind.holder')}</th>
                  <th scope="col">{t('inkind.quantity')}</th>
                </tr>
              </thead>
              <tbody>
                {stock.lines.map((l) => (
                  <tr key={`${l.itemId}-${l.holderKind}-${l.holderId}`}>
                    <td>{l.itemName}</td>
                    <td>{l.holderName}</td>
                    <td>{l.quantityText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canManage && <Operations stock={stock} onDone={load} />}
      <section aria-labelledby="ik-donations">
        <h2 id="ik-donations">{t('inkind.donations')}</h2>
        {donations.length === 0 ? (
          <p>{t('inkind.noDonations')}</p>
        ) : (
          <ul>
            {donations.map((d) => (
              <li key={d.id}>
                {d.receivedOn} · {d.donorName}
                {d.documentNo && ` · ${d.documentNo}`}:{' '}
                {d.items.map((i) => `${i.name} ${i.quantityText}`).join(', ')}{' '}
                <a href={`/api/v1/inkind/donations/${d.id}/thank-you.pdf`}>{t('inkind.thankYou')}</a>
              </li>
            ))}
          </ul>
        )}
        {canManage && <NewDonation onDone={load} />}
      </section>
      <section aria-labelledby="ik-history">
        <h2 id="ik-history">{t('inkind.history')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('inkind.movedOn')}</th>
                <th scope="col">{t('inkind.step')}</th>
                <th scope="col">{t('inkind.item')}</th>
                <th scope="col">{t('inkind.from')}</th>
                <th scope="col">{t('inkind.to')}</th>
                <th scope="col">{t('inkind.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={`${h.operationId}-${h.itemName}`}>
                  <td className="nowrap">{h.movedOn}</td>
                  <td>{label(`inkind.step.${h.step}`)}</td>
                  <td>{h.itemName}</td>
                  <td>{h.from ?? '—'}</td>
                  <td>
                    {h.to ?? '—'}
                    {h.deliveryId && (
                      <>
                        {' '}
                        <a href={`/api/v1/inkind/deliveries/${h.deliveryId}/protocol.pdf`}>
                          {t('inkind.protocol')}
                        </a>
                      </>
                    )}
                  </td>
                  <td className="nowrap">{h.quantityText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}

const blankItem = { name: '', unit: 'PIECE', quantity: '', value: '' };

function NewDonation({ onDone }: { onDone: () => Promise<void> }) {
  const partners = usePartners();
  const blank = { donorPartnerId: '', donorName: '', donorAddress: '', receivedOn: '', documentNo: '' };
  const [form, setForm] = useState(blank);
  const [items, setItems] = useState([blankItem]);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels: Record<string, string> = {
    donorPartnerId: t('inkind.donorPartner'),
    donorName: t('inkind.donorName'),
    donorAddress: t('inkind.donorAddress'),
    receivedOn: t('inkind.receivedOn'),
    documentNo: t('inkind.documentNo'),
    items: t('inkind.item'),
  };
  items.forEach((_, n) => {
    const no = t('inkind.itemNo', { n: n + 1 });
    labels[`items.${n}.name`] = `${no}: ${t('inkind.itemName')}`;
    labels[`items.${n}.unit`] = `${no}: ${t('inkind.unit')}`;
    labels[`items.${n}.quantity`] = `${no}: ${t('inkind.quantity')}`;
    labels[`items.${n}.valueGrosze`] = `${no}: ${t('inkind.valueZl')}`;
  });
  const text = (k: keyof typeof blank, type = 'text', required = false) => (
    <Field name={k} label={labels[k]!} error={fieldErrors[k]} required={required}>
      {(p) => (
        <input
          {...p}
          type={type}
          value={form[k]}
          onChange={(e) => setForm({ ...form, [k]: e.target.value })}
        />
      )}
    </Field>
  );
  const setItem = (n: number, k: keyof typeof blankItem, v: string) =>
    setItems((all) => all.map((it, i) => (i === n ? { ...it, [k]: v } : it)));
  return (
    <form
      className="card"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await run(() =>
          api('POST', '/api/v1/inkind/donations', {
            donorPartnerId: form.donorPartnerId || null,
            donorName: form.donorPartnerId ? null : form.donorName || null,
            donorAddress: form.donorAddress || null,
            receivedOn: form.receivedOn,
            documentNo: form.documentNo || null,
            items: items.map((i) => ({
              name: i.name,
              unit: i.unit,
              quantity: i.quantity,
              valueGrosze: i.value ? Math.round(Number(i.value.replace(',', '.')) * 100) : null,
            })),
          }),
        );
        if (done) {
          setForm(blank);
          setItems([blankItem]);
          await onDone();
        }
      }}
    >
      <h3>{t('inkind.newDonation')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="donorPartnerId" label={labels.donorPartnerId!} error={fieldErrors.donorPartnerId}>
        {(p) => (
          <select
            {...p}
            value={form.donorPartnerId}
            onChange={(e) => setForm({ ...form, donorPartnerId: e.target.value })}
          >
            <option value="">{t('inkind.donorNone')}</option>
            {partners.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!form.donorPartnerId && text('donorName', 'text', true)}
      {!form.donorPartnerId && text('donorAddress')}
      {text('receivedOn', 'date', true)}
      {text('documentNo')}
      {items.map((it, n) => (
        <fieldset key={n} className="card">
          <legend>{t('inkind.itemNo', { n: n + 1 })}</legend>
          <Field
            name={`items.${n}.name`}
            label={t('inkind.itemName')}
            error={fieldErrors[`items.${n}.name`]}
            required
          >
            {(p) => <input {...p} value={it.name} onChange={(e) => setItem(n, 'name', e.target.value)} />}
          </Field>
          <Field
            name={`items.${n}.unit`}
            label={t('inkind.unit')}
            error={fieldErrors[`items.${n}.unit`]}
            required
          >
            {(p) => (
              <select {...p} value={it.unit} onChange={(e) => setItem(n, 'unit', e.target.value)}>
                {UNIT_CODES.map((u) => (
                  <option key={u} value={u}>
                    {label(`inkind.unit.${u}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name={`items.${n}.quantity`}
            label={t('inkind.quantity')}
            error={fieldErrors[`items.${n}.quantity`]}
            required
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={it.quantity}
                onChange={(e) => setItem(n, 'quantity', e.target.value)}
              />
            )}
          </Field>
          <Field
            name={`items.${n}.valueGrosze`}
            label={t('inkind.valueZl')}
            error={fieldErrors[`items.${n}.valueGrosze`]}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={it.value}
                onChange={(e) => setItem(n, 'value', e.target.value)}
              />
            )}
          </Field>
        </fieldset>
      ))}
      <button type="button" onClick={() => setItems((all) => [...all, blankItem])}>
        {t('inkind.addItem')}
      </button>{' '}
      <button type="submit" className="primary" disabled={busy}>
        {t('inkind.save')}
      </button>
    </form>
  );
}
