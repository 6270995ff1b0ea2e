import { useEffect, useState } from 'react';
import { z } from 'zod';
import { IsoDateSchema } from '../../../src/contracts/common';
import type { Order } from '../../../src/contracts/services.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { JobDayQueueBanner } from '../offline/job-day-queue-banner';
import { linkProps } from '../router';
import type { ServicesAccess } from './services';
import { InvoiceForm } from './services-invoice';
import { JobCard } from './services-job-day';
import { JobForm } from './services-job-form';
import { PaymentList } from './services-payments';
import { todayPl, VAT_RATE_LABELS } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

/** One order: its items, the jobs of the crews with their days, hand-over, invoice and payments. */
export function ServiceOrderPage({ id, access }: { id: string; access: ServicesAccess }) {
  const [order, setOrder] = useState<Order | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // An explicit load, kept with the job days' offline queue (decision 0038): the queue's banner reads the
  // order again when its days have gone out.
  const load = () => api<Order>('GET', `/api/v1/services/orders/${id}`).then(setOrder);
  useEffect(() => {
    void load();
  }, [id]);
  if (!order)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const done = (text: string) => async () => {
    setStatus(text);
    await load();
  };
  return (
    <main id="main">
      <p>
        <a {...linkProps('/services')}>{t('sv.order.back')}</a>
      </p>
      <h1>
        {order.number}: {order.title}
      </h1>
      <p className="lead">
        {order.customer.name} · {order.workshopName} · {t(`sv.order.status.${order.status}`)}
        {order.unpaid ? ` · ${t('sv.order.unpaid')}` : ''}
      </p>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-ok">{status}</p>}
      </div>
      <JobDayQueueBanner onSynced={() => void load()} />
      <section className="card" aria-labelledby="o-items">
        <h2 id="o-items">{t('sv.order.items')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sv.item.name')}</th>
                <th scope="col">{t('sv.order.quantity')}</th>
                <th scope="col">{t('sv.item.price')}</th>
                <th scope="col">{t('sv.item.vat')}</th>
                <th scope="col">{t('sv.order.gross')}</th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((i, n) => (
                <tr key={n}>
                  <td>{i.name}</td>
                  <td>
                    {String(i.quantity).replace('.', ',')} {i.unit}
                  </td>
                  <td className="num">{formatMoney(i.netPrice)}</td>
                  <td>{VAT_RATE_LABELS[i.vatRate]}</td>
                  <td className="num">{formatMoney(i.gross)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" colSpan={4}>
                  {t('sv.income.total')}
                </th>
                <td className="num">{formatMoney(order.totals.gross)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        {order.status === 'QUOTE' && access.orders && (
          <DateAction
            name="orderDate"
            label={t('sv.order.orderDate')}
            button={t('sv.order.accept')}
            send={(date) =>
              api('POST', `/api/v1/services/orders/${id}/accept`, { orderDate: date, version: order.version })
            }
            onDone={done(t('sv.saved'))}
          />
        )}
        {order.status === 'ORDER' && access.orders && (
          <DateAction
            name="completedOn"
            label={t('sv.order.completedOn')}
            button={t('sv.order.complete')}
            send={(date) =>
              api('POST', `/api/v1/services/orders/${id}/complete`, {
                completedOn: date,
                version: order.version,
              })
            }
            onDone={done(t('sv.saved'))}
          />
        )}
        {order.status === 'DONE' && (
          <p>
            <a href={`/api/v1/services/orders/${id}/protocol.pdf`} target="_blank" rel="noreferrer">
              {t('sv.order.protocol')}
            </a>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="o-jobs">
        <h2 id="o-jobs">{t('sv.job.title')}</h2>
        {order.jobs.length === 0 && <p>{t('sv.job.none')}</p>}
        {order.jobs.map((j) => (
          <JobCard key={j.id} job={j} canRecord={access.jobDays} onSaved={(text) => done(text)()} />
        ))}
        {order.status === 'ORDER' && access.orders && <JobForm order={order} onSaved={done(t('sv.saved'))} />}
      </section>
      {access.income && !order.unpaid && order.status !== 'QUOTE' && (
        <section className="card" aria-labelledby="o-money">
          <h2 id="o-money">{t('sv.order.invoice')}</h2>
          <p>
            {order.invoiceNumber ? `${order.invoiceNumber}, ${order.invoicedOn}` : '—'} · {t('sv.order.paid')}
            : {formatMoney(order.paid)}
          </p>
          <PaymentList order={order} onSaved={done(t('sv.saved'))} />
          <InvoiceForm order={order} onSaved={done(t('sv.saved'))} />
        </section>
      )}
    </main>
  );
}

/** A step of the order that takes one date (accepting the quote, handing the work over). */
function DateAction({
  name,
  label,
  button,
  send,
  onDone,
}: {
  name: string;
  label: string;
  button: string;
  send: (date: string) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<Record<string, string>>({
    defaultValues: { [name]: todayPl() },
    schema: z.object({ [name]: IsoDateSchema }),
  });
  const save = onSubmit(async (v) => {
    await send(v[name]!);
    await onDone();
  });
  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={{ [name]: label }} />
      <Field name={name} label={label} error={fieldErrors[name]} required>
        {(p) => <input {...p} type="date" {...register(name)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {button}
      </button>
    </form>
  );
}
