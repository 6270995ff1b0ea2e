import { useEffect, useState } from 'react';
import type { Customer, ServiceItem } from '../../../src/contracts/services.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { ACTIVITY_TYPES } from '../../../src/domain/services/activity';
import { ratePercent, VAT_RATES, type VatRate } from '../../../src/domain/services/vat';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, t } from '../i18n';
import { linkProps, navigate } from '../router';
import { ACTIVITY_LABELS, todayPl, toGrosze, toNumber, VAT_RATE_LABELS } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

type OrderRow = {
  id: string;
  number: string;
  workshopName: string;
  customerName: string;
  status: 'QUOTE' | 'ORDER' | 'DONE';
  title: string;
  quoteDate: string;
  unpaid: boolean;
  totals: { gross: number };
  paid: number;
};

export interface ServicesAccess {
  catalogue: boolean;
  orders: boolean;
  jobDays: boolean;
  income: boolean;
}

/** The services the centre sells: catalogue, customers, quotes and orders, and the income register. */
export function ServicesPage({ access }: { access: ServicesAccess }) {
  const [workshops, setWorkshops] = useState<Workshop[]>([]);
  const [items, setItems] = useState<ServiceItem[]>([]);
  const [customers, setCustomers] = useState<Customer[]>([]);
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  const [orders, setOrders] = useState<OrderRow[] | null>(null);
  const [vat, setVat] = useState<{ currentLabel: string; source: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = async () => {
    const [w, c, cu, o, v] = await Promise.all([
      api<{ items: Workshop[] }>('GET', '/api/v1/workshops'),
      api<{ items: ServiceItem[] }>('GET', '/api/v1/services/catalogue'),
      api<{ items: Customer[]; partners: { id: string; name: string }[] }>(
        'GET',
        '/api/v1/services/customers',
      ),
      api<{ items: OrderRow[] }>('GET', '/api/v1/services/orders'),
      api<{ currentLabel: string; source: string }>('GET', '/api/v1/services/vat-status'),
    ]);
    setWorkshops(w.items.filter((x) => x.active));
    setItems(c.items);
    setCustomers(cu.items);
    setPartners(cu.partners);
    setOrders(o.items);
    setVat(v);
  };
  useEffect(() => {
    void load();
  }, []);
  return (
    <main id="main">
      <h1>{t('sv.title')}</h1>
      <p className="lead">{t('sv.lead')}</p>
      <nav aria-label={t('sv.title')}>
        <ul>
          <li>
            <a {...linkProps('/services/stands')}>{t('svs.link.stands')}</a>
          </li>
          <li>
            <a {...linkProps('/services/month')}>{t('svs.link.month')}</a>
          </li>
        </ul>
      </nav>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-ok">{status}</p>}
      </div>
      <section className="card" aria-labelledby="sv-orders">
        <h2 id="sv-orders">{t('sv.orders')}</h2>
        {orders === null ? (
          <p>{t('app.loading')}</p>
        ) : orders.length === 0 ? (
          <p>{t('sv.orders.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sv.order.number')}</th>
                  <th scope="col">{t('sv.order.title')}</th>
                  <th scope="col">{t('sv.order.customer')}</th>
                  <th scope="col">{t('sv.order.workshop')}</th>
                  <th scope="col">{t('sv.order.status')}</th>
                  <th scope="col">{t('sv.order.gross')}</th>
                  <th scope="col">{t('sv.order.paid')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <a {...linkProps(`/services/orders/${o.id}`)}>{o.number}</a>
                    </td>
                    <td>{o.title}</td>
                    <td>{o.customerName}</td>
                    <td>{o.workshopName}</td>
                    <td>
                      {t(`sv.order.status.${o.status}`)}
                      {o.unpaid ? ` · ${t('sv.order.unpaid')}` : ''}
                    </td>
                    <td className="num">{formatMoney(o.totals.gross)}</td>
                    <td className="num">{formatMoney(o.paid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {access.orders && customers.length > 0 && workshops.length > 0 && (
          <QuoteForm
            workshops={workshops}
            customers={customers}
            items={items}
            onSaved={(o) => navigate(`/services/orders/${o.id}`)}
          />
        )}
      </section>
      <section className="card" aria-labelledby="sv-customers">
        <h2 id="sv-customers">{t('sv.customers')}</h2>
        {customers.length === 0 ? (
          <p>{t('sv.customers.none')}</p>
        ) : (
          <ul>
            {customers.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.nip ? ` · NIP ${c.nip}` : ''}{' '}
                <span className="muted">({t(`sv.customer.kind.${c.kind}`)})</span>
              </li>
            ))}
          </ul>
        )}
        {access.orders && (
          <CustomerForm
            partners={partners}
            onSaved={async () => {
              setStatus(t('sv.saved'));
              await load();
            }}
          />
        )}
      </section>
      <section className="card" aria-labelledby="sv-catalogue">
        <h2 id="sv-catalogue">{t('sv.catalogue')}</h2>
        {vat && (
          <p className="muted">{t('sv.vat.status', { status: vat.currentLabel, source: vat.source })}</p>
        )}
        {items.length === 0 ? (
          <p>{t('sv.catalogue.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sv.item.name')}</th>
                  <th scope="col">{t('sv.item.workshop')}</th>
                  <th scope="col">{t('sv.item.activity')}</th>
                  <th scope="col">{t('sv.item.unit')}</th>
                  <th scope="col">{t('sv.item.price')}</th>
                  <th scope="col">{t('sv.item.vat')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.name}</td>
                    <td>{i.workshopName}</td>
                    <td>{ACTIVITY_LABELS[i.activityType]}</td>
                    <td>{i.unit}</td>
                    <td className="num">{formatMoney(i.netPrice)}</td>
                    <td>{VAT_RATE_LABELS[i.vatRate]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {access.catalogue && workshops.length > 0 && (
          <ItemForm
            workshops={workshops}
            onSaved={async () => {
              setStatus(t('sv.saved'));
              await load();
            }}
          />
        )}
      </section>
      {access.income && <IncomeSection />}
    </main>
  );
}

function ItemForm({ workshops, onSaved }: { workshops: Workshop[]; onSaved: () => Promise<void> }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [f, setF] = useState({
    workshopId: workshops[0]!.id,
    name: '',
    kind: 'SERVICE',
    activityType: 'SERVICES_OTHER',
    unit: 'szt.',
    price: '',
    vatRate: '23',
  });
  const labels = {
    workshopId: t('sv.item.workshop'),
    name: t('sv.item.name'),
    activityType: t('sv.item.activity'),
    unit: t('sv.item.unit'),
    netPrice: t('sv.item.price'),
    vatRate: t('sv.item.vat'),
  };
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await run(() =>
          api('POST', '/api/v1/services/catalogue', {
            workshopId: f.workshopId,
            name: f.name,
            kind: f.kind,
            activityType: f.activityType,
            unit: f.unit,
            netPrice: toGrosze(f.price),
            vatRate: f.vatRate,
          }),
        );
        if (saved) {
          setF({ ...f, name: '', price: '' });
          await onSaved();
        }
      }}
    >
      <h3>{t('sv.item.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="name" label={labels.name} error={fieldErrors.name} required>
          {(p) => <input {...p} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />}
        </Field>
        <Field name="workshopId" label={labels.workshopId} error={fieldErrors.workshopId}>
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
          name="activityType"
          label={labels.activityType}
          error={fieldErrors.activityType}
          hint={t('sv.item.activityHint')}
        >
          {(p) => (
            <select
              {...p}
              value={f.activityType}
              onChange={(e) => setF({ ...f, activityType: e.target.value })}
            >
              {ACTIVITY_TYPES.map((a) => (
                <option key={a} value={a}>
                  {ACTIVITY_LABELS[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="kind" label={t('sv.item.kind')}>
          {(p) => (
            <select {...p} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
              <option value="SERVICE">{t('sv.item.kind.SERVICE')}</option>
              <option value="PRODUCT">{t('sv.item.kind.PRODUCT')}</option>
            </select>
          )}
        </Field>
        <Field name="unit" label={labels.unit} error={fieldErrors.unit} required>
          {(p) => <input {...p} value={f.unit} onChange={(e) => setF({ ...f, unit: e.target.value })} />}
        </Field>
        <Field name="netPrice" label={labels.netPrice} error={fieldErrors.netPrice} required>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={f.price}
              onChange={(e) => setF({ ...f, price: e.target.value })}
            />
          )}
        </Field>
        <Field name="vatRate" label={labels.vatRate} error={fieldErrors.vatRate}>
          {(p) => (
            <select {...p} value={f.vatRate} onChange={(e) => setF({ ...f, vatRate: e.target.value })}>
              {VAT_RATES.map((r) => (
                <option key={r} value={r}>
                  {VAT_RATE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={busy}>
        {t('sv.item.add')}
      </button>
    </form>
  );
}

function CustomerForm({
  partners,
  onSaved,
}: {
  partners: { id: string; name: string }[];
  onSaved: () => Promise<void>;
}) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [f, setF] = useState({
    kind: 'PARTNER',
    partnerId: partners[0]?.id ?? '',
    fullName: '',
    address: '',
    phone: '',
    consentOn: '',
  });
  const labels = {
    partnerId: t('sv.customer.partner'),
    fullName: t('sv.customer.fullName'),
    consentOn: t('sv.customer.consentOn'),
  };
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const body =
          f.kind === 'PARTNER'
            ? { kind: 'PARTNER', partnerId: f.partnerId || null }
            : {
                kind: 'PERSON',
                fullName: f.fullName || null,
                address: f.address || null,
                phone: f.phone || null,
                consentOn: f.consentOn || null,
              };
        if (await run(() => api('POST', '/api/v1/services/customers', body))) await onSaved();
      }}
    >
      <h3>{t('sv.customer.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="kind" label={t('sv.customer.kind')}>
        {(p) => (
          <select {...p} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
            <option value="PARTNER">{t('sv.customer.kind.PARTNER')}</option>
            <option value="PERSON">{t('sv.customer.kind.PERSON')}</option>
          </select>
        )}
      </Field>
      {f.kind === 'PARTNER' ? (
        <Field
          name="partnerId"
          label={labels.partnerId}
          error={fieldErrors.partnerId}
          hint={t('sv.customer.partnerHint')}
        >
          {(p) => (
            <select {...p} value={f.partnerId} onChange={(e) => setF({ ...f, partnerId: e.target.value })}>
              {partners.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div className="grid-2">
          <Field name="fullName" label={labels.fullName} error={fieldErrors.fullName} required>
            {(p) => (
              <input {...p} value={f.fullName} onChange={(e) => setF({ ...f, fullName: e.target.value })} />
            )}
          </Field>
          <Field name="address" label={t('sv.customer.address')}>
            {(p) => (
              <input {...p} value={f.address} onChange={(e) => setF({ ...f, address: e.target.value })} />
            )}
          </Field>
          <Field name="phone" label={t('sv.customer.phone')}>
            {(p) => <input {...p} value={f.phone} onChange={(e) => setF({ ...f, phone: e.target.value })} />}
          </Field>
          <Field name="consentOn" label={labels.consentOn} error={fieldErrors.consentOn} required>
            {(p) => (
              <input
                {...p}
                type="date"
                value={f.consentOn}
                onChange={(e) => setF({ ...f, consentOn: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {t('sv.customer.add')}
      </button>
    </form>
  );
}

type Line = { itemId: string; name: string; unit: string; quantity: string; price: string; vatRate: VatRate };
const emptyLine = (): Line => ({
  itemId: '',
  name: '',
  unit: 'szt.',
  quantity: '1',
  price: '',
  vatRate: '23',
});

/** Preview only: the server computes the same per-line rounding and refuses a total that differs. */
function lineGross(l: Line, unpaid: boolean) {
  if (unpaid) return 0;
  const net = Math.round((Math.round(toNumber(l.quantity) * 1000) * toGrosze(l.price)) / 1000);
  return net + Math.round((net * ratePercent(l.vatRate)) / 100);
}

function QuoteForm({
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
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [f, setF] = useState({
    workshopId: workshops[0]!.id,
    customerId: customers[0]!.id,
    title: '',
    quoteDate: todayPl(),
    unpaid: false,
    total: '',
  });
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const sum = lines.reduce(
    (s, l) => s + (Number.isFinite(lineGross(l, f.unpaid)) ? lineGross(l, f.unpaid) : 0),
    0,
  );
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines(lines.map((l, n) => (n === i ? { ...l, ...patch } : l)));
  const labels: Record<string, string> = {
    title: t('sv.order.title'),
    customerId: t('sv.order.customer'),
    unpaid: t('sv.order.unpaid'),
    totalGross: t('sv.order.total'),
    quoteDate: t('sv.order.quoteDate'),
  };
  lines.forEach((_, i) => {
    labels[`items.${i}.name`] = `${t('sv.item.name')} (${i + 1})`;
    labels[`items.${i}.quantity`] = `${t('sv.order.quantity')} (${i + 1})`;
    labels[`items.${i}.netPrice`] = `${t('sv.item.price')} (${i + 1})`;
  });
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await run(() =>
          api<{ id: string; number: string }>('POST', '/api/v1/services/orders', {
            workshopId: f.workshopId,
            customerId: f.customerId,
            title: f.title,
            quoteDate: f.quoteDate,
            unpaid: f.unpaid,
            totalGross: f.total === '' ? sum : toGrosze(f.total),
            items: lines.map((l) => ({
              itemId: l.itemId || null,
              name: l.name,
              unit: l.unit,
              quantity: toNumber(l.quantity),
              netPrice: toGrosze(l.price || '0'),
              vatRate: l.vatRate,
            })),
          }),
        );
        if (saved) onSaved(saved);
      }}
    >
      <h3>{t('sv.order.new')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="title" label={labels.title!} error={fieldErrors.title} required>
          {(p) => <input {...p} value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />}
        </Field>
        <Field name="customerId" label={labels.customerId!} error={fieldErrors.customerId}>
          {(p) => (
            <select {...p} value={f.customerId} onChange={(e) => setF({ ...f, customerId: e.target.value })}>
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
            <select {...p} value={f.workshopId} onChange={(e) => setF({ ...f, workshopId: e.target.value })}>
              {workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="quoteDate" label={labels.quoteDate!} error={fieldErrors.quoteDate} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={f.quoteDate}
              onChange={(e) => setF({ ...f, quoteDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className={`field${fieldErrors.unpaid ? ' field-invalid' : ''}`}>
        <label>
          <input
            id="f-unpaid"
            type="checkbox"
            checked={f.unpaid}
            onChange={(e) => setF({ ...f, unpaid: e.target.checked })}
          />{' '}
          {labels.unpaid}
        </label>
        {fieldErrors.unpaid && <p className="field-error">{fieldErrors.unpaid}</p>}
      </div>
      <fieldset>
        <legend>{t('sv.order.items')}</legend>
        {lines.map((l, i) => (
          <div className="grid-2" key={i}>
            <Field name={`items.${i}.itemId`} label={`${t('sv.catalogue')} (${i + 1})`}>
              {(p) => (
                <select
                  {...p}
                  value={l.itemId}
                  onChange={(e) => {
                    const item = items.find((x) => x.id === e.target.value);
                    setLine(
                      i,
                      item
                        ? {
                            itemId: item.id,
                            name: item.name,
                            unit: item.unit,
                            price: (item.netPrice / 100).toFixed(2).replace('.', ','),
                            vatRate: item.vatRate,
                          }
                        : { itemId: '' },
                    );
                  }}
                >
                  <option value="">—</option>
                  {items
                    .filter((x) => x.workshopId === f.workshopId)
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
              {(p) => <input {...p} value={l.name} onChange={(e) => setLine(i, { name: e.target.value })} />}
            </Field>
            <Field
              name={`items.${i}.quantity`}
              label={labels[`items.${i}.quantity`]!}
              error={fieldErrors[`items.${i}.quantity`]}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={l.quantity}
                  onChange={(e) => setLine(i, { quantity: e.target.value })}
                />
              )}
            </Field>
            <Field name={`items.${i}.unit`} label={`${t('sv.item.unit')} (${i + 1})`}>
              {(p) => <input {...p} value={l.unit} onChange={(e) => setLine(i, { unit: e.target.value })} />}
            </Field>
            <Field
              name={`items.${i}.netPrice`}
              label={labels[`items.${i}.netPrice`]!}
              error={fieldErrors[`items.${i}.netPrice`]}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={l.price}
                  onChange={(e) => setLine(i, { price: e.target.value })}
                />
              )}
            </Field>
            <Field name={`items.${i}.vatRate`} label={`${t('sv.item.vat')} (${i + 1})`}>
              {(p) => (
                <select
                  {...p}
                  value={l.vatRate}
                  onChange={(e) => setLine(i, { vatRate: e.target.value as VatRate })}
                >
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
        <button type="button" className="secondary" onClick={() => setLines([...lines, emptyLine()])}>
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
            value={f.total}
            onChange={(e) => setF({ ...f, total: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {t('sv.order.save')}
      </button>
    </form>
  );
}

type Income = {
  months: { month: string; invoicedNet: number; invoicedGross: number; paid: number; standTakings: number }[];
  total: { invoicedNet: number; invoicedGross: number; paid: number; standTakings: number };
};

function IncomeSection() {
  const [year, setYear] = useState(Number(todayPl().slice(0, 4)));
  const [income, setIncome] = useState<Income | null>(null);
  const month = todayPl().slice(0, 7);
  useEffect(() => {
    void api<Income>('GET', `/api/v1/services/income?year=${year}`).then(setIncome);
  }, [year]);
  return (
    <section className="card" aria-labelledby="sv-income">
      <h2 id="sv-income">{t('sv.income')}</h2>
      <Field name="incomeYear" label={t('sv.income.year')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        )}
      </Field>
      {income && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sv.income.month')}</th>
                <th scope="col">{t('sv.income.invoicedNet')}</th>
                <th scope="col">{t('sv.income.invoicedGross')}</th>
                <th scope="col">{t('sv.income.paid')}</th>
                <th scope="col">{t('sv.income.stands')}</th>
              </tr>
            </thead>
            <tbody>
              {income.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td className="num">{formatMoney(m.invoicedNet)}</td>
                  <td className="num">{formatMoney(m.invoicedGross)}</td>
                  <td className="num">{formatMoney(m.paid)}</td>
                  <td className="num">{formatMoney(m.standTakings)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('sv.income.total')}</th>
                <td className="num">{formatMoney(income.total.invoicedNet)}</td>
                <td className="num">{formatMoney(income.total.invoicedGross)}</td>
                <td className="num">{formatMoney(income.total.paid)}</td>
                <td className="num">{formatMoney(income.total.standTakings)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/api/v1/services/invoice-data?month=${month}&format=xlsx`}>
          {t('sv.income.exportXlsx', { month })}
        </a>
        {' · '}
        <a href={`/api/v1/services/invoice-data?month=${month}&format=csv`}>
          {t('sv.income.exportCsv', { month })}
        </a>
      </p>
      <p className="muted">{t('sv.income.ksef')}</p>
    </section>
  );
}
