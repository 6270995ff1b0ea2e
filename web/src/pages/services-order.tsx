import { useEffect, useState } from 'react';
import type { Job, Order } from '../../../src/contracts/services.contract';
import type { Assignment, Workshop } from '../../../src/contracts/workshop.contract';
import { ApiError, api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { formatMoney, t } from '../i18n';
import { JobDayQueueBanner } from '../offline/job-day-queue-banner';
import { enqueueJobDay } from '../offline/job-day-queue';
import { linkProps } from '../router';
import type { ServicesAccess } from './services';
import { PaymentList } from './services-payments';
import { todayPl, toGrosze, toNumber, VAT_RATE_LABELS } from './services-shared';
import './services-stands.i18n';
import './services.i18n';

/** One order: its items, the jobs of the crews with their days, hand-over, invoice and payments. */
export function ServiceOrderPage({ id, access }: { id: string; access: ServicesAccess }) {
  const [order, setOrder] = useState<Order | null>(null);
  const [status, setStatus] = useState<string | null>(null);
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
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [date, setDate] = useState(todayPl());
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => send(date))) await onDone();
      }}
    >
      <ErrorSummary errors={fieldErrors} formError={formError} labels={{ [name]: label }} />
      <Field name={name} label={label} error={fieldErrors[name]} required>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {button}
      </button>
    </form>
  );
}

function JobForm({ order, onSaved }: { order: Order; onSaved: () => Promise<void> }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [instructors, setInstructors] = useState<{ id: string; fullName: string }[]>([]);
  const [people, setPeople] = useState<Assignment[]>([]);
  const [f, setF] = useState({
    instructorId: '',
    fromDate: order.orderDate ?? todayPl(),
    toDate: order.orderDate ?? todayPl(),
    place: '',
    address: '',
    task: '',
    materials: '',
    crew: [] as string[],
  });
  useEffect(() => {
    void api<{ items: Workshop[] }>('GET', '/api/v1/workshops').then((r) => {
      const list = r.items.find((w) => w.id === order.workshopId)?.instructors ?? [];
      setInstructors(list);
      setF((x) => ({ ...x, instructorId: x.instructorId || (list[0]?.id ?? '') }));
    });
  }, []);
  useEffect(() => {
    if (f.fromDate && f.toDate && f.fromDate <= f.toDate)
      void api<{ items: Assignment[] }>(
        'GET',
        `/api/v1/workshops/${order.workshopId}/assignments?from=${f.fromDate}&to=${f.toDate}`,
      )
        .then((r) =>
          setPeople(
            r.items.filter((a, i, all) => all.findIndex((b) => b.participantId === a.participantId) === i),
          ),
        )
        .catch(() => setPeople([]));
  }, [f.fromDate, f.toDate]);
  const labels: Record<string, string> = {
    instructorId: t('sv.job.instructor'),
    fromDate: t('sv.job.from'),
    toDate: t('sv.job.to'),
    place: t('sv.job.place'),
    address: t('sv.job.address'),
    task: t('sv.job.task'),
    crew: t('sv.job.crew'),
  };
  f.crew.forEach((id, i) => {
    labels[`crew.${i}`] = people.find((p) => p.participantId === id)?.participantName ?? t('sv.job.crew');
  });
  const text = (k: 'place' | 'address' | 'task' | 'materials', area = false) => (
    <Field
      name={k}
      label={k === 'materials' ? t('sv.job.materials') : labels[k]!}
      error={fieldErrors[k]}
      required={k !== 'materials'}
    >
      {(p) =>
        area ? (
          <textarea {...p} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
        ) : (
          <input {...p} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
        )
      }
    </Field>
  );
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await run(() =>
          api('POST', `/api/v1/services/orders/${order.id}/jobs`, { ...f, materials: f.materials || null }),
        );
        if (saved) await onSaved();
      }}
    >
      <h3>{t('sv.job.add')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="grid-2">
        <Field name="instructorId" label={labels.instructorId!} error={fieldErrors.instructorId}>
          {(p) => (
            <select
              {...p}
              value={f.instructorId}
              onChange={(e) => setF({ ...f, instructorId: e.target.value })}
            >
              {instructors.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.fullName}
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
        {text('place')}
        {text('address')}
      </div>
      {text('task', true)}
      {text('materials', true)}
      <fieldset>
        <legend>{labels.crew}</legend>
        {fieldErrors.crew && <p className="field-error">{fieldErrors.crew}</p>}
        {people.map((p) => {
          const index = f.crew.indexOf(p.participantId);
          const error = index >= 0 ? fieldErrors[`crew.${index}`] : undefined;
          return (
            <div key={p.participantId} className={error ? 'field-invalid' : undefined}>
              <label>
                <input
                  id={index >= 0 ? `f-crew-${index}` : undefined}
                  type="checkbox"
                  checked={index >= 0}
                  onChange={(e) =>
                    setF({
                      ...f,
                      crew: e.target.checked
                        ? [...f.crew, p.participantId]
                        : f.crew.filter((x) => x !== p.participantId),
                    })
                  }
                />{' '}
                {p.participantName}
              </label>
              {error && <p className="field-error">{error}</p>}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" disabled={busy}>
        {t('sv.job.add')}
      </button>
    </form>
  );
}

type DayView = {
  plannedHours: number;
  crew: {
    participantId: string;
    name: string;
    register: { status: string; hours: number | null; version: number } | null;
    onThisJob: { hours: number; practised: string | null } | null;
  }[];
};

function JobCard({
  job,
  canRecord,
  onSaved,
}: {
  job: Job;
  canRecord: boolean;
  onSaved: (text: string) => void;
}) {
  const today = todayPl();
  const [date, setDate] = useState(
    today < job.fromDate ? job.fromDate : today > job.toDate ? job.toDate : today,
  );
  const [view, setView] = useState<DayView | null>(null);
  const [rows, setRows] = useState<Record<string, { on: boolean; hours: string; practised: string }>>({});
  const { fieldErrors, formError, busy, run } = useSubmit();
  useEffect(() => {
    if (!canRecord || !date) return;
    void api<DayView>('GET', `/api/v1/services/jobs/${job.id}/days/${date}`).then((v) => {
      setView(v);
      setRows(
        Object.fromEntries(
          v.crew.map((c) => [
            c.participantId,
            {
              on: !c.register || c.register.status === 'present',
              hours: String(c.onThisJob?.hours ?? (v.plannedHours || 6)).replace('.', ','),
              practised: c.onThisJob?.practised ?? '',
            },
          ]),
        ),
      );
    });
  }, [date]);
  const chosen = view?.crew.filter((c) => rows[c.participantId]?.on) ?? [];
  const labels: Record<string, string> = { date: t('sv.day.date') };
  chosen.forEach((c, i) => {
    labels[`entries.${i}.hours`] = c.name;
    labels[`entries.${i}.date`] = c.name;
    labels[`entries.${i}.status`] = c.name;
    labels[`entries.${i}.participantId`] = c.name;
  });
  return (
    <article className="card" aria-labelledby={`job-${job.id}`}>
      <h3 id={`job-${job.id}`}>
        {job.place}, {job.address} ({job.fromDate} – {job.toDate})
      </h3>
      <p>
        {job.task} · {t('sv.job.instructor')}: {job.instructorName} · {t('sv.job.crew')}:{' '}
        {job.crew.map((c) => c.name).join(', ')}
      </p>
      <p>
        {t('sv.job.days')}:{' '}
        {job.days.map((d) => `${d.date} (${d.people} os., ${d.hours} h)`).join('; ') || '—'} ·{' '}
        <a href={`/api/v1/services/jobs/${job.id}/card.pdf`} target="_blank" rel="noreferrer">
          {t('sv.job.card')}
        </a>
      </p>
      {canRecord && view && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const body = {
              date,
              entries: chosen.map((c) => ({
                participantId: c.participantId,
                hours: toNumber(rows[c.participantId]!.hours),
                practised: rows[c.participantId]!.practised || null,
                version: c.register?.version ?? null,
              })),
            };
            // Without network the day waits in this browser and goes out on reconnect (src/offline).
            const queue = () => {
              enqueueJobDay(job.id, job.place, body);
              return 'QUEUED' as const;
            };
            const saved = await run(async () => {
              if (!navigator.onLine) return queue();
              try {
                return await api<{ saved: number; place: string }>(
                  'POST',
                  `/api/v1/services/jobs/${job.id}/days`,
                  body,
                );
              } catch (error) {
                if (error instanceof ApiError && error.code === 'NETWORK') return queue();
                throw error;
              }
            });
            if (saved === 'QUEUED') onSaved(t('pwa.savedOffline'));
            else if (saved) onSaved(t('sv.day.saved', { count: saved.saved, place: saved.place }));
          }}
        >
          <h4>{t('sv.day.title')}</h4>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
          <Field name="date" label={t('sv.day.date')} error={fieldErrors.date}>
            {(p) => (
              <input
                {...p}
                type="date"
                min={job.fromDate}
                max={job.toDate}
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </Field>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sv.day.present')}</th>
                <th scope="col">{t('sv.day.hours')}</th>
                <th scope="col">{t('sv.day.practised')}</th>
              </tr>
            </thead>
            <tbody>
              {view.crew.map((c) => {
                const r = rows[c.participantId];
                if (!r) return null;
                const set = (patch: Partial<typeof r>) =>
                  setRows({ ...rows, [c.participantId]: { ...r, ...patch } });
                return (
                  <tr key={c.participantId}>
                    <td>
                      <label>
                        <input
                          type="checkbox"
                          checked={r.on}
                          onChange={(e) => set({ on: e.target.checked })}
                        />{' '}
                        {c.name}
                      </label>
                      {c.register && (
                        <span className="muted">
                          {' '}
                          ({t('sv.day.inRegister', { status: c.register.status === 'present' ? '✓' : '!' })})
                        </span>
                      )}
                    </td>
                    <td>
                      <input
                        aria-label={`${t('sv.day.hours')}: ${c.name}`}
                        inputMode="decimal"
                        size={4}
                        value={r.hours}
                        onChange={(e) => set({ hours: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`${t('sv.day.practised')}: ${c.name}`}
                        value={r.practised}
                        onChange={(e) => set({ practised: e.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="submit" disabled={busy || chosen.length === 0}>
            {t('sv.day.save')}
          </button>
        </form>
      )}
    </article>
  );
}

function InvoiceForm({ order, onSaved }: { order: Order; onSaved: () => Promise<void> }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [f, setF] = useState({
    invoiceNumber: order.invoiceNumber ?? '',
    invoicedOn: order.invoicedOn ?? todayPl(),
    paidOn: todayPl(),
    amount: '',
  });
  const labels = {
    invoiceNumber: t('sv.order.invoiceNumber'),
    invoicedOn: t('sv.order.invoicedOn'),
    paidOn: t('sv.order.paidOn'),
    amount: t('sv.order.amount'),
  };
  return (
    <div className="grid-2">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body = { invoiceNumber: f.invoiceNumber, invoicedOn: f.invoicedOn, version: order.version };
          if (await run(() => api('POST', `/api/v1/services/orders/${order.id}/invoice`, body)))
            await onSaved();
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="invoiceNumber" label={labels.invoiceNumber} error={fieldErrors.invoiceNumber} required>
          {(p) => (
            <input
              {...p}
              value={f.invoiceNumber}
              onChange={(e) => setF({ ...f, invoiceNumber: e.target.value })}
            />
          )}
        </Field>
        <Field name="invoicedOn" label={labels.invoicedOn} error={fieldErrors.invoicedOn} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={f.invoicedOn}
              onChange={(e) => setF({ ...f, invoicedOn: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('sv.order.invoice')}
        </button>
      </form>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body = { paidOn: f.paidOn, amount: toGrosze(f.amount) };
          if (await run(() => api('POST', `/api/v1/services/orders/${order.id}/payments`, body)))
            await onSaved();
        }}
      >
        <Field name="paidOn" label={labels.paidOn} error={fieldErrors.paidOn} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={f.paidOn}
              onChange={(e) => setF({ ...f, paidOn: e.target.value })}
            />
          )}
        </Field>
        <Field name="amount" label={labels.amount} error={fieldErrors.amount} required>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={f.amount}
              onChange={(e) => setF({ ...f, amount: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('sv.order.payment')}
        </button>
      </form>
    </div>
  );
}
