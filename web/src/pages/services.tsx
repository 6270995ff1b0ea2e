import { useState } from 'react';
import type { Customer, ServiceItem } from '../../../src/contracts/services.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { formatMoney, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { CustomerForm, ItemForm } from './services-catalogue-form';
import { IncomeSection } from './services-income';
import { QuoteForm } from './services-quote-form';
import { ACTIVITY_LABELS, VAT_RATE_LABELS } from './services-shared';
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
  const [status, setStatus] = useState<string | null>(null);
  const workshops = (useApiQuery<{ items: Workshop[] }>('/api/v1/workshops').data?.items ?? []).filter(
    (x) => x.active,
  );
  const items = useApiQuery<{ items: ServiceItem[] }>('/api/v1/services/catalogue').data?.items ?? [];
  const customerList = useApiQuery<{ items: Customer[]; partners: { id: string; name: string }[] }>(
    '/api/v1/services/customers',
  ).data;
  const customers = customerList?.items ?? [];
  const orders = useApiQuery<{ items: OrderRow[] }>('/api/v1/services/orders').data?.items ?? null;
  const vat = useApiQuery<{ currentLabel: string; source: string }>('/api/v1/services/vat-status').data;
  const saved =
    (...prefixes: string[]) =>
    async () => {
      setStatus(t('sv.saved'));
      await invalidate(...prefixes);
    };
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
        {access.orders && customerList && (
          <CustomerForm partners={customerList.partners} onSaved={saved('/api/v1/services/customers')} />
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
          <ItemForm workshops={workshops} onSaved={saved('/api/v1/services/catalogue')} />
        )}
      </section>
      {access.income && <IncomeSection />}
    </main>
  );
}
